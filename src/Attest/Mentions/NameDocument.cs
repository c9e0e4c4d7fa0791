using System.Collections.Immutable;
using Attest.Lexicons;
using Attest.Text;

namespace Attest.Mentions;

/// <summary>One document's tokens as the name rules see them: the lexicon match over each token, the one-word
/// cue each token is, which sentence and paragraph hold it, which sentences are headlines, and the runs of
/// words that could make a person's name. Built per call of a stage's <c>Find</c>.</summary>
internal sealed class NameDocument
{
    private const int MaxNameWords = 4;

    /// <summary>Arrays longer than this many times what a document needs are not kept for reuse.</summary>
    private const int MaxSlack = 4;

    /// <summary>Past this many words the remembered answers of <see cref="OccursInLowerCase"/> would cost more to
    /// search than a scan of the text.</summary>
    private const int MaxLowerCaseWords = 48;

    private readonly int[] matchOf;
    private readonly int[] phraseOf;
    private readonly int[] sentenceOf;
    private readonly NameCue[] cues;
    private readonly bool[] nameWord;
    private readonly bool[] placeHomonym;
    private readonly bool[] headline;
    private readonly bool[] titleCase;
    private readonly List<NameRun> runs;

    /// <summary>Answers of <see cref="OccursInLowerCase"/> so far: each asks a scan of the whole text, and headlines
    /// and sentence starts ask about the same words again. A view is read only on the thread that built it (see
    /// <see cref="NameCues.Document"/>), so this cache needs no lock and the view still reads as immutable.</summary>
    private readonly List<(int Token, bool Occurs)> lowerCaseWords;

    /// <summary>The number of tokens; the arrays above may be longer (reused from an earlier document).</summary>
    private int count;

    /// <summary>Builds the view; the per-token arrays of <paramref name="recycled"/>, a view no caller reads any
    /// more, are reused when they fit, so a stream of documents does not allocate them afresh each time.</summary>
    public NameDocument(NameCues knowledge, TextLayer layer, ImmutableArray<LexiconMatch> matches, NameDocument? recycled = null)
    {
        Knowledge = knowledge;
        Layer = layer;
        Matches = matches.IsDefault ? [] : matches;
        Source = Matches;
        var count = layer.Tokens.Length;
        var sentences = layer.Sentences.Length;
        this.count = count;
        matchOf = Reuse(recycled?.matchOf, count);
        phraseOf = Reuse(recycled?.phraseOf, count);
        sentenceOf = Reuse(recycled?.sentenceOf, count);
        cues = Reuse(recycled?.cues, count);
        nameWord = Reuse(recycled?.nameWord, count);
        placeHomonym = Reuse(recycled?.placeHomonym, count);
        headline = Reuse(recycled?.headline, sentences);
        titleCase = Reuse(recycled?.titleCase, sentences);
        if (recycled is not null)
        {
            // The old view is dead from here on: it must not keep arrays the new one writes.
            recycled.count = 0;
        }

        matchOf.AsSpan(0, count).Fill(-1);
        for (var m = 0; m < Matches.Length; m++)
        {
            Array.Fill(matchOf, m, Matches[m].FirstToken, Matches[m].TokenCount);
        }

        sentenceOf.AsSpan(0, count).Clear();
        for (var s = 0; s < sentences; s++)
        {
            var sentence = layer.Sentences[s];
            Array.Fill(sentenceOf, s, sentence.FirstToken, sentence.TokenCount);
        }

        // One pass over the tokens of each sentence looks up the cue of every word and counts the words that say
        // whether the sentence is written in title case; tokens outside every sentence are looked up on the way.
        var tokens = layer.Tokens.AsSpan();
        var looked = 0;
        for (var s = 0; s < sentences; s++)
        {
            var sentence = layer.Sentences[s];
            LookUpCues(tokens, looked, sentence.FirstToken);
            titleCase[s] = LookUpCuesInSentence(tokens, sentence);
            looked = Math.Max(looked, sentence.EndToken);
        }

        LookUpCues(tokens, looked, count);

        Phrases = knowledge.Phrases.Match(layer, cues.AsSpan(0, count));
        phraseOf.AsSpan(0, count).Fill(-1);
        for (var m = 0; m < Phrases.Length; m++)
        {
            Array.Fill(phraseOf, m, Phrases[m].FirstToken, Phrases[m].TokenCount);
        }

        lowerCaseWords = recycled?.lowerCaseWords ?? [];
        lowerCaseWords.Clear();
        for (var s = 0; s < sentences; s++)
        {
            headline[s] = titleCase[s] && HasOrdinaryCapitalisedWords(layer.Sentences[s]);
        }

        placeHomonym.AsSpan(0, count).Clear();
        for (var t = 0; t < count; t++)
        {
            // Only initials and capitalised or mixed-case words can be name words; most tokens stop here.
            var token = tokens[t];
            nameWord[t] = (token.Shape is TokenShape.Capitalized or TokenShape.Mixed || token.Has(TokenFlags.Initial)) && ComputeNameWord(t);
        }

        runs = recycled?.runs ?? new List<NameRun>(Math.Max(4, count / 16));
        runs.Clear();
        FindRuns();
    }

