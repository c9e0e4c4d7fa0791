using Attest.Text;

namespace Attest.Mentions;

/// <summary>The calendar rules of <see cref="TimeGrammar"/>: dates written out, all-digit dates, spans, months,
/// years, decades and centuries.</summary>
internal sealed partial class TimeGrammar
{
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
        var point = D(i).Inner;
        var to = D(i).InnerTo;
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
        if (allowThe && IsIn(i, NumberFacts.The) && i + 1 < e &&
            (T(i + 1).Ordinal > 0 || (T(i + 1).Number is >= 1 and <= 31 && T(i + 1).Digits <= 2 && i + 2 < e &&
                (T(i + 2).Word.Month > 0 || IsIn(i + 2, NumberFacts.Of) || Connector(i + 2, out _) != ConnectorKind.None))))
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
        var j = i < e && (IsIn(i, NumberFacts.Of) || GluedSeparator(i)) ? i + 1 : i;
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
        var y = k < e && (IsIn(k, NumberFacts.Of) || GluedSeparator(k)) ? k + 1 : k;
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
        var preposition = i > s && (IsIn(i - 1, NumberFacts.Preposition) || IsIn(i - 1, NumberFacts.Qualifier));
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

        return m + 1 < e && IsWordToken(m + 1) && !Capitalised(m + 1) && !IsIn(m + 1, NumberFacts.Preposition)
            ? 0
            : Emit(into, i, m + 1, TimePoint.OfMonth(year, month), default, "time.year-month");
    }

    /// <summary>The 1990s, the '90s, the early 2000s.</summary>
    private int TryDecade(int i, List<TimeExpression> into)
    {
        var j = i;
        if (IsIn(j, NumberFacts.The))
        {
            j++;
            if (j < e && IsIn(j, NumberFacts.Qualifier))
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
        if (year == 0 || !SentenceHasWord() || !YearContextOk(i, year))
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
        var hasContext = previous >= s && (IsIn(previous, NumberFacts.Preposition) || IsIn(previous, NumberFacts.Determiner));
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
        if (CountedNoun(i + 1) && !(previous >= s && (IsIn(previous, NumberFacts.Determiner) || IsIn(previous, NumberFacts.TemporalPreposition))))
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
        if ((IsIn(k, NumberFacts.And) || Is(k, ',')) && k - 1 >= s && Year4(k - 1) > 0)
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
        if (k < s || !(IsIn(k, NumberFacts.Of) || Is(k, '(') || Is(k, ',')))
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

            if (!(Capitalised(j) || IsIn(j, NumberFacts.NameLink) || T(j).Number >= 0))
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
}
