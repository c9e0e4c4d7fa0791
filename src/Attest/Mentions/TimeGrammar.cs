using System.Buffers;
using Attest.Text;
using FrozenSetLookup = System.Collections.Frozen.FrozenSet<string>.AlternateLookup<System.ReadOnlySpan<char>>;

namespace Attest.Mentions;

/// <summary>Finds time expressions in the sentences of one document: a hand-written grammar over tokens that
/// reads <see cref="TimeLexicon"/> words and the closed classes of <see cref="TimeGrammarWords"/>. One instance
/// per document and thread; <see cref="Dispose"/> returns its buffer.</summary>
/// <remarks>At each token the grammar tries, in order: a date behind a weekday ("Sunday, March 3"), all-digit
/// dates (2022-09-19, 19/09/2022), dates inside one token (10.03.2024, mid-September), day-first and
/// month-first dates with their spans, a year before a month, decades and centuries, bare years and year
/// spans, and the relative forms (yesterday, last week, on Friday, three days ago, the next day). The first
/// that matches wins and the scan resumes after it, so expressions never overlap.</remarks>
internal sealed class TimeGrammar : IDisposable
{
    private const int MinYear = 1000;
    private const int MaxYear = 2199;
    private const int MinBareYear = 1900;
    private const int MaxBareYear = 2099;

    private readonly TimeLexicon lexicon;
    private readonly TextLayer layer;
    private readonly string text;
    private TimeToken[] buffer;
    private int s;
    private int e;
    private bool sentenceHasWord;
    private TimeNumericOrder? order;

    public TimeGrammar(TimeLexicon lexicon, TextLayer layer)
    {
        this.lexicon = lexicon;
        this.layer = layer;
        text = layer.Text;
        buffer = ArrayPool<TimeToken>.Shared.Rent(64);
    }

    /// <summary>The order of day and month in this document's all-digit dates, read once when first needed.</summary>
    private TimeNumericOrder Order => order ??= TimeNumericOrders.Detect(layer, lexicon);

    public void Dispose()
    {
        ArrayPool<TimeToken>.Shared.Return(buffer);
        buffer = [];
    }

    /// <summary>Adds the expressions of <paramref name="sentence"/> to <paramref name="into"/>, in text order.</summary>
    public void Scan(Sentence sentence, List<TimeExpression> into)
    {
        s = sentence.FirstToken;
        e = sentence.EndToken;
        if (e - s > buffer.Length)
        {
            ArrayPool<TimeToken>.Shared.Return(buffer);
            buffer = ArrayPool<TimeToken>.Shared.Rent(e - s);
        }

        if (!Classify())
        {
            return;
        }

        for (var i = s; i < e;)
        {
            i = CanStart(i) && TryAt(i, into) is var next and > 0 ? next : i + 1;
        }
    }

    // ---- classification ----------------------------------------------------------------------------------

    /// <summary>Fills the buffer for the sentence; false when no token can start a time expression.</summary>
    private bool Classify()
    {
        var any = false;
        sentenceHasWord = false;
        for (var i = s; i < e; i++)
        {
            ref var t = ref T(i);
            t = default;
            t.Number = -1;
            var token = layer.Tokens[i];
            var lower = layer.TokenLower(i);
            switch (token.Shape)
            {
                case TokenShape.Number:
                    ClassifyNumber(ref t, lower);
                    t.Start = t.Number >= 0 || !t.Inner.IsNone;
                    any |= t.Start;
                    continue;
                case TokenShape.Alphanumeric:
                    sentenceHasWord = true;
                    ClassifyAlphanumeric(ref t, lower);
                    t.Start = t.Ordinal > 0 || t.Decade > 0 || !t.Inner.IsNone;
                    any |= t.Start;
                    continue;
                case TokenShape.Lower or TokenShape.Capitalized or TokenShape.AllCaps or TokenShape.Mixed:
                    sentenceHasWord = true;
                    break;
                case TokenShape.Symbol:
                    // Currency and other signs block a number after them ("$2020", "© 2024").
                    t.Word = lexicon.Word(lower);
                    continue;
                default:
                    continue;
            }

            t.Word = lexicon.Word(lower);
            if (t.Word.StartsPhrase)
            {
                t.Phrase = lexicon.PhraseAt(layer, i, e);
            }

            if (t.Word.Is(TimeRoles.Ordinal))
            {
                t.Ordinal = t.Word.Value;
            }

            if (lower.Contains('-') && t.Word.Roles == TimeRoles.None)
            {
                t.Inner = Hyphenated(lower, out t.InnerTo);
            }

            t.Start = (t.Word.Roles & StartRoles) != 0 || t.Phrase.Roles != TimeRoles.None || t.Ordinal > 0 || !t.Inner.IsNone;
            any |= t.Start;
        }

        return any;
    }

    /// <summary>The roles of a word that can start an expression.</summary>
    private const TimeRoles StartRoles = TimeRoles.Month | TimeRoles.Weekday | TimeRoles.RelativeDay | TimeRoles.Modifier |
        TimeRoles.Number | TimeRoles.Ordinal;

    private void ClassifyNumber(ref TimeToken t, ReadOnlySpan<char> lower)
    {
        if (lower.Length <= 4 && IsDigits(lower))
        {
            t.Number = Digits(lower);
            t.Digits = lower.Length;
            return;
        }

        // A year glued to a clock time is one token in machine formats ("2024:14:15", "2024.14:15"): the year counts.
        if (lower.Length > 5 && IsDigits(lower[..4]) && lower[4] is '.' or ':' && lower[5..].Count(':') == 1 && !lower[5..].Contains('.'))
        {
            t.Number = Digits(lower[..4]);
            t.Digits = 4;
            return;
        }

        // A dotted date is one token: 10.03.2024 (day first wherever dots are used), 2015.05.25, 05.25.2015.
        if (lower.Count('.') != 2)
        {
            return;
        }

        var a = lower[..lower.IndexOf('.')];
        var rest = lower[(a.Length + 1)..];
        var b = rest[..rest.IndexOf('.')];
        var c = rest[(b.Length + 1)..];
        if (!IsDigits(a) || !IsDigits(b) || !IsDigits(c) || a.Length > 4 || b.Length > 2 || c.Length > 4)
        {
            return;
        }

        if (a.Length == 4 && c.Length <= 2)
        {
            t.Inner = TimePoint.OfDay(Digits(a), Digits(b), Digits(c));
        }
        else if (a.Length <= 2 && c.Length == 4)
        {
            var (first, second) = (Digits(a), Digits(b));
            t.Inner = second > 12 && first <= 12
                ? TimePoint.OfDay(Digits(c), first, second)
                : TimePoint.OfDay(Digits(c), second, first);
        }

        if (!t.Inner.IsValid)
        {
            t.Inner = default;
        }
    }

    private void ClassifyAlphanumeric(ref TimeToken t, ReadOnlySpan<char> lower)
    {
        if (lower.Contains('-'))
        {
            t.Inner = Hyphenated(lower, out t.InnerTo);
            if (!t.Inner.IsNone)
            {
                return;
            }
        }

        var digits = 0;
        while (digits < lower.Length && char.IsAsciiDigit(lower[digits]))
        {
            digits++;
        }

        if (digits == 0 || digits > 4)
        {
            return;
        }

        var number = Digits(lower[..digits]);
        var suffix = lower[digits..];
        if (digits <= 2 && suffix is "st" or "nd" or "rd" or "th" && number is >= 1 and <= 31)
        {
            t.Ordinal = number;
        }
        else if (suffix is "s" && (digits == 4 || digits == 2) && number % 10 == 0)
        {
            t.Decade = number;
        }
        else if (digits <= 2 && lexicon.Word(suffix) is { Month: > 0 } month)
        {
            t.Inner = TimePoint.OfDay(0, month.Month, number);
            if (!t.Inner.IsValid)
            {
                t.Inner = default;
            }
        }
    }

