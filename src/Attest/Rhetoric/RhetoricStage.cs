using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Attest.Attribution;
using Attest.Lexicons;
using Attest.Mentions;
using Attest.Model;
using Attest.Text;

namespace Attest.Rhetoric;

/// <summary>Finds loaded language (lexicon kind <c>loaded</c>) and attributes each label to whoever uses it: the
/// speaker of the quotation it stands in, the source of reported speech ("…, the ministry underlined", "according
/// to X", "X said that …"), whoever the text reports as naming something so ("X called it a provocation", a label
/// in scare quotes), or else the document's issuer. Denied, negated, hypothetical and distanced labels are kept
/// and marked in the rule id (<see cref="LoadedRules"/>). One item per term and speaker, in text order.</summary>
/// <remarks>Built once from the lexicons; immutable and safe to call from many threads. Rules: docs/rhetoric.md.</remarks>
public sealed class RhetoricStage
{
    /// <summary>Lexicon kinds read from loaded.tsv besides <c>loaded</c> and <c>loaded-head</c>.</summary>
    public const string NamingKind = "loaded-naming";

    /// <inheritdoc cref="NamingKind"/>
    public const string DenialKind = "loaded-denial";

    /// <inheritdoc cref="NamingKind"/>
    public const string DistancingKind = "loaded-distancing";

    /// <inheritdoc cref="NamingKind"/>
    public const string SpeechVerbKind = "loaded-speech-verb";

    /// <inheritdoc cref="NamingKind"/>
    public const string SourceKind = "loaded-source";

    // How far the rules look: a scare quote holds a short phrase; a subject sits close to its verb.
    private const int MaxScareQuoteTokens = 8;
    private const int MaxSubjectTokens = 10;
    private const int MaxClauseLookBack = 6;
    private const int MaxTailTokens = 8;
    private const int MaxSourceTokens = 8;

    private readonly VoiceWords shared;
    private readonly LoadedVocabulary vocabulary;
    private readonly CuePhrases speech;
    private readonly CuePhrases moreSpeech;
    private readonly CuePhrases naming;
    private readonly CuePhrases denial;
    private readonly CuePhrases distancing;
    private readonly CuePhrases source;

    /// <summary>Compiles the loaded terms and cue words of <paramref name="lexicons"/>.</summary>
    public RhetoricStage(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        shared = VoiceWords.For(lexicons);
        vocabulary = shared.Loaded;
        speech = CuePhrases.Of(lexicons, NameCues.SpeechVerbKind);
        moreSpeech = CuePhrases.Of(lexicons, SpeechVerbKind);
        naming = CuePhrases.Of(lexicons, NamingKind);
        denial = CuePhrases.Of(lexicons, DenialKind);
        distancing = CuePhrases.Of(lexicons, DistancingKind);
        source = CuePhrases.Of(lexicons, SourceKind);
    }

    private enum Cue
    {
        None,
        Speech,
        Naming,
        Denial,
    }

