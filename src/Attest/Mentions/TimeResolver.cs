using System.Globalization;

namespace Attest.Mentions;

/// <summary>Turns a <see cref="TimeExpression"/> into a value of the gold format's TIMEX subset, resolving
/// relative and year-less forms against the document date. Pure; the discourse state is passed in.</summary>
/// <remarks>
/// <list type="bullet">
/// <item>A year-less day ("September 18") takes the year that puts it nearest the document date, or the first
/// one on or after it when its sentence points forward ("will meet on 2 October"); with no document date it
/// keeps an unknown year (<c>XXXX-09-18</c>).</item>
/// <item>A bare month ("in January") is the most recent such month not after the document date, or the next
/// one when the sentence points forward.</item>
/// <item>A bare weekday ("on Friday") is the most recent such day on or before the document date, or the
/// next one when the sentence points forward; "last Friday" is strictly before it, "this Friday" on or after
/// it, "next Friday" in the following week (weeks start on Monday). Without a document date a weekday is
/// <c>XXXX-WXX-5</c>.</item>
/// <item>"last week" is the Monday-to-Sunday week before the document date's; "last month", "this year" are
/// calendar months and years; "three days ago" a day, "two months ago" a month, "two years ago" a year.</item>
/// <item>Forms that need the document date (yesterday, last week, three days ago) give nothing without it.</item>
/// </list>
/// </remarks>
internal static class TimeResolver
{
    /// <summary>The value of <paramref name="x"/>, or null when it cannot be resolved; updates
    /// <paramref name="discourse"/> with what it resolved.</summary>
    public static string? Resolve(in TimeExpression x, TimeAnchor anchor, ref TimeDiscourse discourse)
    {
        switch (x.Kind)
        {
            case TimeExpressionKind.Calendar:
                return Calendar(x, anchor, ref discourse);
            case TimeExpressionKind.RelativeDay:
                if (!anchor.HasDate)
                {
                    return null;
                }

                var day = anchor.Date.AddDays(x.Count);
                if (x.CountTo is { } to)
                {
                    var end = anchor.Date.AddDays(to);
                    discourse.LastDay = end;
                    return Day(day) + "/" + Day(end);
                }

                discourse.LastDay = day;
                return Day(day);
            case TimeExpressionKind.Weekday:
                return Weekday(x, anchor, ref discourse);
            case TimeExpressionKind.RelativeUnit:
                return RelativeUnit(x, anchor, ref discourse);
            case TimeExpressionKind.RelativeMonth:
                return RelativeMonth(x, anchor);
            case TimeExpressionKind.Ago:
                return Ago(x, anchor, ref discourse);
            case TimeExpressionKind.Anaphor:
                if (x.Unit == TimeUnit.Year)
                {
                    return discourse.LastYear != 0 ? Year(discourse.LastYear + x.Count) : null;
                }

                if (discourse.LastDay is not { } last)
                {
                    return null;
                }

                var next = last.AddDays(x.Count);
                discourse.LastDay = next;
                return Day(next);
            default:
                return null;
        }
    }

    private static string? Calendar(in TimeExpression x, TimeAnchor anchor, ref TimeDiscourse discourse)
    {
        var from = x.From;
        var to = x.To;
        if (from.HasYear && from.Precision is TimePrecision.Day or TimePrecision.Month or TimePrecision.Year)
        {
            discourse.LastYear = from.Year;
        }

        if (!from.HasYear && from.Precision == TimePrecision.Day)
        {
            from = from.WithYear(DayYear(from, anchor, x.Forward));
        }
        else if (!from.HasYear && from.Precision == TimePrecision.Month)
        {
            from = from.WithYear(MonthYear(from.Month, anchor, TimeReference.Bare, x.Forward));
        }

        if (!to.IsNone && !to.HasYear)
        {
            if (from.HasYear)
            {
                var candidate = to.WithYear(from.Year);
                to = Before(candidate, from) ? to.WithYear(from.Year + 1) : candidate;
            }
        }

        if (!from.IsValid || (!to.IsNone && !to.IsValid))
        {
            return null;
        }

        var last = to.IsNone ? from : to;
        if (last.Precision == TimePrecision.Day && last.HasYear)
        {
            discourse.LastDay = new DateOnly(last.Year, last.Month, last.Day);
        }

        var value = Format(from);
        if (to.IsNone)
        {
            return value;
        }

        var end = Format(to);
        return string.Equals(value, end, StringComparison.Ordinal) ? value : value + "/" + end;
    }

