using System.Collections.Immutable;
using Attest.Model;
using Attest.Text;

namespace Attest.Mentions;

/// <summary>Finds the figures of one document, sentence by sentence. Made for one call of
/// <see cref="FigureStage.Find"/>; the document's <see cref="NumberTokens"/> give the vocabulary entry of every token.</summary>
/// <remarks>
/// <para>A number is a figure only when a cue governs it within its clause, by one of these rules, tried in order:</para>
/// <list type="number">
/// <item><c>figure.object</c>: it is the object of a cue verb ("killing two civilians", "detained 31 protesters").</item>
/// <item><c>figure.of</c>: a cue takes it through a preposition ("the deaths of five residents", "damage to 20 houses").</item>
/// <item><c>figure.subject</c>: it counts the subject of a cue verb or adjective ("79 personnel were killed",
/// "two civilians died", "14 injured"), across modifiers, a parenthesis and a list of coordinated subjects.</item>
/// <item><c>figure.noun</c>: it counts a cue noun ("32 acts of terrorism", "135 losses", "five of the hostages").</item>
/// <item><c>figure.toll</c>: a toll noun precedes it in the clause ("the death toll rose to 45").</item>
/// <item><c>figure.subset</c>: it follows "among them" or "including" and takes the kind of the figure before it
/// in the sentence ("five residents, among them two children").</item>
/// </list>
/// <para>An article counts one only for killed, injured and detained, and only by rules 1, 2, 4 and 6
/// ("the death of an employee", "a civilian was killed"). Numbers next to a blocker (dates, units, money,
/// article numbers, ages), years, negated and hypothetical figures are skipped.</para>
/// </remarks>
internal sealed class FigureScanner
{
    /// <summary>How far the subject rule looks right of a number for the cue.</summary>
    private const int SubjectWindow = 18;

    /// <summary>Most words in a counted phrase before its verb ("79 armed forces personnel").</summary>
    private const int MaxSubjectWords = 8;

    /// <summary>Longest parenthesis skipped between a subject and its verb (", many of them carrying flags,").</summary>
    private const int MaxParenthesis = 12;

    /// <summary>How far the toll rule looks left of a number.</summary>
    private const int TollWindow = 8;

    private readonly TextLayer layer;
    private readonly NumberWords numberWords;
    private readonly FigureVocabulary vocabulary;
    private readonly NumberTokens numberTokens;
    private readonly NumberFacts[] facts;
    private readonly ImmutableArray<Token> tokens;
    private readonly ImmutableArray<FigureMention>.Builder found = ImmutableArray.CreateBuilder<FigureMention>();
    private int start;
    private int end;
    private FigureKind? last;
    private int lastPhraseEnd;

    public FigureScanner(TextLayer layer, NumberWords words)
    {
        this.layer = layer;
        numberWords = words;
        vocabulary = words.Figures;
        numberTokens = NumberTokens.Of(layer, words);
        facts = numberTokens.FactArray;
        tokens = layer.Tokens;
    }

    private enum Rule : byte
    {
        Object,
        Of,
        Noun,
        Subject,
        Toll,
        Subset,
    }

    /// <summary>Finds the figures.</summary>
    public ImmutableArray<FigureMention> Run()
    {
        // The document's token facts name the few tokens where a figure can start (numbers, number words, articles,
        // hyphenated words); the rules visit only those.
        var candidates = numberTokens.FigureStarts;
        var count = candidates.Length;
        var c = 0;
        foreach (var sentence in layer.Sentences)
        {
            start = sentence.FirstToken;
            end = sentence.EndToken;
            last = null;
            lastPhraseEnd = start;
            var i = start;
            while (c < count && candidates[c] < end)
            {
                var k = candidates[c++];
                if (k >= i)
                {
                    i = Math.Max(k + 1, At(k));
                }
            }
        }

        return found.ToImmutable();
    }

    /// <summary>Tries a figure at token <paramref name="i"/>, a candidate of <see cref="Run"/>; returns the token to
    /// go on from.</summary>
    private int At(int i)
    {
        var word = Word(i);
        if (NumberReader.CanStart(layer, numberWords, facts.AsSpan(), i) && NumberReader.TryRead(layer, numberWords, facts.AsSpan(), i, end, out var number))
        {
            return Number(number, article: false);
        }

        // An article inside the phrase of the figure before it, after a comma, is an apposition to that figure's
        // counted phrase ("One civilian, a 78-year-old woman, was injured"), not a second count.
        if (word is not null && word.Has(FigureRoles.Article) && IsArticleOne(i)
            && !(i < lastPhraseEnd && i > start && (IsText(i - 1, ",") || IsText(i - 1, "("))))
        {
            return Number(new NumberMatch(1, i, i + 1, false), article: true);
        }

        return i + 1;
    }

