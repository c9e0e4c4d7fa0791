using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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

    /// <summary>Answers of <see cref="InHeadline"/> per sentence.</summary>
    private const byte Unknown = 0, No = 1, Yes = 2;

    private readonly int[] matchOf;
    private readonly int[] phraseOf;
    private readonly int[] sentenceOf;
    private readonly NameCue[] cues;
    private readonly bool[] nameWord;
    private readonly bool[] placeHomonym;

    /// <summary>Per sentence, whether it is a headline (see <see cref="InHeadline"/>): <see cref="Unknown"/> until
    /// asked for a sentence in title case, whose answer takes scans of the text that most are never asked for.</summary>
    private readonly byte[] headline;

    private readonly bool[] titleCase;

    /// <summary>See <see cref="ParagraphFirstToken"/>; one item per paragraph of the layer.</summary>
    private readonly int[] paragraphFirst;
    private readonly List<NameRun> runs;

    /// <summary>Scratch of <see cref="ReadSentence"/>: the tokens of the sentence read last where a run of name
    /// words may start.</summary>
    private readonly List<int> runStarts;

    /// <summary>See <see cref="OrganizationCueTokens"/>.</summary>
    private readonly List<int> organizationCues;

    /// <summary>Answers of <see cref="OccursInLowerCase"/> so far: each asks a scan of the whole text, and headlines
    /// and sentence starts ask about the same words again. A view is read only on the thread that built it (see
    /// <see cref="NameCues.Document"/>), so this cache needs no lock and the view still reads as immutable.</summary>
    private readonly List<(int Token, bool Occurs)> lowerCaseWords;

    /// <summary>The number of tokens; the arrays above may be longer (reused from an earlier document).</summary>
    private int count;

    /// <summary>While the tokens are read: the first paragraph whose first token is not known yet, and where it
    /// starts (<see cref="int.MaxValue"/> past the last).</summary>
    private int nextParagraph;
    private int nextParagraphStart;

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
        paragraphFirst = Reuse(recycled?.paragraphFirst, layer.Paragraphs.Length);
        nextParagraph = 0;
        nextParagraphStart = layer.Paragraphs.IsEmpty ? int.MaxValue : layer.Paragraphs[0].Start;
        if (recycled is not null)
        {
            // The old view is dead from here on: it must not keep arrays the new one writes.
            recycled.count = 0;
        }

        // What holds for most tokens is written for the whole document at once (one call per array, not one per
        // sentence); the pass below changes only the tokens that differ.
        matchOf.AsSpan(0, count).Fill(-1);
        phraseOf.AsSpan(0, count).Fill(-1);
        placeHomonym.AsSpan(0, count).Clear();
        nameWord.AsSpan(0, count).Clear();
        var all = Matches.AsSpan();
        for (var m = 0; m < all.Length; m++)
        {
            // A plain loop: matches are a token or two, too short for a call to Array.Fill to pay.
            ref readonly var match = ref all[m];
            for (int t = match.FirstToken, end = match.EndToken; t < end; t++)
            {
                matchOf[t] = m;
            }
        }

        lowerCaseWords = recycled?.lowerCaseWords ?? [];
        lowerCaseWords.Clear();
        runs = recycled?.runs ?? new List<NameRun>(Math.Max(4, count / 16));
        runs.Clear();
        runStarts = recycled?.runStarts ?? new List<int>(16);
        organizationCues = recycled?.organizationCues ?? new List<int>(Math.Max(16, count / 8));
        organizationCues.Clear();

        // One pass over the tokens of each sentence reads all a token is to the name rules (sentence, cue, cue
        // phrase, name word), then the sentence's runs of name words are cut while its tokens are in the cache.
        // A layer's sentences are in order and hold every token; tokens outside them would be read on the way.
        // Each token's word is looked up once per document for all the stages that share the vocabulary; the
        // cues are read by that id.
        using var phrases = new PooledList<LexiconMatch>(16);
        var ids = TokenWordIds.Of(layer, knowledge.Vocabulary.Ids);
        var read = 0;
        for (var s = 0; s < sentences; s++)
        {
            var sentence = layer.Sentences[s];
            ReadOutsideSentences(read, sentence.FirstToken, ids);
            ReadSentence(s, sentence, phrases, ids);
            read = Math.Max(read, sentence.EndToken);
        }

        ReadOutsideSentences(read, count, ids);
        NoteParagraphsBefore(int.MaxValue, count);
        Phrases = phrases.ToImmutable();
    }

    public NameCues Knowledge { get; }

    public TextLayer Layer { get; }

    public ImmutableArray<LexiconMatch> Matches { get; }

    /// <summary>The matches the document was built from (the same array as <see cref="Matches"/>).</summary>
    public ImmutableArray<LexiconMatch> Source { get; }

    /// <summary>The cue phrases of the document (government bodies, offices, credit lines …).</summary>
    public ImmutableArray<LexiconMatch> Phrases { get; }

    public ImmutableArray<Token> Tokens => Layer.Tokens;

    /// <summary>The first token at or after <paramref name="from"/> that starts at or after <paramref name="offset"/>,
    /// or the token count when none does (tokens are in text order, so a binary search finds it).</summary>
    public int FirstTokenFrom(int offset, int from = 0) => TokenSearch.FirstStartingAtOrAfter(Tokens.AsSpan(0, count), offset, from);

    /// <summary>The first token that starts at or after the start of paragraph <paramref name="p"/>, or the token
    /// count when none does: what <see cref="FirstTokenFrom"/> answers for the paragraph's start, noted on the one
    /// pass over the tokens instead of searched for.</summary>
    public int ParagraphFirstToken(int p) => paragraphFirst[p];

    /// <summary>The tokens, in text order, where a token-driven rule of the organisation stage can start: a head or
    /// common noun for an organisation, a verb of reporting, the first word of a cue phrase or a word inside one,
    /// a capitalised six-letter word ("Source"), an opening bracket. Collected on the one pass over the tokens, so
    /// the rules visit only these.</summary>
    public ReadOnlySpan<int> OrganizationCueTokens => CollectionsMarshal.AsSpan(organizationCues);

    /// <summary>Runs of name words, in text order.</summary>
    public IReadOnlyList<NameRun> Runs => runs;

    public int Count => count;

    public Sentence SentenceOf(int t) => Layer.Sentences[sentenceOf[t]];

    public int SentenceIndexOf(int t) => sentenceOf[t];

    /// <summary>True when the sentence holding token <paramref name="t"/> is written in title case (a headline,
    /// a heading, a line of a list of names).</summary>
    public bool InHeadline(int t)
    {
        var s = sentenceOf[t];
        if (headline[s] == Unknown)
        {
            headline[s] = HasOrdinaryCapitalisedWords(Layer.Sentences[s]) ? Yes : No;
        }

        return headline[s] == Yes;
    }

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

    /// <summary>True when token <paramref name="t"/>, an initial or a capitalised or mixed-case word, may be part of
    /// a person's name; <paramref name="inNonPersonPhrase"/> tells that a cue phrase that names no one (a
    /// government body, an office, a phrase of kind <c>not-person</c>) covers it, <paramref name="sentenceInitial"/>
    /// that it is the first word of its sentence (<see cref="IsSentenceInitial"/>).</summary>
    private bool ComputeNameWord(int t, Token token, bool inNonPersonPhrase, bool sentenceInitial)
    {
        var text = token.Span.In(Layer.Text);
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
            if (!AllowsName(match, Knowledge))
            {
                return false;
            }

            placeHomonym[t] = !match.HasKind(NameCues.PersonKind);
        }

        if (inNonPersonPhrase)
        {
            return false;
        }

        // A compound whose parts are places ("Armenia-Azerbaijan") is no one's name.
        if (text.Contains('-') && HasPlacePart(text))
        {
            return false;
        }

        // A capitalised ordinary word at a sentence start ("Residents", "Similarly").
        return !sentenceInitial || !OccursInLowerCase(t);
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
    private static bool AllowsName(LexiconMatch match, NameCues knowledge)
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
            homonyms = homonyms && knowledge.IsNameHomonym(hit.Entry);
        }

        return persons || homonyms;
    }

    /// <summary>Reads tokens <c>[from, end)</c> that lie outside every sentence: they have a cue, no cue phrase
    /// and no runs, and count as tokens of the first sentence.</summary>
    private void ReadOutsideSentences(int from, int end, ReadOnlySpan<int> ids)
    {
        var tokens = Layer.Tokens.AsSpan();
        for (var t = from; t < end; t++)
        {
            var token = tokens[t];
            if (token.Span.Start >= nextParagraphStart)
            {
                NoteParagraphsBefore(token.Span.Start, t);
            }

            sentenceOf[t] = 0;
            cues[t] = CueOf(token, ids[t]);
            phraseOf[t] = -1;
            placeHomonym[t] = false;
            nameWord[t] = MayBeNameWord(token) && ComputeNameWord(t, token, inNonPersonPhrase: false, IsSentenceInitial(t));
            NoteOrganizationCue(t, token);
        }
    }

    /// <summary>Reads the tokens of sentence <paramref name="s"/> in one pass: each token's sentence and cue, the
    /// cue phrases (each tried where its first word is, left to right, none inside one found already), whether
    /// each token is a name word, and whether most words of four letters or more are capitalised (at least three,
    /// three times the others: title case). Then cuts the sentence's runs of name words.</summary>
    private void ReadSentence(int s, Sentence sentence, PooledList<LexiconMatch> phrases, ReadOnlySpan<int> ids)
    {
        var tokens = Layer.Tokens.AsSpan();
        var text = Layer.Text;
        var first = sentence.FirstToken;
        var end = sentence.EndToken;

        // The constructor cleared the cue phrase, name word and place homonym of every token, so the common token
        // (a lower-case word, a punctuation mark) costs a cue read by word id and a few tests.
        var cuesById = Knowledge.CuesById;
        var cues = this.cues;
        var sentenceOf = this.sentenceOf;
        var phraseEnd = first;
        var inNonPersonPhrase = false;

        // True while only punctuation, symbols and list markers come before the token (see IsSentenceInitial).
        var sentenceInitial = true;
        int upper = 0, lower = 0;
        runStarts.Clear();
        for (var t = first; t < end; t++)
        {
            var token = tokens[t];
            if (token.Span.Start >= nextParagraphStart)
            {
                NoteParagraphsBefore(token.Span.Start, t);
            }

            var cue = IsWord(token) && (uint)ids[t] < (uint)cuesById.Length ? cuesById[ids[t]] : NameCue.None;
            cues[t] = cue;
            sentenceOf[t] = s;
            if (token.Span.Length >= 4)
            {
                CountCase(text[token.Span.Start], ref upper, ref lower);
            }

            if (t >= phraseEnd)
            {
                inNonPersonPhrase = false;
                if ((cue & NameCue.PhraseStart) != 0)
                {
                    phraseEnd = ReadPhrase(t, ids[t], end, phrases, out inNonPersonPhrase);
                }
            }

            if (MayBeNameWord(token))
            {
                ReadNameWord(t, token, inNonPersonPhrase, sentenceInitial);
            }

            sentenceInitial = sentenceInitial && (token.Shape is TokenShape.Punctuation or TokenShape.Symbol || token.Has(TokenFlags.ListMarker));
            if (IsOrganizationCue(token, cue, t < phraseEnd))
            {
                organizationCues.Add(t);
            }
        }

        titleCase[s] = upper >= 3 && upper >= 3 * lower;
        headline[s] = titleCase[s] ? Unknown : No;
        FindRuns(sentence);
    }

    /// <summary>Tries the cue phrases at token <paramref name="t"/>, the first word of one, whose word has id
    /// <paramref name="id"/>; returns the token after the phrase found, or <paramref name="t"/> when none is.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int ReadPhrase(int t, int id, int sentenceEnd, PooledList<LexiconMatch> phrases, out bool namesNoOne)
    {
        namesNoOne = false;
        if (Knowledge.PhrasesOf(id) is not { } starting || NamePhrases.PhraseAt(Layer, t, sentenceEnd, starting) is not { } phrase)
        {
            return t;
        }

        var length = phrase.Tokens.Length;
        Array.Fill(phraseOf, phrases.Count, t, length);
        namesNoOne = phrase.NamesNoOne;
        phrases.Add(NamePhrases.MatchOf(Layer, t, phrase));
        return t + length;
    }

    /// <summary>Reads whether token <paramref name="t"/>, which may be a name word, is one, and notes it as a token
    /// where a run of name words may start: a name word, or a capitalised place that may be a given name (see
    /// <see cref="OpensName"/>).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ReadNameWord(int t, Token token, bool inNonPersonPhrase, bool sentenceInitial)
    {
        var isNameWord = ComputeNameWord(t, token, inNonPersonPhrase, sentenceInitial);
        nameWord[t] = isNameWord;
        if (isNameWord || (token.Shape == TokenShape.Capitalized && matchOf[t] >= 0))
        {
            runStarts.Add(t);
        }
    }

    /// <summary>Notes token <paramref name="t"/>, which starts at <paramref name="start"/>, as the first token of every
    /// paragraph not noted yet that starts at or before it (tokens and paragraphs are in text order, so no token
    /// before it starts there).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void NoteParagraphsBefore(int start, int t)
    {
        var paragraphs = Layer.Paragraphs.AsSpan();
        while (nextParagraph < paragraphs.Length && paragraphs[nextParagraph].Start <= start)
        {
            paragraphFirst[nextParagraph++] = t;
        }

        nextParagraphStart = nextParagraph < paragraphs.Length ? paragraphs[nextParagraph].Start : int.MaxValue;
    }

    /// <summary>Adds token <paramref name="t"/>, its cue and cue phrase read, to <see cref="OrganizationCueTokens"/>
    /// when it is one.</summary>
    private void NoteOrganizationCue(int t, Token token)
    {
        if (IsOrganizationCue(token, cues[t], phraseOf[t] >= 0))
        {
            organizationCues.Add(t);
        }
    }

    /// <summary>True when a token with cue <paramref name="cue"/>, inside a cue phrase or not, is one of the
    /// <see cref="OrganizationCueTokens"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsOrganizationCue(Token token, NameCue cue, bool inPhrase)
    {
        const NameCue Starts = NameCue.OrgHead | NameCue.OrgNoun | NameCue.OutletVerb | NameCue.PhraseStart;
        return (cue & Starts) != 0 || inPhrase
            || (token.Shape == TokenShape.Capitalized && token.Span.Length == "source".Length)
            || (token.Shape == TokenShape.Punctuation && token.Span.Length == 1 && Layer.Text[token.Span.Start] == '(');
    }

    /// <summary>Counts a word that starts with <paramref name="initial"/> as capitalised or not, when it starts with
    /// a letter. ASCII, nearly every word, is tested without branches that a mix of cases would mispredict.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CountCase(char initial, ref int upper, ref int lower)
    {
        if (initial < 0x80)
        {
            var isUpper = unchecked((uint)(initial - 'A')) <= 'Z' - 'A';
            var isLower = unchecked((uint)(initial - 'a')) <= 'z' - 'a';
            upper += isUpper ? 1 : 0;
            lower += isLower ? 1 : 0;
        }
        else if (char.IsLetter(initial))
        {
            if (char.IsUpper(initial))
            {
                upper++;
            }
            else
            {
                lower++;
            }
        }
    }

    /// <summary>Only initials and capitalised or mixed-case words can be name words; most tokens stop here.</summary>
    private static bool MayBeNameWord(Token token) =>
        token.Shape is TokenShape.Capitalized or TokenShape.Mixed || token.Has(TokenFlags.Initial);

    /// <summary>The one-word cues of a token whose word has id <paramref name="id"/>; only words have any.</summary>
    private NameCue CueOf(Token token, int id) => IsWord(token) ? Knowledge.CuesOf(id) : NameCue.None;

    /// <summary>Only words have cues.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWord(Token token) =>
        token.Shape is TokenShape.Lower or TokenShape.Capitalized or TokenShape.AllCaps or TokenShape.Mixed;

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

    /// <summary>Cuts the runs of name words of a sentence just read, trying only the tokens where one may start.</summary>
    private void FindRuns(Sentence sentence)
    {
        var next = sentence.FirstToken;
        foreach (var t in runStarts)
        {
            if (t < next || (!nameWord[t] && !OpensName(t, sentence.EndToken)))
            {
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

            next = k;
        }
    }
}