    public NameCues Knowledge { get; }

    public TextLayer Layer { get; }

    public ImmutableArray<LexiconMatch> Matches { get; }

    /// <summary>The matches the document was built from (the same array as <see cref="Matches"/>).</summary>
    public ImmutableArray<LexiconMatch> Source { get; }

    /// <summary>The cue phrases of the document (government bodies, offices, credit lines …).</summary>
    public ImmutableArray<LexiconMatch> Phrases { get; }

    public ImmutableArray<Token> Tokens => Layer.Tokens;

    /// <summary>Runs of name words, in text order.</summary>
    public IReadOnlyList<NameRun> Runs => runs;

    public int Count => count;

    public Sentence SentenceOf(int t) => Layer.Sentences[sentenceOf[t]];

    public int SentenceIndexOf(int t) => sentenceOf[t];

    /// <summary>True when the sentence holding token <paramref name="t"/> is written in title case (a headline,
    /// a heading, a line of a list of names).</summary>
    public bool InHeadline(int t) => headline[sentenceOf[t]];

    /// <summary>True when most words of the sentence holding token <paramref name="t"/> are capitalised, whether
    /// or not the text shows them to be ordinary words.</summary>
    public bool InTitleCase(int t) => titleCase[sentenceOf[t]];

    /// <summary>True when token <paramref name="t"/> exists and is one of the one-word cues in <paramref name="cue"/>.</summary>
    public bool Is(int t, NameCue cue) => t >= 0 && t < count && (cues[t] & cue) != 0;

    /// <summary>The one-word cues of every token, for scans that skip most tokens on one flag test.</summary>
    public ReadOnlySpan<NameCue> Cues => cues.AsSpan(0, count);

    public bool IsNameWord(int t) => t >= 0 && t < count && nameWord[t];

    /// <summary>The match covering token <paramref name="t"/>, or null.</summary>
    public LexiconMatch? MatchOver(int t) => t >= 0 && t < count && matchOf[t] >= 0 ? Matches[matchOf[t]] : null;

    /// <summary>The match whose last token is <paramref name="t"/>, or null.</summary>
    public LexiconMatch? MatchEndingAt(int t) => MatchOver(t) is { } m && m.EndToken == t + 1 ? m : null;

    /// <summary>The match whose first token is <paramref name="t"/>, or null.</summary>
    public LexiconMatch? MatchStartingAt(int t) => MatchOver(t) is { } m && m.FirstToken == t ? m : null;

    /// <summary>The cue phrase covering token <paramref name="t"/>, or null.</summary>
    public LexiconMatch? PhraseOver(int t) => t >= 0 && t < count && phraseOf[t] >= 0 ? Phrases[phraseOf[t]] : null;

    /// <summary>True when a cue phrase covers token <paramref name="t"/>: a cheap test before the lookups above.</summary>
    public bool InPhrase(int t) => t >= 0 && t < count && phraseOf[t] >= 0;