    /// <summary>"a civilian", "an employee": an article before a word that can be counted, not "a number of".</summary>
    private bool IsArticleOne(int i)
    {
        var next = i + 1;
        if (next >= end || !IsWord(next))
        {
            return false;
        }

        // "a total of", "an estimated", "a further": the article starts a bound, and the number follows.
        if (PhraseAt(i, FigurePhraseType.Bound, static p => p.Before) is not null)
        {
            return false;
        }

        var word = Word(next);
        return word is null || !(word.Has(FigureRoles.Collective | FigureRoles.Determiner | FigureRoles.Article | FigureRoles.Stop)
            || word.Number > 0 || CueAt(next) is { Cue.Pos: FigureCuePos.Noun });
    }

    private int Number(NumberMatch number, bool article)
    {
        // Bounds before the number: "more than", "at least", "a total of more than".
        var boundStart = number.First;
        var bound = FigureBound.Exact;
        for (var n = 0; n < 2; n++)
        {
            var phrase = PhraseEndingAt(boundStart, FigurePhraseType.Bound, static p => p.Before);
            if (phrase is null)
            {
                break;
            }

            boundStart -= phrase.Length;
            bound = Stronger(bound, phrase.Bound);
        }

        var numberEnd = number.End;
        var value = number.Value;
        var yearLike = number.YearLike;

        // Ranges: "between 30 and 50", "30 to 50", "30-50", "two or three".
        if (!article && numberEnd + 1 < end && IsRangeConnector(numberEnd, bound == FigureBound.Range)
            && NumberReader.TryRead(layer, numberWords, facts.AsSpan(), numberEnd + 1, end, out var upper) && upper.Value > value)
        {
            if (boundStart > start && layer.TokenLower(boundStart - 1).SequenceEqual("from"))
            {
                // "rose from 5 to 12": the first number is where a count started, not a count.
                return numberEnd;
            }

            numberEnd = upper.End;
            yearLike = false;
            bound = bound == FigureBound.Max ? FigureBound.Max : FigureBound.Range;
        }
        else if (bound == FigureBound.Range)
        {
            bound = FigureBound.Exact;
        }

        var figureEnd = numberEnd;
        if (PhraseAt(numberEnd, FigurePhraseType.Bound, static p => p.After) is { } after)
        {
            bound = Stronger(bound, after.Bound);
            figureEnd = numberEnd + after.Length;
        }

        if (Blocked(boundStart, number.First, numberEnd, yearLike, out var resume))
        {
            return resume;
        }

        if (bound == FigureBound.Max || Negated(boundStart))
        {
            return figureEnd;
        }

        if (!Resolve(boundStart, figureEnd, article, out var kind, out var rule, out var cue, out var counted)
            || (value == 1 && bound != FigureBound.Range && !CountsOne(kind)))
        {
            return figureEnd;
        }

        var phraseStart = Math.Min(boundStart, cue.Start);
        var phraseEnd = Math.Max(Math.Max(figureEnd, cue.End), counted.End);
        var firstSpan = tokens[phraseStart].Span;
        var lastSpan = tokens[phraseEnd - 1].Span;
        var numberSpan = Span.FromBounds(tokens[number.First].Span.Start, tokens[numberEnd - 1].Span.End);
        var min = bound is FigureBound.Min or FigureBound.Range;
        var countedText = counted.Length == 0
            ? null
            : layer.Text[tokens[counted.Start].Span.Start..tokens[counted.End - 1].Span.End];
        var evidence = new Evidence([Span.FromBounds(firstSpan.Start, lastSpan.End), numberSpan], RuleId(rule, cue.Cue));
        found.Add(new FigureMention(min ? null : value, min ? value : null, kind, countedText, evidence));
        last = kind;
        lastPhraseEnd = phraseEnd;
        return figureEnd;
    }