    /// <summary>The year of a year-less day: the one nearest the document date (forward: the first on or after
    /// it); the document's year when only that is known; 0 (unknown) without a document date.</summary>
    private static int DayYear(TimePoint point, TimeAnchor anchor, bool forward)
    {
        if (!anchor.HasYear)
        {
            return 0;
        }

        if (!anchor.HasDate)
        {
            return anchor.Year;
        }

        var best = 0;
        var bestDistance = int.MaxValue;
        for (var year = anchor.Year - 1; year <= anchor.Year + 1; year++)
        {
            if (point.Day > DateTime.DaysInMonth(year, point.Month))
            {
                continue;
            }

            var distance = new DateOnly(year, point.Month, point.Day).DayNumber - anchor.Date.DayNumber;
            if (forward && distance < 0)
            {
                continue;
            }

            if (Math.Abs(distance) < bestDistance)
            {
                bestDistance = Math.Abs(distance);
                best = year;
            }
        }

        return best;
    }

    /// <summary>The year of a year-less month: bare, the most recent not after the document's month (forward:
    /// the first not before it); last, strictly before; next, strictly after; this, the document's year.</summary>
    private static int MonthYear(int month, TimeAnchor anchor, TimeReference reference, bool forward)
    {
        if (!anchor.HasYear)
        {
            return 0;
        }

        if (!anchor.HasMonth)
        {
            return anchor.Year;
        }

        return reference switch
        {
            TimeReference.Last => month < anchor.Month ? anchor.Year : anchor.Year - 1,
            TimeReference.Next => month > anchor.Month ? anchor.Year : anchor.Year + 1,
            TimeReference.This => anchor.Year,
            _ when forward => month >= anchor.Month ? anchor.Year : anchor.Year + 1,
            _ => month <= anchor.Month ? anchor.Year : anchor.Year - 1,
        };
    }

    private static string? Weekday(in TimeExpression x, TimeAnchor anchor, ref TimeDiscourse discourse)
    {
        if (!anchor.HasDate)
        {
            return x.Reference == TimeReference.Bare ? "XXXX-WXX-" + x.Weekday.ToString(CultureInfo.InvariantCulture) : null;
        }

        var date = anchor.Date;
        var today = IsoDay(date);
        var monday = date.AddDays(1 - today);
        var day = x.Reference switch
        {
            TimeReference.Bare when x.Forward => date.AddDays((x.Weekday - today + 7) % 7),
            TimeReference.Bare => date.AddDays(-((today - x.Weekday + 7) % 7)),
            TimeReference.Last => date.AddDays(-(((today - x.Weekday + 6) % 7) + 1)),
            TimeReference.This => date.AddDays((x.Weekday - today + 7) % 7),
            TimeReference.Next => monday.AddDays(7 + x.Weekday - 1),
            _ => monday.AddDays((7 * x.Direction) + x.Weekday - 1),
        };

        discourse.LastDay = day;
        return Day(day);
    }

    private static string? RelativeUnit(in TimeExpression x, TimeAnchor anchor, ref TimeDiscourse discourse)
    {
        switch (x.Unit)
        {
            case TimeUnit.Week or TimeUnit.Weekend:
                if (!anchor.HasDate)
                {
                    return null;
                }

                var monday = anchor.Date.AddDays(1 - IsoDay(anchor.Date) + (7 * x.Direction));
                var first = x.Unit == TimeUnit.Week ? monday : monday.AddDays(5);
                return Day(first) + "/" + Day(monday.AddDays(6));
            case TimeUnit.Month:
                if (!anchor.HasMonth)
                {
                    return null;
                }

                var month = new DateOnly(anchor.Year, anchor.Month, 1).AddMonths(x.Direction);
                return Month(month.Year, month.Month);
            case TimeUnit.Year:
                return anchor.HasYear ? Year(anchor.Year + x.Direction) : null;
            default:
                return null;
        }
    }

    private static string? RelativeMonth(in TimeExpression x, TimeAnchor anchor)
    {
        var year = MonthYear(x.Month, anchor, x.Reference, x.Forward);
        if (x.To.IsNone)
        {
            return year == 0 ? "XXXX-" + Two(x.Month) : Month(year, x.Month);
        }

        var toMonth = x.To.Month;
        if (year == 0)
        {
            return "XXXX-" + Two(x.Month) + "/XXXX-" + Two(toMonth);
        }

        return Month(year, x.Month) + "/" + Month(toMonth >= x.Month ? year : year + 1, toMonth);
    }