    /// <summary>The cue phrase whose last token is <paramref name="t"/>, or null.</summary>
    public LexiconMatch? PhraseEndingAt(int t) => PhraseOver(t) is { } m && m.EndToken == t + 1 ? m : null;

    /// <summary>The cue phrase whose first token is <paramref name="t"/>, or null.</summary>
    public LexiconMatch? PhraseStartingAt(int t) => PhraseOver(t) is { } m && m.FirstToken == t ? m : null;

    /// <summary>The hit of cue kind <paramref name="kind"/> of the phrase over token <paramref name="t"/>.</summary>
    public LexiconHit? PhraseHit(int t, string kind)
    {
        if (PhraseOver(t) is not { } m)
        {
            return null;
        }

        foreach (var hit in m.Hits)
        {
            if (string.Equals(hit.Entry.Kind, kind, StringComparison.Ordinal))
            {
                return hit;
            }
        }

        return null;
    }

    public ReadOnlySpan<char> Text(int t) => Layer.TokenText(t);

    public ReadOnlySpan<char> Lower(int t) => Layer.TokenLower(t);

    /// <summary>True when token <paramref name="t"/> exists and is exactly <paramref name="lower"/> in lower case.</summary>
    public bool IsWord(int t, string lower) => t >= 0 && t < count && Layer.TokenLower(t).SequenceEqual(lower);

    public bool IsPunctuation(int t, char c)
    {
        if (t < 0 || t >= count)
        {
            return false;
        }

        var text = Layer.TokenText(t);
        return text.Length == 1 && text[0] == c;
    }

    public bool IsCapitalised(int t)
    {
        if (t < 0 || t >= count)
        {
            return false;
        }

        var text = Layer.TokenText(t);
        return text.Length > 0 && char.IsUpper(text[0]);
    }

    public bool IsPossessive(int t) => t >= 0 && t < count && Tokens[t].Has(TokenFlags.Possessive);