    /// <summary>A date joined by hyphens inside one token: mid-September, mid-2020, mid-1990s, 10-August-2012,
    /// Sep-2012, 09-JAN-2017, 21-APR-16, August-10-2012, 2024-August; and a span of months, April-June, whose
    /// end is <paramref name="to"/>.</summary>
    private TimePoint Hyphenated(ReadOnlySpan<char> lower, out TimePoint to)
    {
        to = default;
        Span<Range> parts = stackalloc Range[4];
        var count = lower.Split(parts, '-');
        if (count is < 2 or > 3)
        {
            return default;
        }

        var first = lower[parts[0]];
        if (count == 2 && TimeGrammarWords.Qualifiers.Contains(first))
        {
            var rest = lower[parts[1]];
            if (lexicon.Word(rest) is { Month: > 0, ShortForm: false } month)
            {
                return TimePoint.OfMonth(0, month.Month);
            }

            if (rest.Length == 4 && IsDigits(rest) && Digits(rest) is >= MinYear and <= MaxYear and var year)
            {
                return TimePoint.OfYear(year);
            }

            if (rest.Length == 5 && rest[4] == 's' && IsDigits(rest[..4]) && Digits(rest[..4]) is var decade && decade % 10 == 0)
            {
                return new TimePoint(decade, 0, 0, TimePrecision.Decade);
            }

            return default;
        }

        // Each part is a month word or a number; the patterns are D-M[-Y], M-D[-Y], M-Y and Y-M[-D].
        Span<int> values = stackalloc int[3];
        Span<char> kinds = stackalloc char[3];
        for (var p = 0; p < count; p++)
        {
            var part = lower[parts[p]];
            if (part.Length is >= 1 and <= 4 && IsDigits(part))
            {
                values[p] = Digits(part);
                kinds[p] = part.Length == 4 ? 'Y' : part.Length == 2 ? 'n' : 'd';
            }
            else if (lexicon.Word(part) is { Month: > 0 } word)
            {
                values[p] = word.Month;
                kinds[p] = 'M';
            }
            else
            {
                return default;
            }
        }

        var pattern = new string(kinds[..count]).Replace('n', 'd');
        if (pattern == "MM" && values[0] != values[1])
        {
            to = TimePoint.OfMonth(0, values[1]);
            return TimePoint.OfMonth(0, values[0]);
        }

        var twoDigitLast = kinds[count - 1] == 'n';
        var point = pattern switch
        {
            "dM" => TimePoint.OfDay(0, values[1], values[0]),
            "Md" => TimePoint.OfDay(0, values[0], values[1]),
            "dMd" when twoDigitLast => TimePoint.OfDay(TwoDigitYear(values[2]), values[1], values[0]),
            "dMY" => TimePoint.OfDay(values[2], values[1], values[0]),
            "Mdd" when twoDigitLast => TimePoint.OfDay(TwoDigitYear(values[2]), values[0], values[1]),
            "MdY" => TimePoint.OfDay(values[2], values[0], values[1]),
            "MY" => TimePoint.OfMonth(values[1], values[0]),
            "YM" => TimePoint.OfMonth(values[0], values[1]),
            "YMd" => TimePoint.OfDay(values[0], values[1], values[2]),
            _ => default,
        };

        return point.IsValid ? point : default;
    }

    // ---- dispatch ----------------------------------------------------------------------------------------

    /// <summary>True when an expression may start at <paramref name="i"/>: a token marked in classification, or
    /// "the" before a day, a decade or a quoted decade ("the 18th", "the 1990s", "the '90s").</summary>
    private bool CanStart(int i)
    {
        if (T(i).Start)
        {
            return true;
        }

        if (i + 1 >= e || !IsWord(i, TimeGrammarWords.The))
        {
            return false;
        }

        ref var next = ref T(i + 1);
        return next.Number >= 0 || next.Ordinal > 0 || next.Decade > 0 || Is(i + 1, '\'') || Is(i + 1, '’') || IsIn(i + 1, TimeGrammarWords.Qualifiers);
    }

    /// <summary>Tries every rule at token <paramref name="i"/>; returns the token after what was found, or 0.</summary>
    private int TryAt(int i, List<TimeExpression> into)
    {
        ref var t = ref T(i);
        if (t.Word.Is(TimeRoles.Weekday) && !IsNamePart(i))
        {
            var j = i + 1;
            if (j < e && (Is(j, ',') || Is(j, '.')))
            {
                j++;
            }

            var before = into.Count;
            var end = j < e ? TryCalendar(j, into) : 0;
            if (end > 0)
            {
                into[before] = into[before] with { First = i };
                return end;
            }

            return t.Word.ShortForm ? 0 : JoinSpan(TryWeekday(i, TimeReference.Bare, i, into), into);
        }

        var found = TryCalendar(i, into);
        if (found > 0)
        {
            return SkipTrailingWeekday(found, into);
        }

        return JoinSpan(TryRelative(i, into), into);
    }

    /// <summary>After a relative day or weekday ending at <paramref name="end"/>: a connector and another one make
    /// a span ("Friday to Monday", "today - next Friday"); the second is marked to join the first.</summary>
    private int JoinSpan(int end, List<TimeExpression> into)
    {
        if (end <= 0 || into.Count == 0 || into[^1].Kind is not (TimeExpressionKind.RelativeDay or TimeExpressionKind.Weekday) ||
            into[^1].CountTo is not null)
        {
            return end;
        }

        // "between Sunday and Tuesday" is a span; "on Sunday and Tuesday" two days.
        var connector = Connector(end, out var width);
        var joins = connector == ConnectorKind.Span || (connector == ConnectorKind.And && OpensSpan(into[^1].First));
        if (!joins || end + width >= e)
        {
            return end;
        }

        var before = into.Count;
        var j = end + width;
        var next = T(j).Word.Is(TimeRoles.Weekday) && !T(j).Word.ShortForm && !IsNamePart(j) ? TryWeekday(j, TimeReference.Bare, j, into) : TryRelative(j, into);
        if (next <= 0)
        {
            return end;
        }

        if (into.Count == before + 1 && into[^1].Kind is TimeExpressionKind.RelativeDay or TimeExpressionKind.Weekday)
        {
            into[^1] = into[^1] with { JoinsPrevious = true };
        }

        return next;
    }

    /// <summary>"Jul 18, Fri": a weekday right after a date belongs to it.</summary>
    private int SkipTrailingWeekday(int end, List<TimeExpression> into)
    {
        var j = end < e && Is(end, ',') ? end + 1 : end;
        if (j < e && T(j).Word.Is(TimeRoles.Weekday) && (j + 1 >= e || !IsWordToken(j + 1)))
        {
            into[^1] = into[^1] with { End = j + 1 };
            return j + 1;
        }

        return end;
    }