    private bool Resolve(int boundStart, int figureEnd, bool article, out FigureKind kind, out Rule rule, out CueSpan cue, out TokenRange counted)
    {
        kind = FigureKind.Other;
        counted = default;
        if (ObjectOf(boundStart, article, out cue))
        {
            rule = Rule.Object;
            counted = CountedAfter(figureEnd);
        }
        else if (PrepositionOf(boundStart, out cue))
        {
            rule = Rule.Of;
            counted = CountedAfter(figureEnd);
        }
        else if (SubjectOf(figureEnd, out cue) && (!AfterOf(boundStart) || cue.Start == figureEnd))
        {
            // Before the noun rule, so that "three hostages were killed" counts the killed.
            rule = Rule.Subject;
            counted = CountedAfter(figureEnd);
        }
        else if (!article && NounAfter(figureEnd, out cue, out counted))
        {
            rule = Rule.Noun;
        }
        else if (!article && TollBefore(boundStart, out cue))
        {
            rule = Rule.Toll;
        }
        else if (last is { } inherited && PhraseEndingAt(boundStart, FigurePhraseType.Subset, static _ => true) is { } subset)
        {
            rule = Rule.Subset;
            kind = inherited;
            cue = new CueSpan(boundStart - subset.Length, boundStart, null);
            counted = CountedAfter(figureEnd);
            return !article || IsPersonKind(kind);
        }
        else
        {
            rule = default;
            cue = default;
            return false;
        }

        kind = cue.Cue!.Kind;
        return !article || IsPersonKind(kind);
    }

    /// <summary>"members of one family", "two of the four soldiers": a number after "of" belongs to a phrase whose
    /// head is counted, not to the verb that follows, unless the cue comes right after it ("of the 1,200 killed").</summary>
    private bool AfterOf(int boundStart)
    {
        var k = boundStart - 1;
        if (k > start && Word(k) is { } det && det.Has(FigureRoles.Determiner))
        {
            k--;
        }

        return k >= start && IsText(k, "of");
    }

    /// <summary>A count of one is reported only for people killed, injured or detained ("the death of an
    /// employee"); one attack or one damaged house is the incident itself, not a figure about it.</summary>
    private static bool CountsOne(FigureKind kind) => IsPersonKind(kind);

    /// <summary>Rule 1: "killing two", "detained 31 protesters", "killed at least 14"; not "to kill two",
    /// "could kill 100", "did not kill"; with an article only "killed a guard" or ", wounding a guard".</summary>
    private bool ObjectOf(int boundStart, bool article, out CueSpan cue)
    {
        cue = default;
        var phrase = CueEndingAt(boundStart, out var cueStart);
        if (phrase?.Cue is not { Pos: FigureCuePos.Verb, Object: true } c || Hypothetical(cueStart))
        {
            return false;
        }

        if (article && EndsWithIng(boundStart - 1) && !(cueStart > start && IsCommaOrAnd(cueStart - 1)))
        {
            // "detaining a journalist violates …" is a generic act, ", killing a civilian" a reported one.
            return false;
        }

        cue = new CueSpan(cueStart, boundStart, c);
        return true;
    }

    /// <summary>Rule 2: "the deaths of five residents", "the death of an employee", "damage to at least 20 houses",
    /// "a group of about 50 young men".</summary>
    private bool PrepositionOf(int boundStart, out CueSpan cue)
    {
        cue = default;
        var p = boundStart - 1;
        if (p > start && Word(p) is { } det && det.Has(FigureRoles.Determiner))
        {
            p--;
        }

        if (p <= start || Word(p) is not { } prep || !prep.Has(FigureRoles.Preposition))
        {
            return false;
        }

        var phrase = CueEndingAt(p, out var cueStart);
        if (phrase?.Cue is not { } c || !c.TakesPreposition(layer.TokenLower(p)))
        {
            return false;
        }

        cue = new CueSpan(cueStart, p, c);
        return true;
    }

    /// <summary>Rule 3: "32 acts of terrorism", "135 losses among its own personnel", "five more deaths",
    /// "five of the hostages"; the counted phrase is what follows "among" or "of".</summary>
    private bool NounAfter(int from, out CueSpan cue, out TokenRange counted)
    {
        cue = default;
        counted = default;
        var k = from;
        if (k < end && IsText(k, "of"))
        {
            k++;
            if (k < end && Word(k) is { } det && det.Has(FigureRoles.Determiner))
            {
                k++;
            }
        }

        var phraseStart = k;
        for (var modifiers = 0; k < end; modifiers++)
        {
            if (CueAt(k) is { } phrase)
            {
                if (phrase.Cue is not { Pos: FigureCuePos.Noun, Count: true } c)
                {
                    return false;
                }

                var cueEnd = k + phrase.Length;
                cue = new CueSpan(k, cueEnd, c);
                if (c.People)
                {
                    // "35 Armenian prisoners": the noun is whom the figure counts.
                    counted = new TokenRange(phraseStart, cueEnd);
                }
                else if (cueEnd < end && Word(cueEnd) is { } prep && prep.Has(FigureRoles.Preposition)
                    && (IsText(cueEnd, "among") || IsText(cueEnd, "of")))
                {
                    counted = CountedAfter(cueEnd + 1, skipOf: false);
                }

                return true;
            }

            if (modifiers == 2 || !IsModifier(k))
            {
                return false;
            }

            k++;
        }

        return false;
    }

