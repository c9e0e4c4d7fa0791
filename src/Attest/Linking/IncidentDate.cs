using System.Globalization;

namespace Attest.Linking;

/// <summary>An incident date read as the closed range of days it denotes: <c>2022-09-18</c> is one day,
/// <c>2022-09</c> thirty, <c>199X</c> ten years, <c>2022-09-12/2022-09-13</c> two days. A date whose year the
/// text does not give (<c>XXXX-10-14</c>) is a range of days of an unknown year.</summary>
/// <param name="First">First day: a <see cref="DateOnly.DayNumber"/>, or for an unknown year the day of a leap
/// year (1–366), so that <c>XXXX-02-29</c> exists.</param>
/// <param name="Last">Last day, inclusive, in the same numbering.</param>
/// <param name="YearUnknown">True for <c>XXXX-…</c> values.</param>
public readonly record struct IncidentDate(int First, int Last, bool YearUnknown)
{
    private const int LeapYear = 2000;

    /// <summary>How many days the range covers.</summary>
    public int Days => Last - First + 1;

    /// <summary>Reads <c>YYYY</c>, <c>YYYX</c>, <c>YYXX</c>, <c>YYYY-MM</c>, <c>YYYY-MM-DD</c>, <c>XXXX-MM</c>,
    /// <c>XXXX-MM-DD</c>, or two of them joined by <c>/</c>; null for anything else (and for null).</summary>
    public static IncidentDate? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.AsSpan().Trim();
        var slash = text.IndexOf('/');
        if (slash < 0)
        {
            return ParsePoint(text);
        }

        var from = ParsePoint(text[..slash].Trim());
        var to = ParsePoint(text[(slash + 1)..].Trim());
        if (from is not { } a || to is not { } b || a.YearUnknown != b.YearUnknown || b.Last < a.First)
        {
            return null;
        }

        return new IncidentDate(a.First, b.Last, a.YearUnknown);
    }

    /// <summary>True when some day may belong to both ranges once each is widened by
    /// <paramref name="toleranceDays"/> on the side of the other. A range of an unknown year overlaps a dated
    /// range when a day of the dated range falls on one of its month-days.</summary>
    public bool Overlaps(IncidentDate other, int toleranceDays = 0)
    {
        if (YearUnknown == other.YearUnknown)
        {
            return First - toleranceDays <= other.Last && other.First - toleranceDays <= Last;
        }

        var (unknown, known) = YearUnknown ? (this, other) : (other, this);
        var first = known.First - toleranceDays;
        var last = known.Last + toleranceDays;
        if (last - first >= 365)
        {
            return true;
        }

        // The known range as month-days of a leap year: one interval, or two when it runs over New Year. (A range
        // over 28 February and 1 March of a common year also covers 29 February here: harmless, since no incident
        // can be dated to a day that year lacks.)
        var from = MonthDay(first);
        var to = MonthDay(last);
        return from <= to
            ? from <= unknown.Last && unknown.First <= to
            : unknown.Last >= from || unknown.First <= to;
    }

    private static int MonthDay(int dayNumber)
    {
        var date = DateOnly.FromDayNumber(dayNumber);
        return new DateOnly(LeapYear, date.Month, date.Day).DayOfYear;
    }

    /// <summary>The calendar month of a day as one number (year × 12 + month − 1), the unit of time blocks.</summary>
    internal static int MonthOf(int dayNumber)
    {
        var date = DateOnly.FromDayNumber(Math.Clamp(dayNumber, DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber));
        return (date.Year * 12) + date.Month - 1;
    }

    /// <summary>The calendar year of a day.</summary>
    internal static int YearOf(int dayNumber) =>
        DateOnly.FromDayNumber(Math.Clamp(dayNumber, DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber)).Year;

    private static IncidentDate? ParsePoint(ReadOnlySpan<char> text)
    {
        if (text.Length < 4)
        {
            return null;
        }

        var yearPart = text[..4];
        var rest = text[4..];
        if (yearPart.Equals("XXXX", StringComparison.OrdinalIgnoreCase))
        {
            return rest.IsEmpty ? null : ParseMonthDay(rest);
        }

        if (IsDigits(yearPart[..3]) && (yearPart[3] is 'X' or 'x') && rest.IsEmpty)
        {
            var decade = Number(yearPart[..3]) * 10;
            return decade == 0 ? null : Years(decade, decade + 9);
        }

        if (IsDigits(yearPart[..2]) && yearPart[2..].Equals("XX", StringComparison.OrdinalIgnoreCase) && rest.IsEmpty)
        {
            var century = Number(yearPart[..2]) * 100;
            return century == 0 ? null : Years(century, century + 99);
        }

        if (!IsDigits(yearPart))
        {
            return null;
        }

        var year = Number(yearPart);
        if (year == 0)
        {
            return null;
        }

        if (rest.IsEmpty)
        {
            return Years(year, year);
        }

        if (!TryMonthDay(rest, year, out var month, out var day))
        {
            return null;
        }

        return day == 0
            ? new IncidentDate(new DateOnly(year, month, 1).DayNumber, new DateOnly(year, month, DateTime.DaysInMonth(year, month)).DayNumber, false)
            : new IncidentDate(new DateOnly(year, month, day).DayNumber, new DateOnly(year, month, day).DayNumber, false);
    }

    private static IncidentDate? ParseMonthDay(ReadOnlySpan<char> rest)
    {
        if (!TryMonthDay(rest, LeapYear, out var month, out var day))
        {
            return null;
        }

        return day == 0
            ? new IncidentDate(new DateOnly(LeapYear, month, 1).DayOfYear, new DateOnly(LeapYear, month, DateTime.DaysInMonth(LeapYear, month)).DayOfYear, true)
            : new IncidentDate(new DateOnly(LeapYear, month, day).DayOfYear, new DateOnly(LeapYear, month, day).DayOfYear, true);
    }

    private static bool TryMonthDay(ReadOnlySpan<char> rest, int year, out int month, out int day)
    {
        month = 0;
        day = 0;
        if (rest.Length is not (3 or 6) || rest[0] != '-' || !IsDigits(rest.Slice(1, 2)))
        {
            return false;
        }

        month = Number(rest.Slice(1, 2));
        if (month is < 1 or > 12)
        {
            return false;
        }

        if (rest.Length == 3)
        {
            return true;
        }

        if (rest[3] != '-' || !IsDigits(rest.Slice(4, 2)))
        {
            return false;
        }

        day = Number(rest.Slice(4, 2));
        return day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    private static IncidentDate Years(int firstYear, int lastYear) =>
        new(new DateOnly(firstYear, 1, 1).DayNumber, new DateOnly(lastYear, 12, 31).DayNumber, false);

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static int Number(ReadOnlySpan<char> digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
}