    private int TryCalendar(int i, List<TimeExpression> into)
    {
        ref var t = ref T(i);
        if (t.Number >= 0)
        {
            var end = TryNumeric(i, into);
            if (end > 0)
            {
                return end;
            }
        }

        if (!t.Inner.IsNone)
        {
            return TryInner(i, into);
        }

        var dayFirst = TryDayFirst(i, into);
        if (dayFirst > 0)
        {
            return dayFirst;
        }

        if (t.Word.Month > 0)
        {
            return TryMonthFirst(i, into);
        }

        if (t.Number >= 0 && t.Digits == 4)
        {
            var yearFirst = TryYearFirst(i, into);
            return yearFirst > 0 ? yearFirst : TryYear(i, into);
        }

        if (t.Decade > 0 || (IsWord(i, TimeGrammarWords.The) && i + 1 < e))
        {
            var decade = TryDecade(i, into);
            if (decade > 0)
            {
                return decade;
            }
        }

        if (t.Ordinal > 0 || (t.Number > 0 && i + 1 < e && T(i + 1).Word.Unit == TimeUnit.Century))
        {
            return TryCentury(i, into);
        }

        return 0;
    }

    // ---- all-digit dates -----------------------------------------------------------------------------------

    /// <summary>2022-09-19, 2012/8/10, 19/09/2022, 09/19/2022, 12-30-16, 9/2012, 2014-10, and spans of them.</summary>
    private int TryNumeric(int i, List<TimeExpression> into)
    {
        if (!Numeric(i, out var point, out var end, out var rule))
        {
            return 0;
        }

        // A clock time after a date belongs to it ("01/21/2021 10:00 to 01/01/2023 07:00").
        end = SkipClock(end);
        var to = default(TimePoint);
        var close = end;
        if (Connector(end, out var width) is var connector && connector != ConnectorKind.None && (connector != ConnectorKind.And || OpensSpan(i)) &&
            Numeric(end + width, out var second, out var secondEnd, out _) && second.Precision == point.Precision && Later(second, point))
        {
            to = second;
            close = SkipClock(secondEnd);
        }

        return Emit(into, i, close, point, to, rule);
    }

    private bool Numeric(int i, out TimePoint point, out int end, out string rule)
    {
        point = default;
        end = 0;
        rule = "time.numeric";
        if (i >= e || T(i).Number < 0 || BlockedBefore(i))
        {
            return false;
        }

        var sep = i + 1 < e && Adjacent(i) ? Separator(i + 1) : '\0';
        if (sep == '\0' || i + 2 >= e || !Adjacent(i + 1) || T(i + 2).Number < 0)
        {
            return false;
        }

        // The whole run must be one date: no digits glued on either side (650-650-6500, 1.2.3.4); a separator
        // glued before it counts only when digits come before that ("/05/25/2015" is a date).
        if (i > s && Adjacent(i - 1) &&
            (T(i - 1).Number >= 0 || (Separator(i - 1) != '\0' && i - 2 >= s && Adjacent(i - 2) && T(i - 2).Number >= 0)))
        {
            return false;
        }

        var a = T(i);
        var b = T(i + 2);
        var three = i + 4 < e && Adjacent(i + 2) && Separator(i + 3) == sep && Adjacent(i + 3) && T(i + 4).Number >= 0;
        var last = three ? i + 4 : i + 2;
        if (last + 1 < e && Adjacent(last) &&
            (T(last + 1).Number >= 0 || (Separator(last + 1) != '\0' && last + 2 < e && Adjacent(last + 1) && T(last + 2).Number >= 0)))
        {
            return false;
        }

        end = last + 1;
        if (three)
        {
            var c = T(i + 4);
            if (a.Digits == 4 && b.Digits <= 2 && c.Digits <= 2)
            {
                point = TimePoint.OfDay(a.Number, b.Number, c.Number);
                rule = "time.numeric.ymd";
            }
            else if (a.Digits <= 2 && b.Digits <= 2 && c.Digits is 2 or 4)
            {
                var year = c.Digits == 4 ? c.Number : TwoDigitYear(c.Number);
                point = DayMonth(a.Number, b.Number, year, sep);
                rule = "time.numeric.dmy";
            }
        }
        else if (a.Digits == 4 && b.Digits == 2 && sep is '-' or '/' && b.Number is >= 1 and <= 12 && b.Number <= a.Number % 100)
        {
            // 2014-10 is a month; 2019-20 is a span of years, read by the year rule.
            point = TimePoint.OfMonth(a.Number, b.Number);
            rule = "time.numeric.ym";
        }
        else if (a.Digits <= 2 && b.Digits == 4 && sep == '/' && a.Number is >= 1 and <= 12 &&
                 !(i > s && (Capitalised(i - 1) || layer.Tokens[i - 1].Shape == TokenShape.Mixed) && !IsSentenceStart(i - 1)))
        {
            // 9/2012 is a month, but "Brief 12/2023", "Law 5/2020" are numbers of documents.
            point = TimePoint.OfMonth(b.Number, a.Number);
            rule = "time.numeric.my";
        }

        return point.IsValid && point.Year is >= MinYear and <= MaxYear;
    }

    /// <summary>Reads two small numbers as day and month: the one above 12 is the day; otherwise the document's
    /// convention decides, and without one the date is ambiguous and left out.</summary>
    private TimePoint DayMonth(int first, int second, int year, char separator)
    {
        if (first > 12 && second <= 12)
        {
            return TimePoint.OfDay(year, second, first);
        }

        if (second > 12 && first <= 12)
        {
            return TimePoint.OfDay(year, first, second);
        }

        if (first == second)
        {
            return TimePoint.OfDay(year, first, second);
        }

        var convention = separator == '.' ? TimeNumericOrder.DayFirst : Order;
        return convention switch
        {
            TimeNumericOrder.DayFirst => TimePoint.OfDay(year, second, first),
            TimeNumericOrder.MonthFirst => TimePoint.OfDay(year, first, second),
            _ => default,
        };
    }

    private int TryInner(int i, List<TimeExpression> into)
    {
        var point = T(i).Inner;
        var to = T(i).InnerTo;
        var end = i + 1;
        if (point.Precision is TimePrecision.Day or TimePrecision.Month && !point.HasYear &&
            YearAfter(end, out var yearEnd, allowComma: point.Precision == TimePrecision.Day) is > 0 and var year)
        {
            if (to.IsNone)
            {
                point = point.WithYear(year);
            }
            else
            {
                (point, to) = ShareYear(point, to.WithYear(year));
            }

            end = yearEnd;
        }

        if (!point.IsValid)
        {
            return 0;
        }

        if (!to.IsNone && !point.HasYear)
        {
            // "April-June" without a year: months placed like "in April".
            into.Add(new TimeExpression(i, end, TimeExpressionKind.RelativeMonth, default, to, TimeUnit.Month, 0, point.Month,
                TimeReference.Bare, 0, 0, null, Forward(i), "time.token"));
            return end;
        }

        return Emit(into, i, end, point, to, "time.token");
    }

    // ---- day first ---------------------------------------------------------------------------------------

