using System.Diagnostics;
using System.Runtime.CompilerServices;
using Attest.Lexicons;
using Attest.Text;

namespace Attest.Mentions;

/// <summary>Finds time expressions in the sentences of one document: a hand-written grammar over tokens that
/// reads <see cref="TimeLexicon"/> words and the closed classes of <see cref="TimeGrammarWords"/>. One instance
/// per document and thread; <see cref="Dispose"/> gives its buffers back to the thread.</summary>
/// <remarks>At each token the grammar tries, in order: a date behind a weekday ("Sunday, March 3"), all-digit
/// dates (2022-09-19, 19/09/2022), dates inside one token (10.03.2024, mid-September), day-first and
/// month-first dates with their spans, a year before a month, decades and centuries, bare years and year
/// spans, and the relative forms (yesterday, last week, on Friday, three days ago, the next day). The first
/// that matches wins and the scan resumes after it, so expressions never overlap.</remarks>
internal sealed partial class TimeGrammar : IDisposable
{
    private const int MinYear = 1000;
    private const int MaxYear = 2199;
    private const int MinBareYear = 1900;
    private const int MaxBareYear = 2099;

    /// <summary>The buffers of the last grammar on this thread, taken while in use: one set per thread rather
    /// than a round through the shared array pool for every document.</summary>
    [ThreadStatic]
    private static Buffers? spare;

    private readonly TimeLexicon lexicon;
    private readonly TextLayer layer;

    /// <summary>The time side of the facts of the document's tokens (<see cref="NumberTokens"/>), by token index.</summary>
    private readonly NumberFacts[] facts;

    /// <summary>True when <see cref="facts"/> is this grammar's own, filled for each sentence it scans; false when
    /// it is the document's, filled for every token before.</summary>
    private readonly bool ownFacts;
    private readonly string text;
    private readonly Buffers buffers;
    private TimeToken[] buffer;

    /// <summary>The tokens of the sentence where an expression starts, in order.</summary>
    private int[] starts;

    /// <summary>The details of the sentence's classified tokens; the first, empty, stands for none. Every entry from
    /// <see cref="detailCount"/> on is empty, so a token is classified straight into the next one; there is room
    /// for one per token of the sentence, so the array never moves while a rule holds a reference into it.</summary>
    private TimeTokenDetail[] details;
    private int detailCount = 1;

    /// <summary>The mark of the sentence being scanned: a slot of <see cref="buffer"/> whose
    /// <see cref="TimeToken.Stamp"/> differs holds another sentence's token and is classified when first read.</summary>
    private int stamp;
    private int s;
    private int e;

    /// <summary>Whether the sentence has a word (<see cref="SentenceHasWord"/>): 0 when not yet read, 1 yes, 2 no.</summary>
    private int hasWord;
    private TimeNumericOrder? order;

    /// <summary>A grammar over a document whose token facts <paramref name="tokens"/> holds, for scanning most of
    /// its sentences.</summary>
    public TimeGrammar(TimeLexicon lexicon, TextLayer layer, NumberTokens tokens)
        : this(lexicon, layer, tokens.FactArray)
    {
    }

    /// <summary>A grammar that looks up the tokens of each sentence it scans, for scanning a few sentences of a
    /// document.</summary>
    public TimeGrammar(TimeLexicon lexicon, TextLayer layer)
        : this(lexicon, layer, (NumberFacts[]?)null)
    {
    }

    private TimeGrammar(TimeLexicon lexicon, TextLayer layer, NumberFacts[]? documentFacts)
    {
        this.lexicon = lexicon;
        this.layer = layer;
        text = layer.Text;
        buffers = spare ?? new Buffers();
        spare = null;
        buffer = buffers.Tokens;
        starts = buffers.Starts;
        details = buffers.Details;
        stamp = buffers.Stamp;
        ownFacts = documentFacts is null;
        if (documentFacts is null && buffers.Facts.Length < layer.Tokens.Length)
        {
            buffers.Facts = new NumberFacts[Math.Max(layer.Tokens.Length, buffers.Facts.Length * 2)];
        }

        facts = documentFacts ?? buffers.Facts;
    }

