namespace Attest.Mentions;

/// <summary>A calendar point as written: a day, a month, a year, a decade or a century. <see cref="Year"/> is 0
/// when the text does not give it (a year-less "September 18"); a decade or century holds its first year.</summary>
internal readonly record struct TimePoint(int Year, int Month, int Day, TimePrecision Precision)
{
    public bool IsNone => Precision == TimePrecision.None;

    public bool HasYear => Year != 0;

    public static TimePoint OfDay(int year, int month, int day) => new(year, month, day, TimePrecision.Day);

    public static TimePoint OfMonth(int year, int month) => new(year, month, 0, TimePrecision.Month);

    public static TimePoint OfYear(int year) => new(year, 0, 0, TimePrecision.Year);

    /// <summary>This point with the year set.</summary>
    public TimePoint WithYear(int year) => this with { Year = year };

    /// <summary>True when the month and day exist: in <see cref="Year"/>, or in a leap year when the year is not
    /// known (so a year-less 29 February is kept).</summary>
    public bool IsValid => Precision switch
    {
        TimePrecision.Day => Month is >= 1 and <= 12 && Day >= 1 && Day <= DateTime.DaysInMonth(HasYear ? Year : 2000, Month) && Year is >= 0 and <= 9999,
        TimePrecision.Month => Month is >= 1 and <= 12 && Year is >= 0 and <= 9999,
        TimePrecision.Year or TimePrecision.Decade or TimePrecision.Century => Year is >= 1 and <= 9999,
        _ => false,
    };
}