    /// <summary>18 September 2022, the 18th of September, 12–14 September, between 12 and 14 September,
    /// 10 August – 12 September 2013, and "8 and 10 March" as two dates.</summary>
    private int TryDayFirst(int i, List<TimeExpression> into)
    {
        var d1 = Day(i, out var afterDay, allowThe: true);
        if (d1 == 0)
        {
            return 0;
        }

        // A span of days in one month: "12-14 September", "from the 13th to the 15th of July".
        var connector = Connector(afterDay, out var width);
        if (connector != ConnectorKind.None)
        {
            var d2 = Day(afterDay + width, out var afterSecond, allowThe: true);
            if (d2 > 0 && MonthAfterDay(afterSecond, out var monthEnd) is > 0 and var month)
            {
                var year = YearAfter(monthEnd, out var end, allowComma: true);
                if (year < 0)
                {
                    return 0;
                }

                var from = TimePoint.OfDay(year, month, d1);
                var to = TimePoint.OfDay(year, month, d2);
                if (!from.IsValid || !to.IsValid || d2 <= d1)
                {
                    return end;
                }

                if (connector == ConnectorKind.And && !OpensSpan(i) && d2 != d1 + 1)
                {
                    // "on 2 and 9 March": two dates, not a span.
                    Emit(into, i, afterDay, from, default, "time.day-month");
                    return Emit(into, afterDay + width, end, to, default, "time.day-month");
                }

                return Emit(into, i, end, from, to, "time.day-month.span");
            }
        }

        var m = MonthAfterDay(afterDay, out var afterMonth);
        if (m == 0)
        {
            return 0;
        }

        var y = YearAfter(afterMonth, out var close, allowComma: true);
        if (y < 0)
        {
            return 0;
        }

        var point = TimePoint.OfDay(y, m, d1);
        if (!point.IsValid)
        {
            return close;
        }

        // "10 August - 12 September 2013", "17 August 2013 to 19 August 2013".
        if (Connector(close, out var w) is var c && c is not (ConnectorKind.None or ConnectorKind.And))
        {
            var e2 = Day(close + w, out var afterD2, allowThe: true);
            var afterM2 = afterD2;
            var m2 = e2 > 0 ? MonthAfterDay(afterD2, out afterM2) : 0;
            if (m2 > 0)
            {
                var y2 = YearAfter(afterM2, out var end2, allowComma: true);
                if (y2 >= 0)
                {
                    var second = TimePoint.OfDay(y2, m2, e2);
                    (point, second) = ShareYear(point, second);
                    if (second.IsValid && point.IsValid)
                    {
                        return Emit(into, i, end2, point, second, "time.day-month.span");
                    }
                }
            }
        }

        return Emit(into, i, close, point, default, "time.day-month");
    }

    /// <summary>A day of the month at <paramref name="i"/>: 1–31 in digits, or an ordinal ("18th", "eighteenth"),
    /// optionally after "the"; 0 when there is none.</summary>
    private int Day(int i, out int end, bool allowThe)
    {
        end = i;
        if (i >= e)
        {
            return 0;
        }

        var j = i;
        if (allowThe && IsWord(i, TimeGrammarWords.The) && i + 1 < e &&
            (T(i + 1).Ordinal > 0 || (T(i + 1).Number is >= 1 and <= 31 && T(i + 1).Digits <= 2 && i + 2 < e &&
                (T(i + 2).Word.Month > 0 || IsWord(i + 2, TimeGrammarWords.Of) || Connector(i + 2, out _) != ConnectorKind.None))))
        {
            j++;
        }

        ref var t = ref T(j);
        var day = t.Ordinal > 0 ? t.Ordinal : t.Number is >= 1 and <= 31 && t.Digits <= 2 ? t.Number : 0;
        if (day == 0 || CountedNoun(j + 1))
        {
            return 0;
        }

        end = j + 1;
        return day;
    }

    /// <summary>The month right after a day ("18 September", "18th of September", "15 of february"): any form,
    /// since the day number stands beside it.</summary>
    private int MonthAfterDay(int i, out int end)
    {
        end = i;
        var j = i < e && (IsWord(i, TimeGrammarWords.Of) || GluedSeparator(i)) ? i + 1 : i;
        if (j >= e || T(j).Word.Month == 0)
        {
            return 0;
        }

        // A homonym in lower case ("12 may be") is a month only at the end of the phrase: "the first of march".
        if (!MonthCaseOk(j) && j + 1 < e && IsWordToken(j + 1) && T(j + 1).Number < 0)
        {
            return 0;
        }

        end = j + 1;
        return T(j).Word.Month;
    }

    // ---- month first -------------------------------------------------------------------------------------

    /// <summary>September 18, Sept. 18, 2022, Sep 18th, September 2022, June of 2022, September alone, and
    /// spans: September 12–13, September 12 leading to 13, August 10 – November 12, from May to December.</summary>
    private int TryMonthFirst(int i, List<TimeExpression> into)
    {
        var lowerHomonym = !MonthCaseOk(i);
        var word = T(i).Word;
        var month = word.Month;

        // "32 August", "August 32, 2014": a number beside the month that cannot be its day makes the whole an
        // impossible date, which is read as nothing rather than as the month or the year alone.
        if ((i > s && ImpossibleDay(i - 1)) || (i + 1 < e && ImpossibleDay(i + 1)))
        {
            var skip = i + 1 < e && ImpossibleDay(i + 1) ? i + 2 : i + 1;
            return YearAfter(skip, out var afterYear, allowComma: true) > 0 ? afterYear : skip;
        }

        var k = i + 1;
        if (k < e && (Is(k, ',') || GluedSeparator(k)) && k + 1 < e && Day(k + 1, out _, allowThe: false) > 0)
        {
            k++;
        }

        var day = Day(k, out var afterDay, allowThe: true);
        if (day > 0 && lowerHomonym && afterDay < e && layer.Tokens[afterDay].Shape == TokenShape.Lower)
        {
            return 0;
        }

        if (day > 0 && !(T(k).Number >= 0 && T(k).Digits == 2 && k + 1 < e && Is(k + 1, ':')))
        {
            var year = YearAfter(afterDay, out var end, allowComma: true);
            if (year < 0)
            {
                return 0;
            }

            var from = TimePoint.OfDay(year, month, day);
            if (!from.IsValid)
            {
                return end;
            }

            var connector = Connector(end, out var width);
            if (connector != ConnectorKind.None)
            {
                var span = MonthDaySpanEnd(i, from, end + width, connector, into, out var spanEnd);
                if (span != 0)
                {
                    return spanEnd;
                }
            }

            // "September 12 and 13" after the year: handled above; a year after "Month Day" with nothing else
            // is a full date.
            return Emit(into, i, end, from, default, "time.month-day");
        }

        if (lowerHomonym)
        {
            return 0;
        }

        // Month and year: "September 2022", "June of 2022", "Dec. 2021", "Sep/2012".
        var y = k < e && (IsWord(k, TimeGrammarWords.Of) || GluedSeparator(k)) ? k + 1 : k;
        if (y < e && Year4(y) is > 0 and var yearValue && !CountedNoun(y + 1))
        {
            var from = TimePoint.OfMonth(yearValue, month);
            var end = y + 1;
            if (Connector(end, out var width) is var c && c is not (ConnectorKind.None or ConnectorKind.And) &&
                end + width + 1 < e && T(end + width).Word.Month > 0 && MonthCaseOk(end + width) && Year4(end + width + 1) is > 0 and var y2)
            {
                return Emit(into, i, end + width + 2, from, TimePoint.OfMonth(y2, T(end + width).Word.Month), "time.month-year.span");
            }

            return Emit(into, i, end, from, default, "time.month-year");
        }

        return TryBareMonth(i, into);
    }