    /// <summary>Rule 4: the number counts the subject of a cue verb or adjective later in the clause.</summary>
    private bool SubjectOf(int from, out CueSpan cue)
    {
        cue = default;
        var j = from;
        var inVerb = false;
        var passive = false;
        var determinerAllowed = false;
        var subjectWords = 0;
        var coordinatedVerb = false;
        var crossedComma = false;
        var listOpen = false;
        var listJoined = false;
        var limit = Math.Min(end, from + SubjectWindow);
        while (j < limit)
        {
            var token = tokens[j];
            if ((token.Flags & TokenFlags.FootnoteMarker) != 0)
            {
                j++;
                continue;
            }

            if (CueAt(j) is { } phrase)
            {
                var c = phrase.Cue!;
                var cueEnd = j + phrase.Length;
                if (c.Pos == FigureCuePos.Noun)
                {
                    // A noun for people ("hostages") is part of the subject and a verb cue after it decides; a noun
                    // for events ("explosions", "acts of terrorism") keeps its own kind.
                    if (inVerb || !c.People || (subjectWords += phrase.Length) > MaxSubjectWords)
                    {
                        return false;
                    }

                    determinerAllowed = false;
                    j = cueEnd;
                    continue;
                }

                // "houses, the school and the station were damaged" is a list; "residents, was destroyed" is not.
                // "fired at 3,000 protesters and detained dozens": a verb right after "and" has the subject of the
                // verb before it, which is not the number's phrase.
                if ((c.Passive && !passive) || (listOpen && !listJoined)
                    || (!inVerb && c.Pos == FigureCuePos.Verb && j > from && Word(j - 1) is { } conj && conj.Has(FigureRoles.Conjunction)))
                {
                    return false;
                }

                // "gunmen killed a guard": an active verb with an object of its own counts the object, not the subject.
                if (c.Pos == FigureCuePos.Verb && c.Object && !passive && ObjectFollows(cueEnd))
                {
                    return false;
                }

                cue = new CueSpan(j, cueEnd, c);
                return true;
            }

            var word = Word(j);
            if (word is not null && word.Has(FigureRoles.Negator | FigureRoles.Modal | FigureRoles.Stop))
            {
                return false;
            }

            if (token.Shape == TokenShape.Punctuation)
            {
                if (inVerb)
                {
                    return false;
                }

                if (IsText(j, ","))
                {
                    // ", many of them carrying flags," is skipped; a comma without a partner opens a list of
                    // coordinated subjects ("houses, the school and the pumping station were damaged").
                    var close = Partner(j, ",");
                    j = close >= 0 ? close + 1 : j + 1;
                    determinerAllowed = close < 0;
                    listOpen |= close < 0;
                    crossedComma = true;
                    continue;
                }

                if ((token.Flags & TokenFlags.OpeningBracket) != 0)
                {
                    var close = Partner(j, ")");
                    if (close < 0)
                    {
                        return false;
                    }

                    j = close + 1;
                    continue;
                }

                return false;
            }

            if (word is not null && word.Has(FigureRoles.Aux))
            {
                if (listOpen && !listJoined)
                {
                    return false;
                }

                inVerb = true;
                passive |= word.Has(FigureRoles.Passive);
                j++;
                continue;
            }

            if (inVerb)
            {
                // "were beaten and injured", "were seriously injured".
                if (IsAdverb(j) || (coordinatedVerb && word is not null && word.Has(FigureRoles.Conjunction)))
                {
                    j++;
                    continue;
                }

                if (!coordinatedVerb && IsWord(j) && word is null && j + 1 < limit && Word(j + 1) is { } conj && conj.Has(FigureRoles.Conjunction))
                {
                    coordinatedVerb = true;
                    j++;
                    continue;
                }

                return false;
            }

            if (word is not null && word.Has(FigureRoles.Conjunction | FigureRoles.Preposition))
            {
                determinerAllowed = true;
                listJoined |= word.Has(FigureRoles.Conjunction);
                j++;
                if (j < limit && Word(j) is { } det && det.Has(FigureRoles.Determiner) && word.Has(FigureRoles.Preposition))
                {
                    j++;
                }

                if (j < limit && NumberReader.TryRead(layer, numberWords, facts.AsSpan(), j, end, out var other))
                {
                    // "2 of the 15 wounded": a cue right after the inner number is that number's.
                    if (word.Has(FigureRoles.Preposition) && other.End < limit && CueAt(other.End) is not null)
                    {
                        return false;
                    }

                    // "three soldiers and two civilians were injured": the second number is a figure of its own;
                    // "members of one family", "two of the four soldiers": a number inside the counted phrase.
                    // After a comma a number more likely starts a clause of its own ("…, and 23 were wounded").
                    if (crossedComma && word.Has(FigureRoles.Conjunction))
                    {
                        return false;
                    }

                    j = other.End;
                }

                continue;
            }

            if (word is not null && word.Has(FigureRoles.Determiner | FigureRoles.Article | FigureRoles.Pronoun))
            {
                if (!determinerAllowed)
                {
                    return false;
                }

                j++;
                continue;
            }

            if (token.Shape == TokenShape.Number || (word is not null && word.Number > 0) || !IsWord(j) || ++subjectWords > MaxSubjectWords)
            {
                return false;
            }

            determinerAllowed = false;
            j++;
        }

        return false;
    }