    private static string? Ago(in TimeExpression x, TimeAnchor anchor, ref TimeDiscourse discourse)
    {
        var signed = x.Count * x.Direction;
        switch (x.Unit)
        {
            case TimeUnit.Day or TimeUnit.Week:
                if (!anchor.HasDate)
                {
                    return null;
                }

                var day = anchor.Date.AddDays(x.Unit == TimeUnit.Week ? signed * 7 : signed);
                discourse.LastDay = day;
                return Day(day);
            case TimeUnit.Month:
                if (!anchor.HasMonth)
                {
                    return null;
                }

                var month = new DateOnly(anchor.Year, anchor.Month, 1).AddMonths(signed);
                return Month(month.Year, month.Month);
            case TimeUnit.Year:
                return anchor.HasYear ? Year(anchor.Year + signed) : null;
            default:
                return null;
        }
    }

    /// <summary>The span from one resolved day to the next ("Friday to Monday"): a bare weekday that would fall
    /// on or before the first day is the next such weekday after it. Null when either value is not one day.</summary>
    public static string? JoinDays(string first, string second, in TimeExpression secondExpression)
    {
        if (!DateOnly.TryParseExact(first, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var a) ||
            !DateOnly.TryParseExact(second, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var b))
        {
            return null;
        }

        if (b <= a && secondExpression.Kind == TimeExpressionKind.Weekday && secondExpression.Reference == TimeReference.Bare)
        {
            b = a.AddDays(((secondExpression.Weekday - IsoDay(a) + 6) % 7) + 1);
        }

        return b > a ? first + "/" + Day(b) : null;
    }

    /// <summary>The ISO day of the week: Monday 1 … Sunday 7.</summary>
    private static int IsoDay(DateOnly date) => date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek;

    private static bool Before(TimePoint a, TimePoint b) => a.Month != b.Month ? a.Month < b.Month : a.Day < b.Day;

    /// <summary>The TIMEX value of a point whose year is resolved or stays unknown.</summary>
    public static string Format(TimePoint point) => point.Precision switch
    {
        TimePrecision.Day => Write(point.Year, point.HasYear, point.Month, point.Day, hasDay: true),
        TimePrecision.Month => Write(point.Year, point.HasYear, point.Month, 0, hasDay: false),
        TimePrecision.Year => Four(point.Year),
        TimePrecision.Decade => Four(point.Year)[..3] + "X",
        TimePrecision.Century => Four(point.Year)[..2] + "XX",
        _ => string.Empty,
    };

    private static string Day(DateOnly date) => Write(date.Year, hasYear: true, date.Month, date.Day, hasDay: true);

    private static string Month(int year, int month) => Write(year, hasYear: true, month, 0, hasDay: false);

    private static string Year(int year) => Four(year);

    private static string Four(int n) => n is >= 0 and <= 9999
        ? string.Create(4, n, static (chars, value) => Digits(chars, value))
        : n.ToString("D4", CultureInfo.InvariantCulture);

    private static string Two(int n) => n.ToString("D2", CultureInfo.InvariantCulture);

    /// <summary>"2022-09-19", "XXXX-09-19" (without <paramref name="hasYear"/>), "2022-09" (without
    /// <paramref name="hasDay"/>): the digits are written straight into the string, since formatting with "D4" and
    /// "D2" was a good share of the stage. Values too wide for their places (never met in a valid point) go through
    /// the same formats as before.</summary>
    private static string Write(int year, bool hasYear, int month, int day, bool hasDay)
    {
        if ((hasYear && year is < 0 or > 9999) || month is < 0 or > 99 || (hasDay && day is < 0 or > 99))
        {
            var head = hasYear ? year.ToString("D4", CultureInfo.InvariantCulture) : "XXXX";
            return hasDay
                ? string.Create(CultureInfo.InvariantCulture, $"{head}-{month:D2}-{day:D2}")
                : string.Create(CultureInfo.InvariantCulture, $"{head}-{month:D2}");
        }

        return string.Create(hasDay ? 10 : 7, (year, hasYear, month, day, hasDay), static (chars, v) =>
        {
            if (!v.hasYear)
            {
                chars[..4].Fill('X');
            }
            else
            {
                Digits(chars[..4], v.year);
            }

            chars[4] = '-';
            Digits(chars.Slice(5, 2), v.month);
            if (v.hasDay)
            {
                chars[7] = '-';
                Digits(chars.Slice(8, 2), v.day);
            }
        });
    }

    /// <summary>Writes <paramref name="value"/> (not negative, short enough) into all of <paramref name="into"/>,
    /// with leading zeros.</summary>
    private static void Digits(Span<char> into, int value)
    {
        for (var k = into.Length - 1; k >= 0; k--)
        {
            into[k] = (char)('0' + (value % 10));
            value /= 10;
        }
    }
}