    /// <summary>True when token <paramref name="t"/> is the first word of its sentence (nothing but punctuation,
    /// quotation marks or a list marker before it).</summary>
    public bool IsSentenceInitial(int t)
    {
        var sentence = SentenceOf(t);
        for (var k = sentence.FirstToken; k < t; k++)
        {
            var token = Tokens[k];
            if (token.Shape is not (TokenShape.Punctuation or TokenShape.Symbol) && !token.Has(TokenFlags.ListMarker))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when token <paramref name="t"/> is the first token of its paragraph.</summary>
    public bool IsParagraphInitial(int t) => Layer.Paragraphs[ParagraphOf(t)].Start == Tokens[t].Span.Start;

    /// <summary>The index of the paragraph that holds token <paramref name="t"/>.</summary>
    public int ParagraphOf(int t)
    {
        var start = Tokens[t].Span.Start;
        var paragraphs = Layer.Paragraphs;
        int lo = 0, hi = paragraphs.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (paragraphs[mid].End <= start)
            {
                lo = mid + 1;
            }
            else if (paragraphs[mid].Start > start)
            {
                hi = mid - 1;
            }
            else
            {
                return mid;
            }
        }

        return Math.Max(0, Math.Min(lo, paragraphs.Length - 1));
    }

    /// <summary>True when the match over token <paramref name="t"/> names a country, city or region (not as an
    /// adjective or demonym).</summary>
    public bool IsPlaceName(int t)
    {
        if (MatchOver(t) is not { } m)
        {
            return false;
        }

        foreach (var hit in m.Hits)
        {
            if (hit.IsName && hit.Entry.Kind is NameCues.CountryKind or NameCues.CityKind or NameCues.RegionKind)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the match names a place or an organisation (not as an adjective or demonym).</summary>
    public static bool IsEntityMatch(LexiconMatch match)
    {
        foreach (var hit in match.Hits)
        {
            if (hit.IsName && hit.Entry.Kind is NameCues.CountryKind or NameCues.CityKind or NameCues.RegionKind
                or NameCues.OrganizationKind or NameCues.OutletKind)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the match names a place or an organisation.</summary>
    public bool IsEntity(LexiconMatch match) => IsEntityMatch(match);

    /// <summary>The country a match names or qualifies ("Armenia", "Armenian", the city "Yerevan"), as an ISO code.</summary>
    public string? CountryOf(LexiconMatch match, bool adjectiveOnly = false, bool allowCities = false)
    {
        foreach (var hit in match.Hits)
        {
            var adjective = hit.Form is LexiconForm.Adjective;
            if (adjectiveOnly ? !adjective : hit.Form is LexiconForm.Demonym)
            {
                continue;
            }

            if (hit.Entry.Kind == NameCues.CountryKind && hit.Entry.Attribute("iso") is { Length: > 0 } iso)
            {
                return iso;
            }

            if (allowCities && !adjective && hit.Entry.Kind == NameCues.CityKind && hit.Entry.Attribute("country") is { Length: > 0 } country)
            {
                return country;
            }
        }

        return null;
    }

    /// <summary>True when the lower-case form of token <paramref name="t"/> occurs in lower case elsewhere in the
    /// text: a capitalised word at a sentence start that is an ordinary word ("Similarly", "Residents").</summary>
    public bool OccursInLowerCase(int t)
    {
        var word = Layer.TokenLower(t);
        var tokens = Tokens.AsSpan();
        foreach (var (token, occurs) in lowerCaseWords)
        {
            var known = tokens[token].Span;
            if (known.Length == word.Length && Layer.Lower.AsSpan(known.Start, known.Length).SequenceEqual(word))
            {
                return occurs;
            }
        }

        var answer = ScanForLowerCase(word);
        if (lowerCaseWords.Count < MaxLowerCaseWords)
        {
            lowerCaseWords.Add((t, answer));
        }

        return answer;
    }

    /// <summary>True when <paramref name="word"/> occurs in the text written in lower case, as a whole word.</summary>
    private bool ScanForLowerCase(ReadOnlySpan<char> word)
    {
        var lower = Layer.Lower.AsSpan();
        var text = Layer.Text.AsSpan();
        var from = 0;
        while (from < lower.Length)
        {
            var at = lower[from..].IndexOf(word, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            var start = from + at;
            var end = start + word.Length;
            if (char.IsLower(text[start]) && (start == 0 || !char.IsLetter(lower[start - 1])) && (end == lower.Length || !char.IsLetter(lower[end])))
            {
                return true;
            }

            from = start + 1;
        }

        return false;
    }

    /// <summary>The next token after <paramref name="t"/> that is not a footnote marker, or -1 past the sentence.</summary>
    public int Next(int t)
    {
        var end = SentenceOf(t).EndToken;
        for (var k = t + 1; k < end; k++)
        {
            if (!Tokens[k].Has(TokenFlags.FootnoteMarker))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>The token before <paramref name="t"/> that is not a footnote marker, or -1 before the sentence.</summary>
    public int Previous(int t)
    {
        var first = SentenceOf(t).FirstToken;
        for (var k = t - 1; k >= first; k--)
        {
            if (!Tokens[k].Has(TokenFlags.FootnoteMarker))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>An array of at least <paramref name="length"/> items: <paramref name="old"/> when it is long enough
    /// and not far too long, else a new one with room to grow. Callers write every item they read.</summary>
    private static T[] Reuse<T>(T[]? old, int length)
    {
        if (old is not null && old.Length >= length && old.Length <= MaxSlack * Math.Max(length, 1024))
        {
            return old;
        }

        return new T[Math.Max(64, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)length))];
    }

    private bool ComputeNameWord(int t)
    {
        var token = Tokens[t];
        var text = Layer.TokenText(t);
        if (token.Has(TokenFlags.Initial))
        {
            return true;
        }

        switch (token.Shape)
        {
            case TokenShape.Capitalized:
                if (text.Length < 2 || token.Has(TokenFlags.Abbreviation) || !char.IsLetter(text[0]))
                {
                    return false;
                }

                break;
            case TokenShape.Mixed:
                if (!IsMixedName(text))
                {
                    return false;
                }

                break;
            default:
                return false;
        }

        if ((cues[t] & (NameCue.NotPerson | NameCue.OrgHead | NameCue.SpeechVerb | NameCue.RoleNoun)) != 0)
        {
            return false;
        }

        if (matchOf[t] >= 0)
        {
            var match = Matches[matchOf[t]];
            if (!AllowsName(match))
            {
                return false;
            }

            placeHomonym[t] = !match.HasKind(NameCues.PersonKind);
        }

        if (phraseOf[t] >= 0)
        {
            var phrase = Phrases[phraseOf[t]];
            if (phrase.HasKind(NameCues.GovernmentBodyKind) || phrase.HasKind(NameCues.InstitutionTitleKind) || phrase.HasKind(NameCues.NotPersonKind))
            {
                return false;
            }
        }

        // A compound whose parts are places ("Armenia-Azerbaijan") is no one's name.
        if (text.Contains('-') && HasPlacePart(text))
        {
            return false;
        }

        // A capitalised ordinary word at a sentence start ("Residents", "Similarly").
        return !IsSentenceInitial(t) || !OccursInLowerCase(t);
    }

    /// <summary>McDonald, O'Brien, DeSantis, al-Assad, d'Estaing: mixed case that is still a name; a plural
    /// acronym ("NGOs", "MPs") is not.</summary>
    private bool IsMixedName(ReadOnlySpan<char> text)
    {
        if (char.IsUpper(text[0]))
        {
            var lower = 0;
            foreach (var c in text)
            {
                lower += char.IsLower(c) ? 1 : 0;
            }

            var pluralAcronym = lower == 1 && text[^1] == 's';
            return text.Length > 2 && lower > 0 && !pluralAcronym;
        }

        var joint = text.IndexOfAny('-', '\'', '\u2019');
        if (joint <= 0 || joint + 1 >= text.Length || !char.IsUpper(text[joint + 1]))
        {
            return false;
        }

        Span<char> prefix = stackalloc char[joint];
        text[..joint].ToLowerInvariant(prefix);
        return (Knowledge.Of(prefix) & NameCue.PrefixParticle) != 0;
    }

    private bool HasPlacePart(ReadOnlySpan<char> text)
    {
        foreach (var range in text.Split('-'))
        {
            var part = text[range];
            if (part.Length > 1)
            {
                foreach (var hit in Knowledge.Matcher.MatchWord(part))
                {
                    if (hit.Entry.Kind is NameCues.CountryKind or NameCues.CityKind or NameCues.RegionKind)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>A user's lexicon entry of kind <c>person</c>, or a place that is also a given name or surname
    /// ("Jordan", "Chad"), may be (part of) a person's name.</summary>
    private static bool AllowsName(LexiconMatch match)
    {
        if (match.Hits.IsEmpty)
        {
            return false;
        }

        var persons = true;
        var homonyms = match.TokenCount == 1;
        foreach (var hit in match.Hits)
        {
            persons &= hit.Entry.Kind == NameCues.PersonKind;

            // The attribute look-up hashes its key: skipped once the answer is known (several words, or a hit
            // that is no name homonym).
            homonyms = homonyms && hit.Entry.Attribute("homonym") is "given_name" or "surname";
        }

        return persons || homonyms;
    }

    /// <summary>Looks up the cue of each word of tokens <c>[from, end)</c>.</summary>
    private void LookUpCues(ReadOnlySpan<Token> tokens, int from, int end)
    {
        for (var t = from; t < end; t++)
        {
            cues[t] = CueOf(tokens[t]);
        }
    }

    /// <summary>Looks up the cue of each word of the sentence, and tells whether most of its words of four letters
    /// or more are capitalised (at least three, three times the others).</summary>
    private bool LookUpCuesInSentence(ReadOnlySpan<Token> tokens, Sentence sentence)
    {
        var text = Layer.Text;
        int upper = 0, lower = 0;
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var token = tokens[t];
            cues[t] = CueOf(token);
            if (token.Span.Length < 4)
            {
                continue;
            }

            var first = text[token.Span.Start];
            if (!char.IsLetter(first))
            {
                continue;
            }

            if (char.IsUpper(first))
            {
                upper++;
            }
            else
            {
                lower++;
            }
        }

        return upper >= 3 && upper >= 3 * lower;
    }

    /// <summary>The one-word cues of a token; only words have any.</summary>
    private NameCue CueOf(Token token) =>
        token.Shape is TokenShape.Lower or TokenShape.Capitalized or TokenShape.AllCaps or TokenShape.Mixed
            ? Knowledge.Of(Layer.Lower.AsSpan(token.Span.Start, token.Span.Length))
            : NameCue.None;

    /// <summary>A headline or heading has at least two capitalised words that are ordinary words (the text writes
    /// them in lower case elsewhere), so a line of names ("Reporting by Jane Doe; editing by John Roe") is not one.</summary>
    private bool HasOrdinaryCapitalisedWords(Sentence sentence)
    {
        var ordinary = 0;
        for (var t = sentence.FirstToken; t < sentence.EndToken && ordinary < 2; t++)
        {
            var text = Layer.TokenText(t);
            if (text.Length >= 4 && char.IsUpper(text[0]) && Tokens[t].Shape == TokenShape.Capitalized && OccursInLowerCase(t))
            {
                ordinary++;
            }
        }

        return ordinary >= 2;
    }

    /// <summary>A one-word city or region that is also someone's given name ("Milan", "Florence") opens a
    /// person's name when a name word follows it and no preposition ("in", "from") puts it on a map.</summary>
    private bool OpensName(int t, int sentenceEnd)
    {
        if (t + 1 >= sentenceEnd || !nameWord[t + 1] || matchOf[t] < 0 || Tokens[t].Shape != TokenShape.Capitalized)
        {
            return false;
        }

        var match = Matches[matchOf[t]];
        if (match.TokenCount != 1)
        {
            return false;
        }

        foreach (var hit in match.Hits)
        {
            if (!hit.IsName || hit.Entry.Kind is not (NameCues.CityKind or NameCues.RegionKind))
            {
                return false;
            }
        }

        var previous = t - 1;
        return previous < 0 || Tokens[previous].Shape != TokenShape.Lower;
    }

    private void FindRuns()
    {
        foreach (var sentence in Layer.Sentences)
        {
            var t = sentence.FirstToken;
            while (t < sentence.EndToken)
            {
                if (!nameWord[t] && !OpensName(t, sentence.EndToken))
                {
                    t++;
                    continue;
                }

                var first = t;
                var last = t;
                var count = 1;
                var k = t + 1;
                while (k < sentence.EndToken)
                {
                    if (nameWord[k])
                    {
                        last = k;
                        count++;
                        k++;
                        continue;
                    }

                    // Particles inside a name: "Ursula von der Leyen", "Mohammed bin Salman".
                    var p = k;
                    while (p < sentence.EndToken && (cues[p] & NameCue.Particle) != 0 && Tokens[p].Shape == TokenShape.Lower)
                    {
                        p++;
                    }

                    if (p > k && p < sentence.EndToken && nameWord[p])
                    {
                        k = p;
                        continue;
                    }

                    break;
                }

                // An initial alone, or at the end of a run, is a sentence's letter rather than a name.
                while (last > first && Tokens[last].Has(TokenFlags.Initial))
                {
                    last--;
                    count--;
                }

                // A place that is also a given name ("Jordan") is a name only beside another name word.
                var named = false;
                for (var n = first; n <= last && !named; n++)
                {
                    named = nameWord[n] && !placeHomonym[n];
                }

                if (named && !(first == last && Tokens[first].Has(TokenFlags.Initial)) && count <= MaxNameWords)
                {
                    runs.Add(new NameRun(first, last + 1, count, !nameWord[first]));
                }

                t = k;
            }
        }
    }
}