    /// <summary>The end of a span that began with "Month Day": "13" or "13, 2012" (same month), or "Month Day".</summary>
    private int MonthDaySpanEnd(int start, TimePoint from, int j, ConnectorKind connector, List<TimeExpression> into, out int end)
    {
        end = 0;
        TimePoint to;
        int after;
        var d2 = Day(j, out var afterDay, allowThe: true);
        if (d2 > 0)
        {
            to = TimePoint.OfDay(from.Year, from.Month, d2);
            after = afterDay;
        }
        else if (j < e && T(j).Word.Month > 0 && MonthCaseOk(j) && Day(j + 1, out var afterDay2, allowThe: true) is > 0 and var d3)
        {
            to = TimePoint.OfDay(from.Year, T(j).Word.Month, d3);
            after = afterDay2;
        }
        else
        {
            return 0;
        }

        var year = YearAfter(after, out var close, allowComma: true);
        if (year < 0)
        {
            return 0;
        }

        if (year > 0)
        {
            to = to.WithYear(year);
            if (!from.HasYear)
            {
                from = from.WithYear(to.Month >= from.Month ? year : year - 1);
            }
        }

        (from, to) = ShareYear(from, to);
        if (!to.IsValid || !from.IsValid)
        {
            // "February 20 - 29, 2022": a span with an impossible end is read as nothing.
            end = close;
            return -1;
        }

        if (connector == ConnectorKind.And && to.Month == from.Month && to.Day != from.Day + 1 && !OpensSpan(start))
        {
            Emit(into, start, j - 1, from, default, "time.month-day");
            end = Emit(into, j, close, to, default, "time.month-day");
            return end;
        }

        if (to.Month == from.Month && to.Day <= from.Day)
        {
            return 0;
        }

        end = Emit(into, start, close, from, to, "time.month-day.span");
        return end;
    }

    /// <summary>A month name with no day or year: "in January", "since March", "the August attack"; "from May
    /// to December [2022]" as a span.</summary>
    private int TryBareMonth(int i, List<TimeExpression> into)
    {
        var word = T(i).Word;
        var preposition = i > s && (IsIn(i - 1, TimeGrammarWords.Prepositions) || IsIn(i - 1, TimeGrammarWords.Qualifiers));
        if (word.ShortForm || word.Homonym)
        {
            if (!preposition || (word.Homonym && !Capitalised(i)))
            {
                return 0;
            }
        }

        // "June Smith", "April Ryan": a capitalised word after a month name makes it a given name.
        if (i + 1 < e && Capitalised(i + 1) && T(i + 1).Word.Roles == TimeRoles.None && T(i + 1).Number < 0)
        {
            return 0;
        }

        if (i > s && Capitalised(i - 1) && !IsSentenceStart(i - 1) && !preposition && T(i - 1).Word.Roles == TimeRoles.None)
        {
            return 0;
        }

        var connector = Connector(i + 1, out var width);
        if ((connector == ConnectorKind.Span || (connector == ConnectorKind.And && OpensSpan(i))) && i + 1 + width < e &&
            T(i + 1 + width).Word.Month is > 0 and var m2 && MonthCaseOk(i + 1 + width))
        {
            var after = i + 2 + width;
            var y = after < e && Is(after, ',') ? after + 1 : after;
            if (y < e && Year4(y) is > 0 and var year)
            {
                var to = TimePoint.OfMonth(year, m2);
                var from = TimePoint.OfMonth(word.Month <= m2 ? year : year - 1, word.Month);
                return Emit(into, i, y + 1, from, to, "time.month.span");
            }

            into.Add(new TimeExpression(i, after, TimeExpressionKind.RelativeMonth, default, TimePoint.OfMonth(0, m2), TimeUnit.Month, 0, word.Month,
                TimeReference.Bare, 0, 0, null, Forward(i), "time.month.span"));
            return after;
        }

        into.Add(new TimeExpression(i, i + 1, TimeExpressionKind.RelativeMonth, default, default, TimeUnit.Month, 0, word.Month,
            TimeReference.Bare, 0, 0, null, Forward(i), "time.month"));
        return i + 1;
    }

    // ---- year first, decades, centuries, years -------------------------------------------------------------

    /// <summary>2018 March 18, 2024 August.</summary>
    private int TryYearFirst(int i, List<TimeExpression> into)
    {
        var year = Year4(i);
        var m = i + 1 < e && GluedSeparator(i + 1) ? i + 2 : i + 1;
        if (year == 0 || m >= e || T(m).Word.Month == 0 || !MonthCaseOk(m) || BlockedBefore(i))
        {
            return 0;
        }

        var month = T(m).Word.Month;
        var d = m + 1 < e && GluedSeparator(m + 1) ? m + 2 : m + 1;
        if (Day(d, out var end, allowThe: false) is > 0 and var day && (end >= e || !IsWordToken(end)))
        {
            var point = TimePoint.OfDay(year, month, day);
            return point.IsValid ? Emit(into, i, end, point, default, "time.year-month-day") : end;
        }

        return m + 1 < e && IsWordToken(m + 1) && !Capitalised(m + 1) && !IsIn(m + 1, TimeGrammarWords.Prepositions)
            ? 0
            : Emit(into, i, m + 1, TimePoint.OfMonth(year, month), default, "time.year-month");
    }

    /// <summary>The 1990s, the '90s, the early 2000s.</summary>
    private int TryDecade(int i, List<TimeExpression> into)
    {
        var j = i;
        if (IsWord(j, TimeGrammarWords.The))
        {
            j++;
            if (j < e && IsIn(j, TimeGrammarWords.Qualifiers))
            {
                j++;
            }
        }

        if (j < e && (Is(j, '\'') || Is(j, '’')) && j + 1 < e && Adjacent(j))
        {
            j++;
        }

        if (j >= e || T(j).Decade == 0)
        {
            return 0;
        }

        var decade = T(j).Decade;
        if (decade < 100)
        {
            // A two-digit decade ('90s) needs its century: the twentieth unless that puts it after the
            // twenties, which the text leaves open.
            if (decade < 30)
            {
                return 0;
            }

            decade += 1900;
        }

        if (decade is < MinYear or > MaxYear || CountedNoun(j + 1))
        {
            return 0;
        }

        return Emit(into, i, j + 1, new TimePoint(decade, 0, 0, TimePrecision.Decade), default, "time.decade");
    }

    /// <summary>The 20th century, the twenty-first century.</summary>
    private int TryCentury(int i, List<TimeExpression> into)
    {
        var ordinal = T(i).Ordinal;
        if (ordinal is < 1 or > 22 || i + 1 >= e || T(i + 1).Word.Unit != TimeUnit.Century)
        {
            return 0;
        }

        return Emit(into, i, i + 2, new TimePoint((ordinal - 1) * 100, 0, 0, TimePrecision.Century), default, "time.century");
    }