    /// <summary>The order of day and month in this document's all-digit dates, read once when first needed.</summary>
    private TimeNumericOrder Order => order ??= DetectOrder();

    public void Dispose()
    {
        if (buffer.Length > 0)
        {
            details.AsSpan(1, detailCount - 1).Clear();
            (buffers.Tokens, buffers.Starts, buffers.Details, buffers.Stamp) = (buffer, starts, details, stamp);
            spare = buffers;
        }

        buffer = [];
        starts = [];
        details = [];
    }

    /// <summary>Adds the expressions of <paramref name="sentence"/> to <paramref name="into"/>, in text order, trying
    /// every token of the sentence as a start.</summary>
    public void Scan(Sentence sentence, List<TimeExpression> into)
    {
        Begin(sentence);
        if (ownFacts)
        {
            LookUp(s, e);
        }

        var count = 0;
        var any = false;
        for (var k = s; k < e; k++)
        {
            Select(k, ref count, ref any);
        }

        Run(count, any, into);
    }

    /// <summary>Adds the expressions of <paramref name="sentence"/> to <paramref name="into"/>, in text order, trying
    /// only <paramref name="candidates"/> as starts: the sentence's tokens among <see cref="NumberTokens.TimeStarts"/>,
    /// in order. The result is the same as trying every token, but only the candidates and the tokens the rules
    /// read around them are classified.</summary>
    public void Scan(Sentence sentence, ReadOnlySpan<int> candidates, List<TimeExpression> into)
    {
        Begin(sentence);
        if (ownFacts)
        {
            LookUp(s, e);
        }

        var count = 0;
        var any = false;
        foreach (var k in candidates)
        {
            Select(k, ref count, ref any);
        }

        Run(count, any, into);
    }

    /// <summary>Makes <paramref name="sentence"/> the one the rules read: no token of it is classified yet.</summary>
    private void Begin(Sentence sentence)
    {
        s = sentence.FirstToken;
        e = sentence.EndToken;
        if (e - s > buffer.Length)
        {
            buffer = new TimeToken[e - s];
            starts = new int[e - s];
        }

        details.AsSpan(1, detailCount - 1).Clear();
        detailCount = 1;
        if (details.Length <= e - s)
        {
            details = new TimeTokenDetail[Math.Max(e - s + 1, details.Length * 2)];
        }

        // A new mark leaves every slot stale at once; only when the marks run out is the buffer cleared.
        if (stamp == int.MaxValue)
        {
            buffer.AsSpan().Clear();
            stamp = 0;
        }

        stamp++;
        hasWord = 0;
    }

    /// <summary>Notes in <see cref="starts"/> whether an expression may start at token <paramref name="k"/>, and
    /// whether at the "the" before it; <paramref name="any"/> becomes true when token <paramref name="k"/> starts one.</summary>
    /// <remarks>A "the" that starts nothing itself starts an expression when the token after it is a day, a decade,
    /// a quoted decade or a qualifier ("the 18th", "the 1990s", "the '90s", "the early 2000s"); such a "the" counts
    /// only in a sentence where some token starts an expression of its own.</remarks>
    private void Select(int k, ref int count, ref bool any)
    {
        ref var t = ref T(k);
        if (k > s && (facts[k - 1] & NumberFacts.The) != 0 &&
            (t.Number >= 0 || t.Ordinal > 0 || t.Decade > 0 || (facts[k] & NumberFacts.Qualifier) != 0 || IsQuote(k)) && !T(k - 1).Start)
        {
            starts[count++] = k - 1;
        }

        if (t.Start)
        {
            starts[count++] = k;
            any = true;
        }
    }

    /// <summary>Tries the rules at the first <paramref name="count"/> <see cref="starts"/>, when
    /// <paramref name="any"/> token starts an expression of its own.</summary>
    private void Run(int count, bool any, List<TimeExpression> into)
    {
        if (!any)
        {
            return;
        }

        var next = s;
        for (var c = 0; c < count; c++)
        {
            var i = starts[c];
            if (i >= next)
            {
                next = TryAt(i, into) is var end and > 0 ? end : i + 1;
            }
        }
    }

    private bool IsQuote(int k)
    {
        var span = layer.Tokens[k].Span;
        return span.Length == 1 && text[span.Start] is '\'' or '’';
    }

