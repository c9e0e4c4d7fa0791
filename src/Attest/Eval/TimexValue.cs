using System.Globalization;

namespace Attest.Eval;

/// <summary>A time value of the gold format read as the closed range of days it denotes: <c>2022-09-18</c> is
/// one day, <c>2022-09</c> thirty, <c>199X</c> the days of 1990–1999, <c>2022-09-12/2022-09-13</c> two.
/// A value whose year is unknown (<c>XXXX-10-14</c>) is a range of days of a year that is not known.</summary>
/// <param name="First">First day: a <see cref="DateOnly.DayNumber"/>, or for an unknown year the day of a
/// leap year (1–366), so that <c>XXXX-02-29</c> exists.</param>
/// <param name="Last">Last day, inclusive, in the same numbering.</param>
internal readonly record struct TimexValue(int First, int Last, bool YearUnknown)
{
    private const int LeapYear = 2000;

    /// <summary>Reads <c>YYYY</c>, <c>YYYX</c> (decade), <c>YYXX</c> (century), <c>YYYY-MM</c>,
    /// <c>YYYY-MM-DD</c>, <c>XXXX-MM</c>, <c>XXXX-MM-DD</c>, or two of them joined by <c>/</c> with the same
    /// kind of year and the first not after the second; null for anything else.</summary>
    public static TimexValue? Parse(string? value)
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

        return new TimexValue(a.First, b.Last, a.YearUnknown);
    }

    /// <summary>True when some day may belong to both ranges. A range of an unknown year overlaps a dated range
    /// when any day of the dated range falls on one of its month-days.</summary>
    public bool Overlaps(TimexValue other)
    {
        if (YearUnknown == other.YearUnknown)
        {
            return First <= other.Last && other.First <= Last;
        }

        var (unknown, known) = YearUnknown ? (this, other) : (other, this);
        if (known.Last - known.First >= 365)
        {
            return true;
        }

        for (var day = known.First; day <= known.Last; day++)
        {
            var date = DateOnly.FromDayNumber(day);
            var dayOfYear = new DateOnly(LeapYear, date.Month, date.Day).DayOfYear;
            if (dayOfYear >= unknown.First && dayOfYear <= unknown.Last)
            {
                return true;
            }
        }

        return false;
    }

    private static TimexValue? ParsePoint(ReadOnlySpan<char> text)
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
            ? new TimexValue(new DateOnly(year, month, 1).DayNumber, new DateOnly(year, month, DateTime.DaysInMonth(year, month)).DayNumber, false)
            : new TimexValue(new DateOnly(year, month, day).DayNumber, new DateOnly(year, month, day).DayNumber, false);
    }

    private static TimexValue? ParseMonthDay(ReadOnlySpan<char> rest)
    {
        if (!TryMonthDay(rest, LeapYear, out var month, out var day))
        {
            return null;
        }

        return day == 0
            ? new TimexValue(new DateOnly(LeapYear, month, 1).DayOfYear, new DateOnly(LeapYear, month, DateTime.DaysInMonth(LeapYear, month)).DayOfYear, true)
            : new TimexValue(new DateOnly(LeapYear, month, day).DayOfYear, new DateOnly(LeapYear, month, day).DayOfYear, true);
    }

    /// <summary>Reads <c>-MM</c> or <c>-MM-DD</c>; <paramref name="day"/> is 0 when no day is given.</summary>
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

    private static TimexValue Years(int firstYear, int lastYear) =>
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