    /// <summary>The loaded terms of the document, one per term and speaker, in text order.</summary>
    public ImmutableArray<LoadedTerm> Find(
        TextLayer layer,
        Issuer? issuer,
        ImmutableArray<Quote> quotes,
        ImmutableArray<PersonMention> persons,
        ImmutableArray<OrganizationMention> organizations,
        ImmutableArray<PlaceMention> places)
    {
        ArgumentNullException.ThrowIfNull(layer);
        SpeakerFinder? speakers = null;
        var source = default(SourceMemo);
        List<((string Term, string Speaker) Key, LoadedTerm Item, bool Use)>? found = null;
        // Only a token whose word starts a term, or a hyphenated one, is looked up; the facts of the tokens are
        // the document's, shared with the claim and demand stages.
        var facts = VoiceTokens.Of(layer, shared);
        var tokens = layer.Tokens.AsSpan();
        var lower = layer.Lower.AsSpan();

        // Only the tokens that start some item are visited: the list holds them in text order, walked once beside
        // the sentences.
        var starts = facts.Starts;
        var next = 0;
        foreach (var sentence in layer.Sentences)
        {
            while (next < starts.Length && starts[next] < sentence.FirstToken)
            {
                next++;
            }

            for (; next < starts.Length && starts[next] < sentence.EndToken; next++)
            {
                var k = starts[next];
                if (!facts.Has(k, VoiceFacts.LoadedStart | VoiceFacts.Hyphenated))
                {
                    continue;
                }

                var at = tokens[k].Span;
                if (!vocabulary.TryMatch(layer, k, lower.Slice(at.Start, at.Length), out var hit) || hit.FirstToken + hit.TokenCount > sentence.EndToken || !Counts(layer, facts, sentence, hit))
                {
                    continue;
                }

                speakers ??= new SpeakerFinder(layer, facts, issuer, persons, organizations, places);
                var item = Read(layer, facts, sentence, hit, quotes, speakers, ref source);
                found ??= [];
                var key = (vocabulary.Terms[hit.Term].Name, item.Speaker ?? string.Empty);
                found.Add((key, item, LoadedRules.IsUse(item)));

                // The term's other tokens start nothing more.
                while (next + 1 < starts.Length && starts[next + 1] < k + hit.TokenCount)
                {
                    next++;
                }
            }
        }

        return found is null ? [] : OnePerTermAndSpeaker(found);
    }