    /// <summary>Rule 5: "the death toll rose to 45", "put the toll at five".</summary>
    private bool TollBefore(int boundStart, out CueSpan cue)
    {
        cue = default;
        for (var k = boundStart; k > start && boundStart - k < TollWindow; k--)
        {
            if (CueEndingAt(k, out var cueStart) is { Cue: { Toll: true } c })
            {
                cue = new CueSpan(cueStart, k, c);
                return true;
            }

            var before = k - 1;
            var word = Word(before);
            if (before - 1 > start && IsNumberToken(before) && IsText(before - 1, "from"))
            {
                // "rose from 5 to 12": the starting value is passed over.
                continue;
            }

            if ((tokens[before].Shape == TokenShape.Punctuation && (tokens[before].Flags & TokenFlags.Possessive) == 0)
                || tokens[before].Shape == TokenShape.Number
                || (word is not null && (word.Number > 0 || word.Has(FigureRoles.Stop | FigureRoles.Negator))))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>True when the number is a date, a time, a year, an age, money, a measure or a reference.</summary>
    private bool Blocked(int boundStart, int first, int numberEnd, bool yearLike, out int resume)
    {
        resume = numberEnd;

        // A blocker before: "Article 22", "aged 34", "$5", "September 18", also across a list: "Articles 22 and 29".
        var back = boundStart;
        while (back - 2 >= start && IsListLink(back - 1) && IsNumberToken(back - 2)
            && (!IsText(back - 1, ",") || (boundStart == first && !(numberEnd < end && IsWord(numberEnd) && !IsListLink(numberEnd)))))
        {
            // A comma joins a list ("Articles 22, 29 and 41") but not a date to the count after it
            // ("in February 2022, more than 7,000 civilians").
            back -= 2;
        }

        if (BlockerBefore(back) || BlockerBefore(first))
        {
            resume = SkipList(numberEnd);
            return true;
        }

        // A blocker after: "40 minutes", "25 percent", "8 and 9 March", "7-8 March".
        var ahead = numberEnd;
        while (ahead + 1 < end && IsListLink(ahead) && IsNumberToken(ahead + 1)
            && (!IsText(ahead, ",") || (ahead + 2 < end && IsListLink(ahead + 2))))
        {
            // "8, 9 and 10 March" is a list of days; in "killed 5, 10 minutes later" the comma ends the count.
            ahead += 2;
        }

        if (PhraseAt(ahead, FigurePhraseType.Blocker, static p => p.After) is not null
            || PhraseAt(numberEnd, FigurePhraseType.Blocker, static p => p.After) is not null)
        {
            resume = ahead;
            return true;
        }

        // "Anton Lisek, 29, died", "Lisek (29)": a number set off right after a name is an age.
        if (first == boundStart && first - 2 >= start && numberEnd < end
            && (IsText(first - 1, ",") || IsText(first - 1, "(")) && (IsText(numberEnd, ",") || IsText(numberEnd, ")"))
            && tokens[first - 2].Shape is TokenShape.Capitalized or TokenShape.AllCaps && Word(first - 2) is null)
        {
            return true;
        }

        // "3/2024", "24/7", "No.5": a number glued to a slash or a symbol is a reference or a ratio.
        if ((first > start && IsGlued(first - 1, first)) || (numberEnd < end && IsGlued(numberEnd - 1, numberEnd)))
        {
            return true;
        }

        // A bare year-like number counts only where a count can stand: at the start of the clause, after a bound
        // or a cue verb, and before a word ("2000 people died"); "in 1998", "the 2020 attacks" are years.
        if (yearLike)
        {
            var prev = boundStart - 1;
            var countable = boundStart < first
                || prev < start
                || (CueEndingAt(boundStart, out _) is { Cue: { Pos: FigureCuePos.Verb, Object: true } })
                || (Word(prev) is { } w && w.Has(FigureRoles.Conjunction));
            if (!countable || numberEnd >= end || tokens[numberEnd].Shape != TokenShape.Lower)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A blocker that ends just before token <paramref name="k"/>; a month that already has its day before
    /// it ("on 5 May 3 soldiers were wounded") does not take the number after it.</summary>
    private bool BlockerBefore(int k)
    {
        var blocker = PhraseEndingAt(k, FigurePhraseType.Blocker, static p => p.Before);
        if (blocker is null)
        {
            return false;
        }

        var blockerStart = k - blocker.Length;
        return !(blocker.After && blockerStart > start && IsNumberToken(blockerStart - 1));
    }

    /// <summary>"none of the 40", "not a single", "no one": a negator just before the number (past "of the").</summary>
    private bool Negated(int boundStart)
    {
        for (var k = boundStart - 1; k >= start && boundStart - k <= 3; k--)
        {
            var word = Word(k);
            if (word is null)
            {
                return false;
            }

            if (word.Has(FigureRoles.Negator))
            {
                return true;
            }

            if (!(word.Has(FigureRoles.Determiner) || IsText(k, "of") || IsText(k, "single")))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A modal, the infinitive "to" or a negator before a verb: "could kill", "to kill", "did not kill",
    /// "may have killed".</summary>
    private bool Hypothetical(int verb)
    {
        for (var k = verb - 1; k >= start && verb - k <= 3; k--)
        {
            var word = Word(k);
            if (word is not null && word.Has(FigureRoles.Modal | FigureRoles.Negator))
            {
                // "claimed to have killed 200" reports a past act.
                return !(word.Has(FigureRoles.Infinitive) && Word(k + 1) is { } next && next.Has(FigureRoles.Perfect));
            }

            if (word is null ? !IsAdverb(k) : !word.Has(FigureRoles.Aux))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>After a verb: a number, an article, a determiner, a pronoun, a bound or a name, which make it active.</summary>
    private bool ObjectFollows(int k)
    {
        if (k >= end)
        {
            return false;
        }

        var token = tokens[k];
        if (token.Shape == TokenShape.Number)
        {
            return true;
        }

        var word = Word(k);
        if (word is not null)
        {
            if (word.Number > 0 || word.Has(FigureRoles.Article | FigureRoles.Determiner | FigureRoles.Pronoun))
            {
                return true;
            }

            if (word.Has(FigureRoles.Weekday) || PhraseAt(k, FigurePhraseType.Blocker, static p => p.Capitalized) is not null)
            {
                return false;
            }

            if (PhraseAt(k, FigurePhraseType.Bound, static p => p.Before) is not null)
            {
                return true;
            }
        }

        return token.Shape is TokenShape.Capitalized or TokenShape.AllCaps && (word is null || word.Roles == FigureRoles.None);
    }

    /// <summary>The phrase a figure counts, as written, from <paramref name="from"/>: "armed forces personnel",
    /// "our citizens" (after "of"), "members of staff"; it ends before a verb, a clause word or punctuation.</summary>
    private TokenRange CountedAfter(int from, bool skipOf = true)
    {
        var k = from;
        if (skipOf && k < end && IsText(k, "of"))
        {
            k++;
            if (k < end && IsText(k, "the"))
            {
                k++;
            }
        }

        var first = k;
        var stop = Math.Min(end, first + 6);
        while (k < stop)
        {
            // A past form after the first word is the verb, not part of the phrase: "20 men attacked the post".
            if (CueAt(k) is { Cue.People: false } || !IsWord(k) || tokens[k].Shape == TokenShape.Number || IsAdverb(k)
                || (k > first && tokens[k].Shape == TokenShape.Lower && layer.TokenLower(k).EndsWith("ed"))
                || PhraseAt(k, FigurePhraseType.Blocker, static p => p.Before) is not null
                || PhraseAt(k, FigurePhraseType.Bound, static _ => true) is not null)
            {
                break;
            }

            var word = Word(k);
            if (word is not null)
            {
                if (word.Number > 0 || word.Has(FigureRoles.Aux | FigureRoles.Stop | FigureRoles.Negator | FigureRoles.Modal
                    | FigureRoles.Conjunction | FigureRoles.Article | FigureRoles.Pronoun))
                {
                    break;
                }

                if (word.Has(FigureRoles.Determiner))
                {
                    if (k != first)
                    {
                        break;
                    }
                }
                else if (word.Has(FigureRoles.Preposition))
                {
                    // "members of staff" keeps its "of"; "residents of the village" stops before it.
                    if (k == first || !IsText(k, "of") || k + 1 >= stop || !IsWord(k + 1) || Word(k + 1) is not null || CueAt(k + 1) is not null)
                    {
                        break;
                    }
                }
            }

            k++;
        }

        // A determiner alone ("our") is not a phrase.
        if (k == first + 1 && Word(first) is { } only && only.Has(FigureRoles.Determiner))
        {
            k = first;
        }

        return new TokenRange(first, k);
    }

    /// <summary>A word that may stand between a number and the noun it counts: not a plural noun, not a grammar
    /// word, not a number ("terrorist", "separate", "Israeli", "more").</summary>
    private bool IsModifier(int k)
    {
        if (!IsWord(k) || tokens[k].Shape == TokenShape.Alphanumeric)
        {
            return false;
        }

        var word = Word(k);
        if (word is not null && (word.Roles != FigureRoles.None || word.Number > 0))
        {
            return false;
        }

        var lower = layer.TokenLower(k);
        return !(lower.Length > 3 && lower[^1] == 's' && !lower.EndsWith("ss") && !lower.EndsWith("us") && !lower.EndsWith("is"));
    }

    private bool IsRangeConnector(int k, bool between)
    {
        if ((tokens[k].Flags & TokenFlags.Dash) != 0)
        {
            return !between;
        }

        return between ? IsText(k, "and") : IsText(k, "to") || IsText(k, "or");
    }

    /// <summary>The matching closing token of a parenthesis or a pair of commas within reach, or -1. A stretch with
    /// a verb cue in it is not a parenthesis but the clause itself ("houses, the school and the station were
    /// damaged, he said").</summary>
    private int Partner(int open, string close)
    {
        for (var k = open + 1; k < end && k - open <= MaxParenthesis; k++)
        {
            if (IsText(k, close))
            {
                return k;
            }

            if (CueAt(k) is { Cue.Pos: not FigureCuePos.Noun })
            {
                return -1;
            }

            if (tokens[k].Shape == TokenShape.Punctuation && !IsText(k, "-") && (tokens[k].Flags & TokenFlags.Possessive) == 0)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The end of a run of numbers joined by "and", "to", "or", commas or dashes after a blocked number.</summary>
    private int SkipList(int k)
    {
        while (k + 1 < end && IsListLink(k) && IsNumberToken(k + 1))
        {
            k += 2;
        }

        return k;
    }

    private bool IsListLink(int k) =>
        IsText(k, ",") || IsText(k, "and") || IsText(k, "to") || IsText(k, "or") || (tokens[k].Flags & TokenFlags.Dash) != 0;

    private bool IsNumberToken(int k) => tokens[k].Shape == TokenShape.Number || Word(k) is { Number: > 0 };

    private bool IsGlued(int left, int right)
    {
        if (tokens[left].Span.End != tokens[right].Span.Start)
        {
            return false;
        }

        var shape = tokens[left].Shape == TokenShape.Number ? tokens[right] : tokens[left];
        return shape.Shape == TokenShape.Symbol || IsText(left, "/") || IsText(right, "/") || IsText(right, "%");
    }

    private bool IsCommaOrAnd(int k) => IsText(k, ",") || IsText(k, "and");

    private bool EndsWithIng(int k) => layer.TokenLower(k).EndsWith("ing");

    private bool IsAdverb(int k) => tokens[k].Shape == TokenShape.Lower && layer.TokenLower(k) is { Length: > 3 } w && w.EndsWith("ly");

    private bool IsWord(int k) => tokens[k].Shape is TokenShape.Lower or TokenShape.Capitalized or TokenShape.AllCaps
        or TokenShape.Mixed or TokenShape.Uncased or TokenShape.Alphanumeric
        || (tokens[k].Flags & TokenFlags.Possessive) != 0;

    private bool IsText(int k, string lower) => layer.TokenLower(k).SequenceEqual(lower);

    /// <summary>The vocabulary entry of token <paramref name="k"/>, or null; always null for a number.</summary>
    private FigureWord? Word(int k) => numberWords.FigureWord(facts[k]);

    private static bool IsPersonKind(FigureKind kind) => kind is FigureKind.Killed or FigureKind.Injured or FigureKind.Detained;

    private static FigureBound Stronger(FigureBound a, FigureBound b) => (FigureBound)Math.Max((int)a, (int)b);

    private static string RuleId(Rule rule, FigureCue? cue) => rule switch
    {
        Rule.Object => cue!.ObjectRule,
        Rule.Of => cue!.OfRule,
        Rule.Noun => cue!.NounRule,
        Rule.Subject => cue!.SubjectRule,
        Rule.Toll => cue!.TollRule,
        _ => "figure.subset",
    };

    /// <summary>The longest cue phrase starting at token <paramref name="k"/>.</summary>
    private FigurePhrase? CueAt(int k) => PhraseAt(k, FigurePhraseType.Cue, static _ => true);

    /// <summary>The longest cue phrase that ends just before token <paramref name="endExclusive"/>.</summary>
    private FigurePhrase? CueEndingAt(int endExclusive, out int cueStart)
    {
        for (var s = Math.Max(start, endExclusive - vocabulary.MaxPhraseLength); s < endExclusive; s++)
        {
            var length = endExclusive - s;
            if (Word(s) is not { } word || !word.Starts(FigurePhraseType.Cue, length))
            {
                continue;
            }

            // Phrases come longest first: once one is shorter than the gap, none after it can end here.
            foreach (var phrase in word.Phrases)
            {
                if (phrase.Length < length)
                {
                    break;
                }

                if (phrase.Type == FigurePhraseType.Cue && phrase.Length == length && Matches(phrase, s))
                {
                    cueStart = s;
                    return phrase;
                }
            }
        }

        cueStart = endExclusive;
        return null;
    }

    /// <summary>The longest phrase of <paramref name="type"/> starting at token <paramref name="k"/> that passes <paramref name="filter"/>.</summary>
    private FigurePhrase? PhraseAt(int k, FigurePhraseType type, Func<FigurePhrase, bool> filter)
    {
        if (k >= end || Word(k) is not { } word || !word.StartsAny(type))
        {
            return null;
        }

        foreach (var phrase in word.Phrases)
        {
            if (phrase.Type == type && filter(phrase) && Matches(phrase, k))
            {
                return phrase;
            }
        }

        return null;
    }

    /// <summary>The longest phrase of <paramref name="type"/> that ends just before token <paramref name="endExclusive"/>.</summary>
    private FigurePhrase? PhraseEndingAt(int endExclusive, FigurePhraseType type, Func<FigurePhrase, bool> filter)
    {
        for (var s = Math.Max(start, endExclusive - vocabulary.MaxPhraseLength); s < endExclusive; s++)
        {
            var length = endExclusive - s;
            if (Word(s) is not { } word || !word.Starts(type, length))
            {
                continue;
            }

            foreach (var phrase in word.Phrases)
            {
                if (phrase.Length < length)
                {
                    break;
                }

                if (phrase.Type == type && phrase.Length == length && filter(phrase) && Matches(phrase, s))
                {
                    return phrase;
                }
            }
        }

        return null;
    }

    private bool Matches(FigurePhrase phrase, int k)
    {
        if (k + phrase.Length > end)
        {
            return false;
        }

        if (phrase.Capitalized && tokens[k].Shape is not (TokenShape.Capitalized or TokenShape.AllCaps))
        {
            return false;
        }

        for (var n = 1; n < phrase.Length; n++)
        {
            if (!TokenFold.Spells(layer.TokenLower(k + n), phrase.Tokens[n]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Tokens <c>[Start, End)</c>; empty when equal.</summary>
    private readonly record struct TokenRange(int Start, int End)
    {
        public int Length => End - Start;
    }

    /// <summary>Where a cue stands and what it says.</summary>
    private readonly record struct CueSpan(int Start, int End, FigureCue? Cue);
}