    // ---- classification ----------------------------------------------------------------------------------

    /// <summary>Fills this grammar's own facts of tokens <paramref name="first"/> to <paramref name="end"/>, as
    /// <see cref="NumberTokens"/> fills the time side of a document's.</summary>
    private void LookUp(int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            var lower = layer.TokenLower(k);
            facts[k] = lexicon.Facts(lower) | (lower.Contains('-') ? NumberFacts.Hyphen : NumberFacts.None);
        }
    }

    private TimeNumericOrder DetectOrder()
    {
        if (ownFacts)
        {
            LookUp(0, layer.Tokens.Length);
        }

        return TimeNumericOrders.Detect(layer, lexicon, facts);
    }

    /// <summary>Fills <paramref name="t"/>, the slot of token <paramref name="i"/>, with what the token can contribute
    /// to an expression: done when a rule first reads the token, so the many tokens no rule reads are never
    /// classified.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Classify(int i, ref TimeToken t)
    {
        t = default;
        t.Number = -1;
        t.Stamp = stamp;
        var fact = facts[i];
        var token = layer.Tokens[i];
        ref var detail = ref details[detailCount];
        var lower = layer.Lower.AsSpan(token.Span.Start, token.Span.Length);
        switch (token.Shape)
        {
            case TokenShape.Number:
                ClassifyNumber(ref t, ref detail, lower);
                t.Start = t.Number >= 0 || !detail.Inner.IsNone;
                break;
            case TokenShape.Alphanumeric:
                ClassifyAlphanumeric(ref t, ref detail, lower);
                t.Start = t.Ordinal > 0 || t.Decade > 0 || !detail.Inner.IsNone;
                break;
            case TokenShape.Lower or TokenShape.Capitalized or TokenShape.AllCaps or TokenShape.Mixed:
                ClassifyWord(ref t, ref detail, lower, i, fact);
                break;
            case TokenShape.Symbol:
                // Currency and other signs block a number after them ("$2020", "© 2024").
                if ((fact & NumberFacts.TimeIdBits) != 0)
                {
                    t.Word = lexicon.WordOf(fact);
                }

                break;
        }

        if (!detail.IsEmpty)
        {
            t.Detail = detailCount++;
        }
    }

    /// <summary>True when the sentence has a word or a token with letters and digits; found when first asked.</summary>
    private bool SentenceHasWord()
    {
        if (hasWord == 0)
        {
            hasWord = 2;
            for (var k = s; k < e; k++)
            {
                if (IsWordToken(k))
                {
                    hasWord = 1;
                    break;
                }
            }
        }

        return hasWord == 1;
    }

    private void ClassifyWord(ref TimeToken t, ref TimeTokenDetail detail, ReadOnlySpan<char> lower, int index, NumberFacts fact)
    {
        if ((fact & NumberFacts.TimeIdBits) == 0)
        {
            // Most words are no time word; only a hyphenated one can still hold a date ("mid-September").
            if ((fact & NumberFacts.Hyphen) != 0)
            {
                detail.Inner = Hyphenated(lower, out detail.InnerTo);
                t.Start = !detail.Inner.IsNone;
            }

            return;
        }

        t.Word = lexicon.WordOf(fact);

        if (t.Word.StartsPhrase)
        {
            detail.Phrase = lexicon.PhraseAt(layer, index, e);
        }

        if (t.Word.Is(TimeRoles.Ordinal))
        {
            t.Ordinal = t.Word.Value;
        }

        if (t.Word.Roles == TimeRoles.None && (fact & NumberFacts.Hyphen) != 0)
        {
            detail.Inner = Hyphenated(lower, out detail.InnerTo);
        }

        t.Start = (t.Word.Roles & TimeLexicon.StartRoles) != 0 || detail.Phrase.Roles != TimeRoles.None || t.Ordinal > 0 || !detail.Inner.IsNone;
    }

    private static void ClassifyNumber(ref TimeToken t, ref TimeTokenDetail detail, ReadOnlySpan<char> lower)
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
            detail.Inner = TimePoint.OfDay(Digits(a), Digits(b), Digits(c));
        }
        else if (a.Length <= 2 && c.Length == 4)
        {
            var (first, second) = (Digits(a), Digits(b));
            detail.Inner = second > 12 && first <= 12
                ? TimePoint.OfDay(Digits(c), first, second)
                : TimePoint.OfDay(Digits(c), second, first);
        }

        if (!detail.Inner.IsValid)
        {
            detail.Inner = default;
        }
    }

    private void ClassifyAlphanumeric(ref TimeToken t, ref TimeTokenDetail detail, ReadOnlySpan<char> lower)
    {
        if (lower.Contains('-'))
        {
            detail.Inner = Hyphenated(lower, out detail.InnerTo);
            if (!detail.Inner.IsNone)
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
            detail.Inner = TimePoint.OfDay(0, month.Month, number);
            if (!detail.Inner.IsValid)
            {
                detail.Inner = default;
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
                if (into.Count > before)
                {
                    into[before] = into[before] with { First = i };
                }

                return end;
            }

            return t.Word.ShortForm ? 0 : JoinSpan(TryWeekday(i, TimeReference.Bare, i, into), into);
        }

        var count = into.Count;
        var found = TryCalendar(i, into);
        if (found > 0)
        {
            return into.Count > count ? SkipTrailingWeekday(found, into) : found;
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

        if (!D(i).Inner.IsNone)
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

        if (t.Decade > 0 || (IsIn(i, NumberFacts.The) && i + 1 < e))
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
        if (IsIn(j, NumberFacts.Leading) && j + 1 < e)
        {
            j++;
        }

        if (!IsIn(j, NumberFacts.Connector))
        {
            return ConnectorKind.None;
        }

        width = j - i + 1;
        return IsIn(j, NumberFacts.And) ? ConnectorKind.And : ConnectorKind.Span;
    }

    /// <summary>True when a span opener ("between", "from") stands right before the expression at
    /// <paramref name="i"/> (or before its "the").</summary>
    private bool OpensSpan(int i)
    {
        var j = i - 1;
        if (j >= s && IsIn(j, NumberFacts.The))
        {
            j--;
        }

        return j >= s && IsIn(j, NumberFacts.SpanOpener);
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

            // "they'll": the contraction is one token; its last letter rules out nearly every other word at once.
            if (IsIn(j, NumberFacts.FutureCue) || (layer.TokenLower(j) is { Length: >= 3 } lower && lower[^1] == 'l' &&
                (lower.EndsWith("'ll", StringComparison.Ordinal) || lower.EndsWith("’ll", StringComparison.Ordinal))))
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
        i > s && Capitalised(i) && Capitalised(i - 1) && T(i - 1).Word.Roles == TimeRoles.None && !IsIn(i - 1, NumberFacts.Preposition);

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
        return lower.Length >= 4 && lower[^1] == 's' && lower[^2] is not ('s' or 'u' or 'i') && (facts[i] & NumberFacts.NotPlural) == 0 &&
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

    /// <summary>The slot of token <paramref name="i"/> of the sentence, classified when first read.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref TimeToken T(int i)
    {
        Debug.Assert(i >= s && i < e, "The rules read only the tokens of the sentence.");
        ref var t = ref buffer[i - s];
        if (t.Stamp != stamp)
        {
            Classify(i, ref t);
        }

        return ref t;
    }

    /// <summary>The arrays a grammar works in; they only grow.</summary>
    private sealed class Buffers
    {
        public TimeToken[] Tokens = new TimeToken[64];
        public int[] Starts = new int[64];
        public TimeTokenDetail[] Details = new TimeTokenDetail[64];
        public NumberFacts[] Facts = [];

        /// <summary>The mark of the last sentence scanned with <see cref="Tokens"/> (<see cref="TimeToken.Stamp"/>).</summary>
        public int Stamp;
    }

    /// <summary>The rare parts of token <paramref name="i"/>: its phrase and the date inside it.</summary>
    private ref readonly TimeTokenDetail D(int i) => ref details[T(i).Detail];

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

    /// <summary>True when token <paramref name="i"/> is in the sentence and in one of the word classes of
    /// <paramref name="classes"/> (<see cref="TimeGrammarWords"/>).</summary>
    private bool IsIn(int i, NumberFacts classes) => i < e && (facts[i] & classes) != 0;

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