    /// <summary>A year: "in 2020", "the 2020 war", "remember 1998."; a span of years: "1998–2000",
    /// "between 1998 and 2000", "2019-20". A year that is an amount, a code, part of a name or address, or of a
    /// legal citation is left out.</summary>
    private int TryYear(int i, List<TimeExpression> into)
    {
        var year = Year4(i);
        if (year == 0 || !sentenceHasWord || !YearContextOk(i, year))
        {
            return 0;
        }

        if (Connector(i + 1, out var width) is var connector && connector != ConnectorKind.None && i + 1 + width < e)
        {
            var j = i + 1 + width;
            var second = Year4(j);
            if (second == 0 && T(j).Number >= 0 && T(j).Digits == 2 && Adjacent(i) && Adjacent(i + 1) && T(j).Number > year % 100)
            {
                second = (year / 100 * 100) + T(j).Number;
            }

            if (second > year && (connector != ConnectorKind.And || OpensSpan(i)) && !BlockedAfter(j + 1) && !CountedNoun(j + 1))
            {
                return Emit(into, i, j + 1, TimePoint.OfYear(year), TimePoint.OfYear(second), "time.year.span");
            }
        }

        if (i + 1 < e && T(i + 1).Word.Is(TimeRoles.Era))
        {
            return i + 2;
        }

        return Emit(into, i, i + 1, TimePoint.OfYear(year), default, "time.year");
    }

    /// <summary>The guards on a four-digit number before it is read as a year.</summary>
    private bool YearContextOk(int i, int year)
    {
        var previous = i - 1;
        var hasContext = previous >= s && (IsIn(previous, TimeGrammarWords.Prepositions) || IsIn(previous, TimeGrammarWords.Determiners));
        if (!hasContext && year is < MinBareYear or > MaxBareYear)
        {
            return false;
        }

        if (BlockedBefore(i) || BlockedAfter(i + 1))
        {
            return false;
        }

        // Glued to other digits or separators: a code, a time or part of a larger number.
        if ((previous >= s && Adjacent(previous) && (T(previous).Number >= 0 || Separator(previous) is '/' or ':' or '.' or ',')) ||
            (i + 1 < e && Adjacent(i) && Separator(i + 1) is '/' or ':' or ',' && i + 2 < e && T(i + 2).Number >= 0))
        {
            return false;
        }

        // An amount: "2012 people", "around 1500 protesters" (but "the 2020 elections", "in 2021 talks began").
        if (CountedNoun(i + 1) && !(previous >= s && (IsIn(previous, TimeGrammarWords.Determiners) || IsIn(previous, TimeGrammarWords.TemporalPrepositions))))
        {
            return false;
        }

        // Part of a name: "Vision 2030", "Expo 2020", "ABC 2000".
        if (previous >= s && !IsSentenceStart(previous) && (Capitalised(previous) || layer.Tokens[previous].Shape == TokenShape.AllCaps) &&
            T(previous).Word.Roles == TimeRoles.None && !hasContext)
        {
            return false;
        }

        return !CitationYear(i) && !AddressNumber(i);
    }

    /// <summary>A year that belongs to a legal citation: "the 1961 Vienna Convention", "the Vienna Convention on
    /// Diplomatic Relations of 1961", "Resolution 2334 (2016)", "the Minsk agreements of 2014 and 2015".</summary>
    private bool CitationYear(int i)
    {
        // Forward: capitalised words up to an instrument word.
        for (var j = i + 1; j < e && j <= i + 6; j++)
        {
            if (T(j).Word.Is(TimeRoles.Instrument) && Capitalised(j))
            {
                return true;
            }

            if (!Capitalised(j) || T(j).Word.Month > 0)
            {
                break;
            }
        }

        var k = i - 1;
        if (k < s)
        {
            return false;
        }

        // "… of 2014 and 2015": a year listed after a citation year belongs to the same citation.
        if ((IsWord(k, TimeGrammarWords.And) || Is(k, ',')) && k - 1 >= s && Year4(k - 1) > 0)
        {
            return CitationYearBefore(k - 1);
        }

        return CitationYearBefore(i);
    }

    /// <summary>Backward: "… Convention on Diplomatic Relations of 1961", "resolution 2202 (2015)", "the Minsk
    /// agreements of 2014": an instrument word, capitalised or after a capitalised name, before "of", "(" or ",".</summary>
    private bool CitationYearBefore(int i)
    {
        var k = i - 1;
        if (k < s || !(IsWord(k, TimeGrammarWords.Of) || Is(k, '(') || Is(k, ',')))
        {
            return false;
        }

        if (Is(k, '(') && k - 1 >= s && T(k - 1).Number >= 0)
        {
            k--;
            if (k - 1 >= s && T(k - 1).Word.Is(TimeRoles.Instrument))
            {
                return true;
            }
        }

        for (var j = k - 1; j >= s && j >= k - 10; j--)
        {
            if (T(j).Word.Is(TimeRoles.Instrument) && (Capitalised(j) || (j - 1 >= s && Capitalised(j - 1) && !IsSentenceStart(j - 1))))
            {
                return true;
            }

            if (!(Capitalised(j) || IsIn(j, TimeGrammarWords.NameLinks) || T(j).Number >= 0))
            {
                break;
            }
        }

        return false;
    }

    /// <summary>"1600 Pennsylvania Avenue": a number before capitalised words and a street word.</summary>
    private bool AddressNumber(int i)
    {
        for (var j = i + 1; j < e && j <= i + 4; j++)
        {
            if (T(j).Word.Is(TimeRoles.Address))
            {
                return j > i + 1;
            }

            if (!Capitalised(j))
            {
                return false;
            }
        }

        return false;
    }

    // ---- relative forms ------------------------------------------------------------------------------------

    private int TryRelative(int i, List<TimeExpression> into)
    {
        ref var t = ref T(i);
        if (t.Phrase.Is(TimeRoles.RelativeDay) || t.Word.Is(TimeRoles.RelativeDay))
        {
            return TryRelativeDay(i, t.Phrase.Is(TimeRoles.RelativeDay) ? t.Phrase : t.Word, into);
        }

        if (t.Phrase.Is(TimeRoles.Anaphor))
        {
            into.Add(new TimeExpression(i, i + t.Phrase.Tokens, TimeExpressionKind.Anaphor, default, default, t.Phrase.Unit, 0, 0,
                TimeReference.Bare, 0, t.Phrase.Offset, null, false, "time.anaphor"));
            return i + t.Phrase.Tokens;
        }

        if (t.Phrase.Is(TimeRoles.Modifier) || t.Word.Is(TimeRoles.Modifier))
        {
            var modifier = t.Phrase.Is(TimeRoles.Modifier) ? t.Phrase : t.Word;
            var end = TryModifier(i, modifier, into);
            if (end > 0)
            {
                return end;
            }
        }

        if (t.Number > 0 || t.Word.Is(TimeRoles.Number))
        {
            return TryAgo(i, into);
        }

        return 0;
    }

    /// <summary>yesterday, today, tomorrow, tonight, overnight, the day before yesterday; with a part of the day
    /// after it ("yesterday morning").</summary>
    private int TryRelativeDay(int i, TimeWord word, List<TimeExpression> into)
    {
        // "Estravia Today", "USA Today": a capitalised relative word after a capitalised word is part of a name.
        if (Capitalised(i) && i > s && (Capitalised(i - 1) || layer.Tokens[i - 1].Shape == TokenShape.Mixed))
        {
            return 0;
        }

        var end = i + word.Tokens;
        if (end < e && T(end).Word.Is(TimeRoles.DayPart))
        {
            end++;
        }

        into.Add(new TimeExpression(i, end, TimeExpressionKind.RelativeDay, default, default, TimeUnit.Day, 0, 0, TimeReference.Bare, 0,
            word.Offset, word.OffsetTo, false, "time.relative-day"));
        return end;
    }