    /// <summary>The first use of each term by each speaker; a speaker who only negates, supposes, denies or
    /// distances a term keeps the first such item.</summary>
    private static ImmutableArray<LoadedTerm> OnePerTermAndSpeaker(List<((string Term, string Speaker) Key, LoadedTerm Item, bool Use)> found)
    {
        // A document has a few terms: comparing each with the few chosen so far beats hashing string pairs.
        // Keyed by the pair rather than a joined string: no string per term, and the strings compare ordinally.
        int[] order;
        if (found.Count <= 16)
        {
            order = new int[found.Count];
            var count = 0;
            for (var i = 0; i < found.Count; i++)
            {
                var c = 0;
                while (c < count && found[order[c]].Key != found[i].Key)
                {
                    c++;
                }

                if (c == count)
                {
                    order[count++] = i;
                }
                else if (!found[order[c]].Use && found[i].Use)
                {
                    order[c] = i;
                }
            }

            Array.Resize(ref order, count);
        }
        else
        {
            var chosen = new Dictionary<(string Term, string Speaker), int>();
            for (var i = 0; i < found.Count; i++)
            {
                if (!chosen.TryGetValue(found[i].Key, out var at) || (!found[at].Use && found[i].Use))
                {
                    chosen[found[i].Key] = i;
                }
            }

            order = new int[chosen.Count];
            chosen.Values.CopyTo(order, 0);
        }

        Array.Sort(order);
        var items = new LoadedTerm[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            items[i] = found[order[i]].Item;
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(items);
    }

    /// <summary>The conditions of the entry: an adjective needs its head noun, a participle must stand before a
    /// noun, and the words around must not make it a field, a law or a feeling.</summary>
    private bool Counts(TextLayer layer, VoiceTokens facts, Sentence sentence, LoadedVocabulary.Hit hit)
    {
        var term = vocabulary.Terms[hit.Term];
        var first = hit.FirstToken;
        var after = first + hit.TokenCount;
        if (after < sentence.EndToken && term.UnlessNext.GetAlternateLookup<ReadOnlySpan<char>>().Contains(layer.TokenLower(after)))
        {
            return false;
        }

        if (first > sentence.FirstToken && term.UnlessPrevious.GetAlternateLookup<ReadOnlySpan<char>>().Contains(layer.TokenLower(first - 1)))
        {
            return false;
        }

        if (hit.InCompound || hit.Form.Words.Length != 1)
        {
            return true;
        }

        var word = hit.Form.Words[0];
        if (term.Attributive.Contains(word))
        {
            return first == sentence.FirstToken || facts.Has(first - 1, VoiceFacts.AttributiveBefore);
        }

        return !term.Adjectives.Contains(word) || QualifiesHead(layer, facts, sentence, after, term.Heads);
    }

    /// <summary>True when a head noun of the wanted class follows, past at most a nationality and two words
    /// ("radical Kovarian nationalists", "aggressive policy").</summary>
    private bool QualifiesHead(TextLayer layer, VoiceTokens facts, Sentence sentence, int from, LoadedVocabulary.HeadClass wanted)
    {
        var skipped = 0;
        for (var j = from; j < sentence.EndToken && j < from + 4; j++)
        {
            if ((HeadOf(facts, j) & wanted) != 0)
            {
                return true;
            }

            var shape = layer.Tokens[j].Shape;
            if (shape is TokenShape.Punctuation or TokenShape.Symbol or TokenShape.Number || facts.Has(j, VoiceFacts.Function))
            {
                return false;
            }

            if (shape is not (TokenShape.Capitalized or TokenShape.AllCaps or TokenShape.Mixed) && ++skipped > 2)
            {
                return false;
            }
        }

        return false;
    }

    private LoadedTerm Read(TextLayer layer, VoiceTokens facts, Sentence sentence, LoadedVocabulary.Hit hit, ImmutableArray<Quote> quotes, SpeakerFinder speakers, ref SourceMemo source)
    {
        var tokens = layer.Tokens;
        var first = hit.FirstToken;
        var last = first + hit.TokenCount - 1;
        var span = Span.FromBounds(tokens[first].Span.Start, tokens[last].Span.End);

        string? speaker = null;
        var voice = LoadedVoice.Issuer;
        Span? window = null;
        var quoted = false;
        foreach (var quote in quotes)
        {
            if (quote.Text.Contains(span))
            {
                quoted = true;
                if (quote.Speaker is not null)
                {
                    (speaker, voice, window) = (quote.Speaker, LoadedVoice.Quote, quote.Text);
                }

                break;
            }
        }

        var opening = -1;
        var scare = speaker is null && ScareQuoted(layer, sentence, first, last, out opening);
        var modality = Modality(layer, facts, sentence, first);
        if (speaker is null && scare && opening > sentence.FirstToken + 1 && tokens[opening - 1].Has(TokenFlags.Possessive))
        {
            // "Lirensk's 'terror' claims": the word is the possessor's, the capitalised run before "'s".
            var owner = opening - 1;
            while (owner > sentence.FirstToken && owner > opening - 5 && tokens[owner - 1].Shape is TokenShape.Capitalized or TokenShape.AllCaps)
            {
                owner--;
            }

            if (speakers.Resolve(owner, opening - 1) is { } user)
            {
                (speaker, voice, window) = (user, LoadedVoice.Named, Span.FromBounds(tokens[owner].Span.Start, tokens[opening - 1].Span.End));
            }
        }

        if (speaker is null && !quoted && SourceOf(layer, facts, sentence, speakers, ref source) is { } cited)
        {
            (speaker, voice, window) = (cited.Speaker, LoadedVoice.Reported, cited.Window);
        }

        if (speaker is null && !quoted && TailAttribution(layer, facts, sentence, last + 1, speakers) is { } tail)
        {
            (speaker, voice, window) = (tail.Speaker, LoadedVoice.Reported, tail.Window);
        }

        if (speaker is null && VerbBefore(layer, facts, sentence, first, speakers) is { } verb)
        {
            (speaker, window) = (verb.Speaker, verb.Window);
            voice = verb.Cue == Cue.Naming || scare ? LoadedVoice.Named : LoadedVoice.Reported;
            if (verb.Cue == Cue.Denial && !scare)
            {
                modality = LoadedModality.Denied;
            }
        }
        else if (speaker is not null && voice == LoadedVoice.Quote && VerbBefore(layer, facts, sentence, first, speakers) is { Cue: Cue.Denial } inQuote
            && QuoteHolds(quotes, span, inQuote.Window))
        {
            // A denial spoken inside the quotation: "we reject the description of this as terrorism".
            modality = LoadedModality.Denied;
        }

        if (speaker is null)
        {
            speaker = speakers.IssuerName;
            if (scare && modality == LoadedModality.Used)
            {
                // Scare quotes with no one reported as using the word: the voice keeps its distance.
                modality = LoadedModality.Distanced;
            }
        }

        var term = vocabulary.Terms[hit.Term];
        var spans = window is { } w ? ImmutableArray.Create(span, w) : [span];
        return new LoadedTerm(
            span.In(layer.Text).ToString(),
            term.Kind,
            speaker,
            About(layer, facts, sentence, hit),
            new Evidence(spans, LoadedRules.RuleId(voice, modality)));
    }

    /// <summary>True when one quotation holds both spans. A loop rather than a lambda: a lambda over the locals of
    /// <see cref="Read"/> would make it allocate a closure for every term, used or not.</summary>
    private static bool QuoteHolds(ImmutableArray<Quote> quotes, Span span, Span window)
    {
        foreach (var q in quotes)
        {
            if (q.Text.Contains(span) && q.Text.Contains(window))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Negation, distancing or a condition in the clause before the term.</summary>
    private LoadedModality Modality(TextLayer layer, VoiceTokens facts, Sentence sentence, int first)
    {
        var tokens = layer.Tokens;
        var before = first - 1;
        while (before >= sentence.FirstToken && tokens[before].Has(TokenFlags.OpeningQuote))
        {
            before--;
        }

        for (var d = Math.Max(sentence.FirstToken, before - 1); d <= before; d++)
        {
            if (d >= sentence.FirstToken && facts.Has(d, VoiceFacts.RhetoricCueStart) && distancing.MatchAt(layer, d) > 0)
            {
                return LoadedModality.Distanced;
            }
        }

        var hypothetical = false;
        for (var j = first - 1; j >= sentence.FirstToken && j >= first - MaxClauseLookBack; j--)
        {
            if (tokens[j].Shape is TokenShape.Punctuation && !tokens[j].Has(TokenFlags.OpeningQuote))
            {
                break;
            }

            var fact = facts[j];
            if ((fact & (VoiceFacts.ClauseOpener | VoiceFacts.Hypothetical)) == VoiceFacts.ClauseOpener)
            {
                break;
            }

            if ((fact & VoiceFacts.Negation) != 0 && !(j + 1 < first && facts.Has(j + 1, VoiceFacts.NotOnly)))
            {
                return LoadedModality.Negated;
            }

            hypothetical |= (fact & VoiceFacts.Hypothetical) != 0;
        }

        return hypothetical ? LoadedModality.Hypothetical : LoadedModality.Used;
    }

    /// <summary>True when the term stands in a short quoted phrase: scare quotes, not a quotation.</summary>
    private static bool ScareQuoted(TextLayer layer, Sentence sentence, int first, int last, out int opening)
    {
        var tokens = layer.Tokens;
        opening = -1;
        for (var j = first - 1; j >= sentence.FirstToken && j >= first - MaxScareQuoteTokens; j--)
        {
            if (tokens[j].Has(TokenFlags.ClosingQuote) && !tokens[j].Has(TokenFlags.OpeningQuote))
            {
                return false;
            }

            if (tokens[j].Has(TokenFlags.OpeningQuote))
            {
                opening = j;
                break;
            }
        }

        if (opening < 0)
        {
            return false;
        }

        for (var j = last + 1; j < sentence.EndToken && j <= last + MaxScareQuoteTokens; j++)
        {
            if (tokens[j].Has(TokenFlags.ClosingQuote))
            {
                return true;
            }

            if (tokens[j].Has(TokenFlags.OpeningQuote))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The source of the sentence read last, kept because a sentence with several labels has one source
    /// for all of them and the search reads the whole sentence.</summary>
    private struct SourceMemo
    {
        public bool Known;
        public int FirstToken;
        public (string Speaker, Span Window)? Value;
    }

    /// <summary><see cref="SourceOf(TextLayer, VoiceTokens, Sentence, SpeakerFinder)"/>, read once per sentence.</summary>
    private (string Speaker, Span Window)? SourceOf(TextLayer layer, VoiceTokens facts, Sentence sentence, SpeakerFinder speakers, ref SourceMemo memo)
    {
        if (!memo.Known || memo.FirstToken != sentence.FirstToken)
        {
            memo = new SourceMemo { Known = true, FirstToken = sentence.FirstToken, Value = SourceOf(layer, facts, sentence, speakers) };
        }

        return memo.Value;
    }

    /// <summary>"according to X", "citing X" anywhere in the sentence: X is the source of all of it.</summary>
    private (string Speaker, Span Window)? SourceOf(TextLayer layer, VoiceTokens facts, Sentence sentence, SpeakerFinder speakers)
    {
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            var length = facts.Has(k, VoiceFacts.RhetoricCueStart) ? source.MatchAt(layer, k) : 0;
            if (length == 0)
            {
                continue;
            }

            var from = k + length;
            var end = from;
            while (end < sentence.EndToken && end < from + MaxSourceTokens && layer.Tokens[end].Shape is not TokenShape.Punctuation)
            {
                end++;
            }

            if (speakers.Resolve(from, end) is { } cited)
            {
                return (cited, Window(layer, k, end));
            }
        }

        return null;
    }

    /// <summary>"…, the ministry underlined." / "…, said the ministry.": an attribution that closes the sentence.</summary>
    private (string Speaker, Span Window)? TailAttribution(TextLayer layer, VoiceTokens facts, Sentence sentence, int from, SpeakerFinder speakers)
    {
        var tokens = layer.Tokens;
        for (var comma = from; comma < sentence.EndToken; comma++)
        {
            if (!IsComma(layer, comma))
            {
                continue;
            }

            var limit = Math.Min(sentence.EndToken, comma + 1 + MaxSubjectTokens);
            for (var v = comma + 1; v < limit; v++)
            {
                var length = SpeechAt(layer, facts, v);
                if (length == 0)
                {
                    if (tokens[v].Shape is TokenShape.Punctuation)
                    {
                        break;
                    }

                    continue;
                }

                if (sentence.EndToken - (v + length) > MaxTailTokens)
                {
                    break;
                }

                // ", the ministry said" names the speaker before the verb; ", said the ministry" after it.
                var speaker = v > comma + 1
                    ? speakers.Subject(comma + 1, v)
                    : speakers.Resolve(v + length, Math.Min(sentence.EndToken, v + length + MaxSubjectTokens));
                if (speaker is not null)
                {
                    return (speaker, Window(layer, comma + 1, Math.Min(sentence.EndToken, v + length)));
                }

                break;
            }
        }

        return null;
    }

    /// <summary>The nearest speech, naming or denial verb before the term in its sentence, with its subject.</summary>
    private (string Speaker, Span Window, Cue Cue)? VerbBefore(TextLayer layer, VoiceTokens facts, Sentence sentence, int first, SpeakerFinder speakers)
    {
        var tokens = layer.Tokens;
        for (var v = first - 1; v >= sentence.FirstToken; v--)
        {
            if (v + 1 < first && IsComma(layer, v) && facts.Has(v + 1, VoiceFacts.Relative))
            {
                // ", which was attacked by …": a relative clause after a comma is the reporter's background.
                return null;
            }

            var (cue, length) = CueAt(layer, facts, v);
            if (cue == Cue.None || v + length > first)
            {
                continue;
            }

            if (Infinitive(layer, sentence, v))
            {
                // An infinitive ("to describe", "to urgently condemn") has no subject of its own here.
                continue;
            }

            var participle = layer.TokenLower(v).EndsWith("ing", StringComparison.Ordinal);
            if (participle && !(v > sentence.FirstToken && (IsComma(layer, v - 1) || facts.Has(v - 1, VoiceFacts.Progressive))))
            {
                // A gerund ("with the aim of denouncing …") reports no one's words; only a participle clause after a
                // comma or a progressive ("is calling it …") does.
                continue;
            }

            if (cue == Cue.Naming && v + length < tokens.Length && facts.Has(v + length, VoiceFacts.CallParticle))
            {
                // "called on X to …" is a demand: the clause after it is still the caller's words.
                cue = Cue.Speech;
            }

            string? speaker;
            int windowStart;
            if (participle && IsComma(layer, v - 1))
            {
                // "…, calling the statements propaganda": the participle's subject is the main clause's.
                windowStart = sentence.FirstToken;
                speaker = speakers.Resolve(windowStart, Math.Min(v, sentence.FirstToken + MaxSubjectTokens));
            }
            else
            {
                windowStart = SubjectStart(layer, facts, sentence, v);
                speaker = speakers.Subject(windowStart, v);
                if (speaker is null && windowStart == v && windowStart > sentence.FirstToken && IsComma(layer, windowStart - 1))
                {
                    // "X's ambassador, Jane Doe, said": the apposition before the comma names the speaker too.
                    windowStart = SubjectStart(layer, facts, sentence, windowStart - 1);
                    speaker = speakers.Subject(windowStart, v);
                }
            }

            if (speaker is not null)
            {
                return (speaker, Window(layer, windowStart, v + length), cue);
            }
        }

        return null;
    }

    /// <summary>Where the subject of the verb at <paramref name="verb"/> starts: after the last clause break.</summary>
    private static int SubjectStart(TextLayer layer, VoiceTokens facts, Sentence sentence, int verb)
    {
        var tokens = layer.Tokens;
        var floor = Math.Max(sentence.FirstToken, verb - MaxSubjectTokens);
        for (var j = verb - 1; j >= floor; j--)
        {
            if ((tokens[j].Shape is TokenShape.Punctuation && !tokens[j].Has(TokenFlags.Possessive)) || facts.Has(j, VoiceFacts.ClauseOpener))
            {
                return j + 1;
            }
        }

        return floor;
    }

    private static bool Infinitive(TextLayer layer, Sentence sentence, int verb)
    {
        for (var j = verb - 1; j >= sentence.FirstToken && j >= verb - 2; j--)
        {
            var lower = layer.TokenLower(j);
            if (lower.SequenceEqual("to"))
            {
                return true;
            }

            if (!lower.EndsWith("ly", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return false;
    }

    private (Cue Cue, int Length) CueAt(TextLayer layer, VoiceTokens facts, int k)
    {
        if (!facts.Has(k, VoiceFacts.RhetoricCueStart))
        {
            return (Cue.None, 0);
        }

        var length = denial.MatchAt(layer, k);
        if (length > 0)
        {
            return (Cue.Denial, length);
        }

        length = naming.MatchAt(layer, k);
        if (length > 0)
        {
            return (Cue.Naming, length);
        }

        length = SpeechAt(layer, facts, k);
        return length > 0 ? (Cue.Speech, length) : (Cue.None, 0);
    }

    private int SpeechAt(TextLayer layer, VoiceTokens facts, int k)
    {
        if (!facts.Has(k, VoiceFacts.RhetoricCueStart))
        {
            return 0;
        }

        var length = speech.MatchAt(layer, k);
        return length > 0 ? length : moreSpeech.MatchAt(layer, k);
    }

    /// <summary>Whom or what the term labels, when the text says so: the noun phrase an adjective qualifies, the
    /// complement after "of", "by", "against", or the nationality or possessor right before a noun.</summary>
    private string? About(TextLayer layer, VoiceTokens facts, Sentence sentence, LoadedVocabulary.Hit hit)
    {
        var tokens = layer.Tokens;
        var after = hit.FirstToken + hit.TokenCount;
        var term = vocabulary.Terms[hit.Term];
        var adjective = term.Kind == LoadedKind.Intensifier
            || (hit.Form.Words.Length == 1 && (term.Adjectives.Contains(hit.Form.Words[0]) || term.Attributive.Contains(hit.Form.Words[0])))
            || hit.InCompound;
        if (after < sentence.EndToken && facts.Has(after, VoiceFacts.AboutPreposition))
        {
            return Phrase(layer, facts, sentence, after + 1, -1);
        }

        if (adjective && after < sentence.EndToken)
        {
            return Phrase(layer, facts, sentence, after, HeadAfter(layer, facts, sentence, after, term.Heads));
        }

        var before = hit.FirstToken - 1;
        if (before >= sentence.FirstToken && tokens[before].Has(TokenFlags.Possessive) && before - 1 >= sentence.FirstToken)
        {
            before--;
        }

        return before >= sentence.FirstToken && before > sentence.FirstToken - 1 && tokens[before].Shape is TokenShape.Capitalized or TokenShape.AllCaps
            && !facts.Has(before, VoiceFacts.Function)
            ? layer.TokenText(before).ToString()
            : null;
    }

    /// <summary>The head noun of the wanted class within four tokens after <paramref name="from"/>, or -1.</summary>
    private int HeadAfter(TextLayer layer, VoiceTokens facts, Sentence sentence, int from, LoadedVocabulary.HeadClass wanted)
    {
        if (wanted == LoadedVocabulary.HeadClass.None)
        {
            return -1;
        }

        for (var j = from; j < sentence.EndToken && j < from + 4; j++)
        {
            if ((HeadOf(facts, j) & wanted) != 0)
            {
                // "nationalist groups": the last of a run of head nouns is the head.
                while (j + 1 < sentence.EndToken && (HeadOf(facts, j + 1) & wanted) != 0)
                {
                    j++;
                }

                return j;
            }
        }

        return -1;
    }

    /// <summary>A noun phrase from token <paramref name="from"/>: up to five words, stopping at punctuation or a
    /// function word after the first word.</summary>
    private static string? Phrase(TextLayer layer, VoiceTokens facts, Sentence sentence, int from, int head)
    {
        var tokens = layer.Tokens;
        if (from >= sentence.EndToken || facts.Has(from, VoiceFacts.Function))
        {
            return null;
        }

        if (head >= from)
        {
            return layer.Text[tokens[from].Span.Start..tokens[head].Span.End];
        }

        var end = from;
        while (end < sentence.EndToken && end < from + 5)
        {
            var shape = tokens[end].Shape;
            if (shape is TokenShape.Punctuation or TokenShape.Symbol || tokens[end].Has(TokenFlags.FootnoteMarker))
            {
                break;
            }

            if (end > from && facts.Has(end, VoiceFacts.Function) && !layer.TokenLower(end).SequenceEqual("of"))
            {
                break;
            }

            end++;
        }

        while (end > from && facts.Has(end - 1, VoiceFacts.Function))
        {
            end--;
        }

        return end > from ? layer.Text[tokens[from].Span.Start..tokens[end - 1].Span.End] : null;
    }

    /// <summary>What token <paramref name="k"/> names as a head noun.</summary>
    private static LoadedVocabulary.HeadClass HeadOf(VoiceTokens facts, int k) =>
        (facts.Has(k, VoiceFacts.HeadPeople) ? LoadedVocabulary.HeadClass.People : LoadedVocabulary.HeadClass.None)
        | (facts.Has(k, VoiceFacts.HeadAct) ? LoadedVocabulary.HeadClass.Act : LoadedVocabulary.HeadClass.None);

    private static bool IsComma(TextLayer layer, int k) =>
        layer.Tokens[k].Shape is TokenShape.Punctuation && layer.TokenText(k) is "," or ";";

    private static Span Window(TextLayer layer, int first, int end) =>
        Span.FromBounds(layer.Tokens[first].Span.Start, layer.Tokens[Math.Max(first, end - 1)].Span.End);
}