    /// <summary>last week, this month, next year, earlier this month, last weekend; last Friday, next Thursday;
    /// last March; last night, this morning.</summary>
    private int TryModifier(int i, TimeWord modifier, List<TimeExpression> into)
    {
        var j = i + modifier.Tokens;
        if (j >= e)
        {
            return 0;
        }

        // "the past week", "over the last year": a stretch of time up to now, not a calendar unit.
        if (i > s && IsWord(i - 1, TimeGrammarWords.The))
        {
            return 0;
        }

        ref var next = ref T(j);
        var direction = modifier.Direction;
        if (next.Word.Unit is TimeUnit.Week or TimeUnit.Weekend or TimeUnit.Month or TimeUnit.Year && !next.Word.Is(TimeRoles.Month))
        {
            into.Add(new TimeExpression(i, j + 1, TimeExpressionKind.RelativeUnit, default, default, next.Word.Unit, 0, 0,
                TimeReference.Bare, direction, 0, null, false, "time.relative-unit"));
            return j + 1;
        }

        if (next.Word.Is(TimeRoles.Weekday) && !next.Word.ShortForm)
        {
            var reference = direction switch { < 0 => TimeReference.Last, 0 => TimeReference.This, _ => TimeReference.Next };
            return TryWeekday(j, reference, i, into);
        }

        if (next.Word.Month > 0 && !next.Word.ShortForm && MonthCaseOk(j))
        {
            into.Add(new TimeExpression(i, j + 1, TimeExpressionKind.RelativeMonth, default, default, TimeUnit.Month, 0, next.Word.Month,
                direction < 0 ? TimeReference.Last : direction == 0 ? TimeReference.This : TimeReference.Next, direction, 0, null, false, "time.relative-month"));
            return j + 1;
        }

        if (next.Word.Is(TimeRoles.DayPart) && modifier.Tokens == 1)
        {
            // "last night" is the night before the document date; "this morning" its morning.
            if (direction < 0 && layer.TokenLower(j).SequenceEqual("night"))
            {
                into.Add(new TimeExpression(i, j + 1, TimeExpressionKind.RelativeDay, default, default, TimeUnit.Day, 0, 0, TimeReference.Bare, 0,
                    -1, null, false, "time.relative-day"));
                return j + 1;
            }

            if (direction == 0)
            {
                into.Add(new TimeExpression(i, j + 1, TimeExpressionKind.RelativeDay, default, default, TimeUnit.Day, 0, 0, TimeReference.Bare, 0,
                    0, null, false, "time.relative-day"));
                return j + 1;
            }
        }

        return 0;
    }

    /// <summary>A weekday at <paramref name="w"/> (the expression starts at <paramref name="start"/>): "on
    /// Friday", "Saturday evening", "Friday next week", "Tuesday of last week".</summary>
    private int TryWeekday(int w, TimeReference reference, int start, List<TimeExpression> into)
    {
        var weekday = T(w).Word.Weekday;
        var end = w + 1;
        if (end < e && T(end).Word.Is(TimeRoles.DayPart))
        {
            end++;
        }

        var direction = 0;
        if (reference == TimeReference.Bare)
        {
            var j = end;
            if (j < e && Is(j, ','))
            {
                j++;
            }

            if (j < e && IsWord(j, TimeGrammarWords.Of))
            {
                j++;
            }

            if (j + 1 < e && T(j).Word.Is(TimeRoles.Modifier) && T(j + 1).Word.Unit == TimeUnit.Week)
            {
                reference = TimeReference.WeekOf;
                direction = T(j).Word.Direction;
                end = j + 2;
            }
        }

        into.Add(new TimeExpression(start, end, TimeExpressionKind.Weekday, default, default, TimeUnit.Day, weekday, 0, reference, direction, 0,
            null, reference == TimeReference.Bare && Forward(start), "time.weekday"));
        return end;
    }

    /// <summary>three days ago, a week ago, 2 years ago, five days from now.</summary>
    private int TryAgo(int i, List<TimeExpression> into)
    {
        ref var t = ref T(i);
        var count = t.Number > 0 && t.Digits <= 3 ? t.Number : t.Word.Is(TimeRoles.Number) ? t.Word.Value : 0;
        if (count == 0 || i + 2 >= e)
        {
            return 0;
        }

        var unit = T(i + 1).Word.Unit;
        if (unit is not (TimeUnit.Day or TimeUnit.Week or TimeUnit.Month or TimeUnit.Year))
        {
            return 0;
        }

        ref var after = ref T(i + 2);
        var ago = after.Phrase.Is(TimeRoles.Ago) ? after.Phrase : after.Word.Is(TimeRoles.Ago) ? after.Word : default;
        if (ago.Roles == TimeRoles.None)
        {
            return 0;
        }

        var end = i + 2 + Math.Max(1, ago.Tokens);
        into.Add(new TimeExpression(i, end, TimeExpressionKind.Ago, default, default, unit, 0, 0, TimeReference.Bare, ago.Direction, count,
            null, false, "time.ago"));
        return end;
    }

    // ---- shared pieces -------------------------------------------------------------------------------------

    private int Emit(List<TimeExpression> into, int first, int end, TimePoint from, TimePoint to, string rule)
    {
        var forward = !from.HasYear && from.Precision is TimePrecision.Day or TimePrecision.Month && Forward(first);
        into.Add(TimeExpression.Calendar(first, end, from, to, rule) with { Forward = forward });
        return end;
    }

    /// <summary>A year after a date at <paramref name="i"/> (", 2022", " 2022", " 96" at the end of a phrase);
    /// 0 when there is none; -1 when the year is of an era outside the format (BC).</summary>
    private int YearAfter(int i, out int end, bool allowComma)
    {
        end = i;
        var j = i;
        if (allowComma && j < e && (Is(j, ',') || GluedSeparator(j)))
        {
            j++;
        }

        if (j >= e)
        {
            return 0;
        }

        ref var t = ref T(j);
        var year = 0;
        if (t.Number >= 0 && t.Digits == 4 && t.Number is >= MinYear and <= MaxYear && !BlockedAfter(j + 1) && !CountedNoun(j + 1))
        {
            year = t.Number;
        }
        else if (t.Number >= 0 && t.Digits == 2 && (j + 1 >= e || !(IsWordToken(j + 1) || T(j + 1).Number >= 0 || Is(j + 1, ':') || Is(j + 1, '.'))))
        {
            year = TwoDigitYear(t.Number);
        }
        else if ((Is(j, '\'') || Is(j, '’')) && j + 1 < e && Adjacent(j) && T(j + 1).Digits == 2)
        {
            year = TwoDigitYear(T(j + 1).Number);
            j++;
        }

        if (year == 0)
        {
            return 0;
        }

        if (j + 1 < e && T(j + 1).Word.Is(TimeRoles.Era))
        {
            return -1;
        }

        end = j + 1;
        return year;
    }

    /// <summary>A four-digit year 1000–2199 at <paramref name="i"/>, or 0.</summary>
    private int Year4(int i) => i < e && T(i).Digits == 4 && T(i).Number is >= MinYear and <= MaxYear ? T(i).Number : 0;

    private static int TwoDigitYear(int n) => n >= 50 ? 1900 + n : 2000 + n;

    /// <summary>Gives a year-less end of a span the year of the other end (and the reverse); when the end comes
    /// before the start in that year, it is in the next year.</summary>
    private static (TimePoint From, TimePoint To) ShareYear(TimePoint from, TimePoint to)
    {
        if (from.HasYear && !to.HasYear)
        {
            var candidate = to.WithYear(from.Year);
            to = Compare(candidate, from) < 0 ? to.WithYear(from.Year + 1) : candidate;
        }
        else if (!from.HasYear && to.HasYear)
        {
            var candidate = from.WithYear(to.Year);
            from = Compare(candidate, to) > 0 ? from.WithYear(to.Year - 1) : candidate;
        }

        return (from, to);
    }

    private static bool Later(TimePoint second, TimePoint first) =>
        second.Year != first.Year ? second.Year > first.Year : Compare(second, first) > 0;

    private static int Compare(TimePoint a, TimePoint b) => a.Month != b.Month ? a.Month.CompareTo(b.Month) : a.Day.CompareTo(b.Day);

    private enum ConnectorKind : byte
    {
        None,
        Span,
        And,
    }

    /// <summary>A connector between the ends of a span at <paramref name="i"/>: a dash, to, till, until,
    /// through, leading to, and.</summary>
    private ConnectorKind Connector(int i, out int width)
    {
        width = 0;
        if (i >= e)
        {
            return ConnectorKind.None;
        }

        if (layer.Tokens[i].Has(TokenFlags.Dash) || Is(i, '-'))
        {
            width = 1;
            return ConnectorKind.Span;
        }

        var j = i;
        if (IsWord(j, TimeGrammarWords.Leading) && j + 1 < e)
        {
            j++;
        }

        if (!IsIn(j, TimeGrammarWords.Connectors))
        {
            return ConnectorKind.None;
        }

        width = j - i + 1;
        return IsWord(j, TimeGrammarWords.And) ? ConnectorKind.And : ConnectorKind.Span;
    }

    /// <summary>True when a span opener ("between", "from") stands right before the expression at
    /// <paramref name="i"/> (or before its "the").</summary>
    private bool OpensSpan(int i)
    {
        var j = i - 1;
        if (j >= s && IsWord(j, TimeGrammarWords.The))
        {
            j--;
        }

        return j >= s && IsIn(j, TimeGrammarWords.SpanOpeners);
    }

    /// <summary>True when a word that points forward stands before <paramref name="i"/> in its clause: "the
    /// council will meet on Friday", but not "'We will not stop,' he said on Tuesday".</summary>
    private bool Forward(int i)
    {
        for (var j = i - 1; j >= s; j--)
        {
            if (layer.Tokens[j].Shape == TokenShape.Punctuation)
            {
                return false;
            }

            if (IsIn(j, TimeGrammarWords.FutureCues) || layer.TokenLower(j).EndsWith("'ll", StringComparison.Ordinal) ||
                layer.TokenLower(j).EndsWith("’ll", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The token after a clock time that follows a date at <paramref name="i"/> (", 09:15 AM",
    /// "-14:15"); <paramref name="i"/> itself when none follows.</summary>
    private int SkipClock(int i)
    {
        var j = i < e && (Is(i, ',') || GluedSeparator(i)) ? i + 1 : i;
        if (j >= e || !DocumentDateLines.IsClock(layer, j))
        {
            return i;
        }

        j++;
        return j < e && layer.TokenLower(j) is "am" or "pm" or "a.m." or "p.m." ? j + 1 : j;
    }

    /// <summary>A '/' or '-' glued to the tokens on both sides: "06/Nov/2023", "August/10".</summary>
    private bool GluedSeparator(int i) => i > s && i + 1 < e && Separator(i) is '/' or '-' && Adjacent(i - 1) && Adjacent(i);

    /// <summary>A two-digit number 32–99 beside a month that is not an amount: "32 August", "August 32, 2014".</summary>
    private bool ImpossibleDay(int i) =>
        T(i).Number is >= 32 and <= 99 && T(i).Digits == 2 && !CountedNoun(i + 1) && (i + 1 >= e || !IsWordToken(i + 1) || T(i + 1).Word.Month > 0);

    /// <summary>Case rule for a month word: homonyms (May, March) only capitalised.</summary>
    private bool MonthCaseOk(int i) => !T(i).Word.Homonym || Capitalised(i);

    /// <summary>A capitalised weekday after a capitalised word is part of a name ("Black Friday", "Bloody
    /// Sunday").</summary>
    private bool IsNamePart(int i) =>
        i > s && Capitalised(i) && Capitalised(i - 1) && T(i - 1).Word.Roles == TimeRoles.None && !IsIn(i - 1, TimeGrammarWords.Prepositions);

    /// <summary>True when the token at <paramref name="i"/> is a unit or a counted noun, so the number before it
    /// is an amount: "2012 people", "15 km", "30 percent", "1500 protesters".</summary>
    private bool CountedNoun(int i)
    {
        if (i >= e)
        {
            return false;
        }

        if (T(i).Word.Is(TimeRoles.BlockAfter))
        {
            return true;
        }

        var token = layer.Tokens[i];
        if (token.Shape != TokenShape.Lower)
        {
            return false;
        }

        var lower = layer.TokenLower(i);
        return lower.Length >= 4 && lower[^1] == 's' && lower[^2] is not ('s' or 'u' or 'i') && !TimeGrammarWords.NotPlurals.Contains(lower) &&
            T(i).Word.Roles == TimeRoles.None;
    }

    private bool BlockedBefore(int i)
    {
        var j = i - 1;
        if (j >= s && (Is(j, '(') || Is(j, '[')) && j - 1 >= s)
        {
            j--;
        }

        return j >= s && T(j).Word.Is(TimeRoles.BlockBefore);
    }

    private bool BlockedAfter(int i) => i < e && T(i).Word.Is(TimeRoles.BlockAfter);

    private ref TimeToken T(int i) => ref buffer[i - s];

    private bool Adjacent(int i) => i + 1 < e && layer.Tokens[i].Span.End == layer.Tokens[i + 1].Span.Start;

    private bool Is(int i, char c)
    {
        var span = layer.Tokens[i].Span;
        return span.Length == 1 && text[span.Start] == c;
    }

    /// <summary>The separator character of a one-character token between date numbers, or '\0'.</summary>
    private char Separator(int i)
    {
        var span = layer.Tokens[i].Span;
        if (span.Length != 1)
        {
            return '\0';
        }

        var c = text[span.Start];
        return c is '/' or '-' or '.' or ':' or ',' ? c : layer.Tokens[i].Has(TokenFlags.Dash) && c == '\u2011' ? '-' : '\0';
    }

    private bool IsWord(int i, string word) => i < e && layer.TokenLower(i).SequenceEqual(word);

    private bool IsIn(int i, FrozenSetLookup set) => i < e && set.Contains(layer.TokenLower(i));

    private bool IsWordToken(int i) => layer.Tokens[i].Shape is TokenShape.Lower or TokenShape.Capitalized or TokenShape.AllCaps or TokenShape.Mixed or TokenShape.Alphanumeric;

    private bool Capitalised(int i) => layer.Tokens[i].Shape is TokenShape.Capitalized or TokenShape.AllCaps;

    /// <summary>True when nothing but punctuation comes before token <paramref name="i"/> in its sentence.</summary>
    private bool IsSentenceStart(int i)
    {
        for (var j = s; j < i; j++)
        {
            if (layer.Tokens[j].Shape is not (TokenShape.Punctuation or TokenShape.Symbol))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDigits(ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return value.Length > 0;
    }

    private static int Digits(ReadOnlySpan<char> value)
    {
        var n = 0;
        foreach (var c in value)
        {
            n = (n * 10) + (c - '0');
        }

        return n;
    }
}
