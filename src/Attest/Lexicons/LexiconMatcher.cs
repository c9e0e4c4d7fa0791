using System.Buffers;
using System.Collections.Immutable;
using Attest.Text;

namespace Attest.Lexicons;

/// <summary>Finds every lexicon form in a text layer in one left-to-right pass: at each token the longest form
/// that starts there wins, matches do not overlap, and a match never crosses a sentence boundary. Built once
/// from lexicon entries; immutable and thread-safe.</summary>
/// <remarks>
/// <para>Every name and alias of an entry is a pattern, and so are the <c>exact=</c> short forms and, for any
/// entry that has them, the <c>adj=</c> and <c>demonym=</c> forms (flagged as such in <see cref="LexiconHit.Form"/>).
/// Forms are tokenized by the same text layer as the texts, so "U.S.", "Côte d'Ivoire" and "Armenia's" split
/// alike on both sides. Tokens are compared in lower case with the apostrophes ’ ʼ and the hyphens ‐ ‑ folded
/// to ' and -.</para>
/// <para>Case rules, from the strictest:</para>
/// <list type="bullet">
/// <item>Exact: forms listed in <c>exact=</c> and every form of an entry with <c>exact=yes</c> match only with
/// exactly the lexicon's case (US, not "us"; Nice, not "nice").</item>
/// <item>Capitalised: entries with <c>homonym=common_word</c> (Turkey, Chile, the title Major) match only where
/// each word that is capitalised in the lexicon is capitalised in the text.</item>
/// <item>Proper name (every other entry of a kind that is not a common-noun kind): a form that has a capital
/// letter in the lexicon does not match when the text writes all of it in lower case at a sentence-internal
/// position ("turkey", "china", "chad", "georgia" as ordinary words); at the start of a sentence, after
/// nothing but punctuation, lower case is taken for sloppy writing and matches.</item>
/// <item>Any case: entries of a common-noun kind (<see cref="LexiconMatcherOptions.CommonNounKinds"/>: titles
/// such as "president" and "ambassador").</item>
/// </list>
/// <para>When the longest form at a position fails its case rule for every entry, a shorter form that passes is
/// taken instead. A match reports all entries that share the matched form and pass their case rules.</para>
/// <para>The automaton is a trie over token ids: a vocabulary of folded lower-case token forms, queried with
/// span lookups on <see cref="TextLayer.Lower"/>; the root's transitions are a table indexed by token id, the
/// other nodes' transitions a sorted run in flat arrays, and accepting nodes carry pattern ids.</para>
/// </remarks>
public sealed class LexiconMatcher
{

    private readonly Dictionary<string, int> vocabulary;
    private readonly WordLookup<int> lookup;
    private readonly WordLookup<int> firstLookup;

    /// <summary>The words of <see cref="lookup"/> and <see cref="firstLookup"/> that are plain ASCII of one to
    /// sixteen characters, packed (<see cref="PackedWords{TValue}"/>), with their ids plus one (0 is no word).
    /// Nearly every token of a text is such a word, and is answered here with one or two vector loads and a
    /// key comparison instead of hashing; no ASCII character folds, so such a token is found here or is no word.</summary>
    private readonly PackedWords<int> packed;
    private readonly PackedWords<int> firstPacked;
    private readonly int[] rootNext;
    private readonly int[] edgeStart;
    private readonly int[] edgeToken;
    private readonly int[] edgeTarget;
    private readonly int[] acceptStart;
    private readonly int[] acceptPattern;
    private readonly ImmutableArray<LexiconHit>[] nodeHits;
    private readonly Pattern[] patterns;
    private readonly bool[] caseFree;

    private LexiconMatcher(
        ImmutableArray<LexiconEntry> entries,
        Dictionary<string, int> vocabulary,
        int[] rootNext,
        int[] edgeStart,
        int[] edgeToken,
        int[] edgeTarget,
        int[] acceptStart,
        int[] acceptPattern,
        ImmutableArray<LexiconHit>[] nodeHits,
        Pattern[] patterns,
        ImmutableArray<string> diagnostics)
    {
        Entries = entries;
        this.vocabulary = vocabulary;
        // Built once, then queried for every token of every text, most of which are no form's word.
        lookup = new WordLookup<int>(vocabulary);

        // Only the words that start a form, asked of every token: far fewer than the whole vocabulary, without
        // the small words ("of", "and", "for") that occur inside names and everywhere in text, so most tokens
        // are answered by its bitmap alone and the full vocabulary is asked only for a token that may continue a form.
        firstLookup = new WordLookup<int>(vocabulary.Where(word => rootNext[word.Value] >= 0));
        packed = new PackedWords<int>(vocabulary.Select(word => KeyValuePair.Create(word.Key, word.Value + 1)));
        firstPacked = new PackedWords<int>(vocabulary.Where(word => rootNext[word.Value] >= 0)
            .Select(word => KeyValuePair.Create(word.Key, word.Value + 1)));
        this.rootNext = rootNext;
        this.edgeStart = edgeStart;
        this.edgeToken = edgeToken;
        this.edgeTarget = edgeTarget;
        this.acceptStart = acceptStart;
        this.acceptPattern = acceptPattern;
        this.nodeHits = nodeHits;
        this.patterns = patterns;
        Diagnostics = diagnostics;

        // A node whose every pattern passes whatever the case of the text (a common noun such as "president", a
        // name written all in lower case in the lexicon) needs no look at the written tokens when it is reached.
        caseFree = new bool[acceptStart.Length - 1];
        for (var node = 0; node < caseFree.Length; node++)
        {
            var free = true;
            for (var a = acceptStart[node]; a < acceptStart[node + 1]; a++)
            {
                var pattern = patterns[acceptPattern[a]];
                free &= pattern.Rule == CaseRule.Any || (pattern.Rule == CaseRule.ProperName && !pattern.HasUpper);
            }

            caseFree[node] = free;
        }
    }

    private enum CaseRule : byte
    {
        Any,
        ProperName,
        Capitalised,
        Exact,
    }

    /// <summary>The entries the matcher was built from, in the order given.</summary>
    public ImmutableArray<LexiconEntry> Entries { get; }

    /// <summary>Defects found while building, one line each with the entry's <c>file:line</c>: duplicate forms,
    /// forms shared by two entries of one kind without <c>ambiguous_alias=</c>, <c>exact=</c> forms shadowed by a
    /// case-insensitive alias, forms that yield no token. The matcher still works; the lines are for lexicon authors.</summary>
    public ImmutableArray<string> Diagnostics { get; }

    /// <summary>How many forms (patterns) the matcher knows.</summary>
    public int PatternCount => patterns.Length;

    /// <summary>How many distinct folded token forms the patterns use.</summary>
    public int VocabularySize => vocabulary.Count;

    /// <summary>The bundled kinds whose entries are names to find in text; the other bundled kinds are word lists
    /// that one stage reads for itself (abbreviations, time words, cue words).</summary>
    public static ImmutableArray<string> NameKinds { get; } = ["country", "city", "region", "organization", "title", "instrument"];

    /// <summary>The entries of <paramref name="lexicons"/> that the analyzer's one matcher finds: those of the
    /// <see cref="NameKinds"/>, and those of any kind that no bundled lexicon defines (a user's <c>person</c> or
    /// <c>outlet</c> entries).</summary>
    public static IEnumerable<LexiconEntry> MatchableEntries(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        var bundledKinds = LexiconSet.Bundled.All.Select(e => e.Kind).ToHashSet(StringComparer.Ordinal);
        return lexicons.All.Where(e => NameKinds.Contains(e.Kind) || !bundledKinds.Contains(e.Kind));
    }

    /// <summary>Builds a matcher over every form of <paramref name="entries"/> with the default options.</summary>
    public static LexiconMatcher Build(IEnumerable<LexiconEntry> entries) => Build(entries, LexiconMatcherOptions.Default);

    /// <summary>Builds a matcher over every form of <paramref name="entries"/>.</summary>
    public static LexiconMatcher Build(IEnumerable<LexiconEntry> entries, LexiconMatcherOptions options)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(options);
        return new Builder(entries.ToImmutableArray(), options).Build();
    }

    /// <summary>All matches in <paramref name="layer"/>, left to right, longest first, non-overlapping.</summary>
    public ImmutableArray<LexiconMatch> Match(TextLayer layer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        return Run(layer, 0, layer.Tokens.Length, null);
    }

    /// <summary>The matches inside tokens <c>[firstToken, endToken)</c> that name an entry <paramref name="accept"/>
    /// takes, by the same rules as <see cref="Match"/>: the places inside an organisation's name, say. A token
    /// keeps its position in its sentence for the case rules.</summary>
    public ImmutableArray<LexiconMatch> MatchWithin(TextLayer layer, int firstToken, int endToken, Func<LexiconEntry, bool> accept)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(accept);
        ArgumentOutOfRangeException.ThrowIfNegative(firstToken);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(endToken, layer.Tokens.Length);
        return firstToken >= endToken ? [] : Run(layer, firstToken, endToken, accept);
    }

    private ImmutableArray<LexiconMatch> Run(TextLayer layer, int from, int to, Func<LexiconEntry, bool>? accept)
    {
        var tokens = layer.Tokens.AsSpan();
        if (from >= to)
        {
            return [];
        }

        var count = to - from;
        var formStarts = ArrayPool<int>.Shared.Rent(count);
        var startNodes = ArrayPool<int>.Shared.Rent(count);
        try
        {
            var lowerString = layer.Lower;
            var lowerText = lowerString.AsSpan();
            var startCount = 0;
            for (var t = from; t < to; t++)
            {
                // The root's step is taken once per token here, and only the tokens that start a form are listed
                // (about one in six), so the scan below visits only them; a token inside a form gets its id when
                // a form reaches it.
                var id = FirstTokenId(lowerString, tokens[t].Span);
                if (id >= 0)
                {
                    formStarts[startCount] = t;
                    startNodes[startCount++] = rootNext[id];
                }
            }

            // Pooled and copied once at the end: a builder would grow (and copy) several times per document.
            using var result = new PooledList<LexiconMatch>(Math.Min(count / 4, 1024));
            var text = layer.Text.AsSpan();
            var sentences = layer.Sentences.AsSpan();
            var nextStart = 0;
            for (var s = FirstSentenceEndingAfter(sentences, from); s < sentences.Length && sentences[s].FirstToken < to; s++)
            {
                var sentence = sentences[s];
                var scan = new Scan(text, tokens, FirstWordOf(tokens, sentence), accept);
                var end = Math.Min(sentence.EndToken, to);
                var lastOfSentence = sentence.EndToken - 1;

                // The sentence's last token may end a trimmed form ("Protocol I." less its period) only when it is
                // an abbreviation; otherwise the scan has no reason to stop there.
                var trimStop = tokens[lastOfSentence].Has(TokenFlags.Abbreviation) ? lastOfSentence : end;
                var i = Math.Max(sentence.FirstToken, from);
                while (i < end)
                {
                    // Straight to the next token that starts a form, or to the sentence's last token when it may
                    // still start a trimmed form; the tokens in between start nothing.
                    while (nextStart < startCount && formStarts[nextStart] < i)
                    {
                        nextStart++;
                    }

                    var ahead = nextStart < startCount ? Math.Min(formStarts[nextStart], trimStop) : trimStop;
                    if (ahead >= end)
                    {
                        break;
                    }

                    i = Math.Max(i, ahead);
                    var node = nextStart < startCount && formStarts[nextStart] == i ? startNodes[nextStart] : -1;

                    // No form starts here; only the sentence's last token may still start a trimmed form.
                    if (node < 0 && i != lastOfSentence)
                    {
                        i++;
                        continue;
                    }

                    var bestEnd = -1;
                    var bestNode = -1;
                    var bestTrimmed = false;
                    var bestAll = false;
                    var j = i;
                    var previous = 0;
                    while (true)
                    {
                        if (node >= 0 && Accepts(node, scan, i, false, out var all))
                        {
                            bestEnd = j + 1;
                            bestNode = node;
                            bestTrimmed = false;
                            bestAll = all;
                        }

                        // The trimmed form may only end a match, and only at the end of its sentence.
                        if (j == lastOfSentence && previous >= 0)
                        {
                            var trimmed = Step(previous, TrimmedId(tokens[j], lowerText));
                            if (trimmed >= 0 && Accepts(trimmed, scan, i, true, out var allTrimmed))
                            {
                                bestEnd = j + 1;
                                bestNode = trimmed;
                                bestTrimmed = true;
                                bestAll = allTrimmed;
                            }
                        }

                        j++;

                        // A node without transitions ends the form here: no token after it, nor its trimmed
                        // form, can step further, so the next token is not looked up.
                        if (node < 0 || j >= end || edgeStart[node] == edgeStart[node + 1])
                        {
                            break;
                        }

                        previous = node;
                        node = Step(node, TokenId(lowerString, tokens[j].Span));
                    }

                    if (bestNode < 0)
                    {
                        i++;
                        continue;
                    }

                    var last = tokens[bestEnd - 1].Span;
                    var span = Span.FromBounds(tokens[i].Span.Start, bestTrimmed ? last.End - 1 : last.End);
                    result.Add(new LexiconMatch(i, bestEnd - i, span, HitsAt(bestNode, scan, i, bestTrimmed, bestAll)));
                    i = bestEnd;
                }
            }

            return result.ToImmutable();
        }
        finally
        {
            ArrayPool<int>.Shared.Return(formStarts);
            ArrayPool<int>.Shared.Return(startNodes);
        }
    }

    /// <summary>The id of <paramref name="token"/> without its final period, or -1: "Additional Protocol I." at
    /// the end of a sentence, where the period may belong to the sentence. Asked only of a sentence's last token.</summary>
    private int TrimmedId(in Token token, ReadOnlySpan<char> lowerText)
    {
        var lower = lowerText.Slice(token.Span.Start, token.Span.Length);
        return token.Has(TokenFlags.Abbreviation) && lower.Length > 1 && lower[^1] == '.' ? TokenId(lower[..^1]) : -1;
    }

    /// <summary>The index of the first sentence that ends after token <paramref name="token"/>.</summary>
    private static int FirstSentenceEndingAfter(ReadOnlySpan<Sentence> sentences, int token)
    {
        var lo = 0;
        var hi = sentences.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sentences[mid].EndToken <= token)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The entries whose single-token form is <paramref name="word"/> under the case rules, read as a
    /// sentence-internal word: for the parts of a hyphenated compound ("Armenia" in "Armenia-Azerbaijan").</summary>
    public ImmutableArray<LexiconHit> MatchWord(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > 256)
        {
            return [];
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        var id = TokenId(lower);
        if (id < 0 || rootNext[id] < 0)
        {
            return [];
        }

        var node = rootNext[id];
        var hits = ImmutableArray.CreateBuilder<LexiconHit>();
        for (var a = acceptStart[node]; a < acceptStart[node + 1]; a++)
        {
            ref readonly var pattern = ref patterns[acceptPattern[a]];
            if (pattern.Tokens.Length == 1 && PassesWord(pattern, word))
            {
                AddHit(hits, new LexiconHit(Entries[pattern.Entry], pattern.Form));
            }
        }

        return hits.DrainToImmutable();
    }

    private static bool PassesWord(in Pattern pattern, ReadOnlySpan<char> word) => pattern.Rule switch
    {
        CaseRule.Exact => TokenFold.Spells(word, pattern.Tokens[0]),
        CaseRule.Capitalised => !StartsUpper(pattern.Tokens[0]) || StartsUpper(word),
        CaseRule.ProperName => !pattern.HasUpper || HasUpper(word),
        _ => true,
    };

    private int TokenId(ReadOnlySpan<char> lower) => lookup.TryGetFolded(lower, out var id) ? id : -1;

    /// <summary>The id of the token at <paramref name="span"/> of <paramref name="lowerText"/>, or -1.</summary>
    private int TokenId(string lowerText, Span span)
    {
        if (packed.TryFind(lowerText, span, out var found))
        {
            return found - 1;
        }

        return TokenId(span.In(lowerText));
    }

    /// <summary>The id of the token at <paramref name="span"/> of <paramref name="lowerText"/> when it is the
    /// first word of some form, or -1.</summary>
    private int FirstTokenId(string lowerText, Span span)
    {
        if (firstPacked.TryFind(lowerText, span, out var found))
        {
            return found - 1;
        }

        return firstLookup.TryGetFolded(span.In(lowerText), out var id) ? id : -1;
    }

    private int Next(int node, int token)
    {
        var lo = edgeStart[node];
        var hi = edgeStart[node + 1] - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var value = edgeToken[mid];
            if (value == token)
            {
                return edgeTarget[mid];
            }

            if (value < token)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }

    private int Step(int node, int token)
    {
        if (token < 0)
        {
            return -1;
        }

        return node == 0 ? rootNext[token] : Next(node, token);
    }

    /// <summary>True when some pattern of <paramref name="node"/> passes its case rule (and the caller's filter)
    /// for the form at <paramref name="first"/>. Without a filter every pattern is tried, and
    /// <paramref name="all"/> tells whether every one passed: then <see cref="HitsAt"/>, for the node that wins,
    /// returns the node's hits without trying the patterns a second time.</summary>
    private bool Accepts(int node, in Scan scan, int first, bool trimmed, out bool all)
    {
        if (scan.Accept is null && caseFree[node])
        {
            all = true;
            return acceptStart[node] < acceptStart[node + 1];
        }

        var any = false;
        all = scan.Accept is null;
        for (var a = acceptStart[node]; a < acceptStart[node + 1]; a++)
        {
            ref readonly var pattern = ref patterns[acceptPattern[a]];
            if ((scan.Accept is null || scan.Accept(Entries[pattern.Entry])) && Passes(pattern, scan, first, trimmed))
            {
                any = true;
                if (!all)
                {
                    return true;
                }
            }
            else
            {
                all = false;
                if (any)
                {
                    return true;
                }
            }
        }

        return any;
    }

    /// <summary>The hits of <paramref name="node"/> whose patterns pass for the form at <paramref name="first"/>;
    /// <paramref name="allPass"/> is what <see cref="Accepts"/> found for the same node and form.</summary>
    private ImmutableArray<LexiconHit> HitsAt(int node, in Scan scan, int first, bool trimmed, bool allPass)
    {
        if (scan.Accept is null && (allPass || caseFree[node]))
        {
            return nodeHits[node];
        }

        var hits = ImmutableArray.CreateBuilder<LexiconHit>();
        for (var a = acceptStart[node]; a < acceptStart[node + 1]; a++)
        {
            ref readonly var pattern = ref patterns[acceptPattern[a]];
            if ((scan.Accept is null || scan.Accept(Entries[pattern.Entry])) && Passes(pattern, scan, first, trimmed))
            {
                AddHit(hits, new LexiconHit(Entries[pattern.Entry], pattern.Form));
            }
        }

        return hits.DrainToImmutable();
    }

    private static void AddHit(ImmutableArray<LexiconHit>.Builder hits, LexiconHit hit)
    {
        foreach (var existing in hits)
        {
            if (ReferenceEquals(existing.Entry, hit.Entry) && existing.Form == hit.Form)
            {
                return;
            }
        }

        hits.Add(hit);
    }

    private static bool Passes(in Pattern pattern, in Scan scan, int first, bool trimmed)
    {
        var last = pattern.Tokens.Length - 1;
        switch (pattern.Rule)
        {
            case CaseRule.Exact:
                for (var k = 0; k <= last; k++)
                {
                    if (!TokenFold.Spells(scan.Written(first + k, trimmed && k == last), pattern.Tokens[k]))
                    {
                        return false;
                    }
                }

                return true;
            case CaseRule.Capitalised:
                for (var k = 0; k <= last; k++)
                {
                    if (StartsUpper(pattern.Tokens[k]) && !StartsUpper(scan.Written(first + k, false)))
                    {
                        return false;
                    }
                }

                return true;
            case CaseRule.ProperName:
                if (!pattern.HasUpper)
                {
                    return true;
                }

                for (var k = 0; k <= last; k++)
                {
                    if (HasUpper(scan.Written(first + k, false)))
                    {
                        return true;
                    }
                }

                // Sentence-initial: nothing but punctuation before the form.
                return first <= scan.FirstWord;
            default:
                return true;
        }
    }

    /// <summary>The first token of <paramref name="sentence"/> that is neither punctuation, a symbol nor part of a
    /// list marker (the sentence's end when there is none): a form that starts there or before stands where
    /// sloppy writing may leave a name in lower case. Found once per sentence, not once per lower-case form.</summary>
    private static int FirstWordOf(ReadOnlySpan<Token> tokens, Sentence sentence)
    {
        var k = sentence.FirstToken;
        while (k < sentence.EndToken
            && (tokens[k].Shape is TokenShape.Punctuation or TokenShape.Symbol || tokens[k].Has(TokenFlags.ListMarker)))
        {
            k++;
        }

        return k;
    }

    private static bool StartsUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                return char.IsUpper(c);
            }
        }

        return false;
    }

    private static bool HasUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What the case rules read while one sentence is scanned.</summary>
    private readonly ref struct Scan(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int firstWord, Func<LexiconEntry, bool>? accept)
    {
        private readonly ReadOnlySpan<char> text = text;

        public ReadOnlySpan<Token> Tokens { get; } = tokens;

        /// <summary>The sentence's <see cref="FirstWordOf"/>.</summary>
        public int FirstWord { get; } = firstWord;

        public Func<LexiconEntry, bool>? Accept { get; } = accept;

        /// <summary>Token <paramref name="t"/> as written, without its final period when <paramref name="trimmed"/>.</summary>
        public ReadOnlySpan<char> Written(int t, bool trimmed)
        {
            var span = Tokens[t].Span;
            return text.Slice(span.Start, trimmed ? span.Length - 1 : span.Length);
        }
    }

    /// <summary>One written form: which entry, which kind of form, its case rule and its tokens as written in the lexicon.</summary>
    private readonly record struct Pattern(int Entry, LexiconForm Form, CaseRule Rule, bool HasUpper, string[] Tokens, string Text);

    /// <summary>Compiles entries into the automaton; used once per matcher.</summary>
    private sealed class Builder(ImmutableArray<LexiconEntry> entries, LexiconMatcherOptions options)
    {
        private readonly TextLayerBuilder tokenizer = options.Tokenizer ?? TextLayerBuilder.Default;
        private readonly Dictionary<string, int> vocabulary = new(StringComparer.Ordinal);
        private readonly List<Pattern> patterns = [];
        private readonly List<int[]> patternIds = [];
        private readonly List<string> diagnostics = [];

        public LexiconMatcher Build()
        {
            for (var e = 0; e < entries.Length; e++)
            {
                AddEntry(e);
            }

            ReportSharedForms();

            // The trie: node 0 is the root; transitions collected in a dictionary, then frozen.
            var transitions = new Dictionary<(int Node, int Token), int>();
            var accepts = new List<List<int>> { new() };
            for (var p = 0; p < patterns.Count; p++)
            {
                var node = 0;
                foreach (var id in patternIds[p])
                {
                    if (!transitions.TryGetValue((node, id), out var next))
                    {
                        next = accepts.Count;
                        accepts.Add([]);
                        transitions.Add((node, id), next);
                    }

                    node = next;
                }

                accepts[node].Add(p);
            }

            var nodeCount = accepts.Count;
            var rootNext = new int[vocabulary.Count];
            Array.Fill(rootNext, -1);
            var edges = transitions.Where(t => t.Key.Node != 0)
                .OrderBy(t => t.Key.Node).ThenBy(t => t.Key.Token)
                .ToArray();
            foreach (var t in transitions.Where(t => t.Key.Node == 0))
            {
                rootNext[t.Key.Token] = t.Value;
            }

            var edgeStart = new int[nodeCount + 1];
            var edgeToken = new int[edges.Length];
            var edgeTarget = new int[edges.Length];
            var counts = new int[nodeCount];
            foreach (var edge in edges)
            {
                counts[edge.Key.Node]++;
            }

            for (var n = 0; n < nodeCount; n++)
            {
                edgeStart[n + 1] = edgeStart[n] + counts[n];
            }

            for (var k = 0; k < edges.Length; k++)
            {
                edgeToken[k] = edges[k].Key.Token;
                edgeTarget[k] = edges[k].Value;
            }

            var acceptStart = new int[nodeCount + 1];
            var acceptPattern = new List<int>();
            var nodeHits = new ImmutableArray<LexiconHit>[nodeCount];
            for (var n = 0; n < nodeCount; n++)
            {
                acceptStart[n] = acceptPattern.Count;
                var hits = ImmutableArray.CreateBuilder<LexiconHit>();
                foreach (var p in accepts[n])
                {
                    acceptPattern.Add(p);
                    AddHit(hits, new LexiconHit(entries[patterns[p].Entry], patterns[p].Form));
                }

                nodeHits[n] = hits.DrainToImmutable();
            }

            acceptStart[nodeCount] = acceptPattern.Count;
            return new LexiconMatcher(entries, vocabulary, rootNext, edgeStart, edgeToken, edgeTarget, acceptStart,
                [.. acceptPattern], nodeHits, [.. patterns], [.. diagnostics]);
        }

        private void AddEntry(int e)
        {
            var entry = entries[e];
            var exactAttribute = entry.Attribute("exact");
            var exactAll = string.Equals(exactAttribute, "yes", StringComparison.OrdinalIgnoreCase);
            var exactForms = exactAll ? [] : SplitList(exactAttribute);
            var ambiguous = SplitList(entry.Attribute("ambiguous_alias"));
            var rule = exactAll ? CaseRule.Exact
                : string.Equals(entry.Attribute("homonym"), "common_word", StringComparison.OrdinalIgnoreCase) ? CaseRule.Capitalised
                : options.CommonNounKinds.Contains(entry.Kind) ? CaseRule.Any
                : CaseRule.ProperName;

            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var exactSeen = new HashSet<string>(StringComparer.Ordinal);
            void Add(string form, LexiconForm kind, CaseRule formRule, bool nameClass)
            {
                if (nameClass && formRule != CaseRule.Exact && !seen.Add(form))
                {
                    diagnostics.Add($"{entry.Source}: form \"{form}\" of \"{entry.Name}\" repeats an earlier form of the entry (forms match in any case)");
                    return;
                }

                AddPattern(e, form, kind, formRule);
            }

            foreach (var form in exactForms)
            {
                if (!exactSeen.Add(form))
                {
                    diagnostics.Add($"{entry.Source}: duplicate exact form \"{form}\" in \"{entry.Name}\"");
                }
            }

            var nameIsExact = exactForms.Contains(entry.Name, StringComparer.Ordinal);
            Add(entry.Name, LexiconForm.Name, nameIsExact ? CaseRule.Exact : rule, nameClass: true);
            foreach (var alias in entry.Aliases)
            {
                if (exactForms.Contains(alias, StringComparer.Ordinal))
                {
                    diagnostics.Add($"{entry.Source}: exact form \"{alias}\" of \"{entry.Name}\" is also a case-insensitive alias");
                }

                var isAmbiguous = ambiguous.Contains(alias, StringComparer.OrdinalIgnoreCase);
                Add(alias, isAmbiguous ? LexiconForm.AmbiguousAlias : LexiconForm.Alias, rule, nameClass: true);
            }

            foreach (var form in exactSeen)
            {
                if (!string.Equals(form, entry.Name, StringComparison.Ordinal))
                {
                    var isAmbiguous = ambiguous.Contains(form, StringComparer.Ordinal);
                    AddPattern(e, form, isAmbiguous ? LexiconForm.AmbiguousAlias : LexiconForm.Exact, CaseRule.Exact);
                }
            }

            // The form may be an alias, an exact= short form, or the name itself (the default reading says so).
            foreach (var form in ambiguous)
            {
                if (!entry.Aliases.Contains(form, StringComparer.OrdinalIgnoreCase) && !exactSeen.Contains(form)
                    && !string.Equals(form, entry.Name, StringComparison.OrdinalIgnoreCase))
                {
                    diagnostics.Add($"{entry.Source}: ambiguous_alias \"{form}\" is not an alias of \"{entry.Name}\"");
                }
            }

            foreach (var form in SplitList(entry.Attribute("adj")))
            {
                AddPattern(e, form, LexiconForm.Adjective, exactForms.Contains(form, StringComparer.Ordinal) ? CaseRule.Exact : rule);
            }

            foreach (var form in SplitList(entry.Attribute("demonym")))
            {
                AddPattern(e, form, LexiconForm.Demonym, exactForms.Contains(form, StringComparer.Ordinal) ? CaseRule.Exact : rule);
            }
        }

        private void AddPattern(int entry, string form, LexiconForm kind, CaseRule rule)
        {
            var layer = tokenizer.Build(form);
            if (layer.Tokens.IsEmpty)
            {
                diagnostics.Add($"{entries[entry].Source}: form \"{form}\" of \"{entries[entry].Name}\" has no token");
                return;
            }

            var words = new string[layer.Tokens.Length];
            var ids = new int[layer.Tokens.Length];
            var hasUpper = false;
            for (var k = 0; k < words.Length; k++)
            {
                words[k] = TokenFold.ToFolded(layer.TokenText(k));
                hasUpper |= HasUpper(words[k]);
                var key = TokenFold.ToFolded(layer.TokenLower(k));
                if (!vocabulary.TryGetValue(key, out var id))
                {
                    id = vocabulary.Count;
                    vocabulary.Add(key, id);
                }

                ids[k] = id;
            }

            patterns.Add(new Pattern(entry, kind, rule, hasUpper, words, form));
            patternIds.Add(ids);
        }

        /// <summary>Names shared by two entries of one kind are defects unless one of them declares the form
        /// ambiguous (the documented way to share a form) or they differ in case rule (US the country vs "us").</summary>
        private void ReportSharedForms()
        {
            var byForm = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var p = 0; p < patterns.Count; p++)
            {
                var pattern = patterns[p];
                if (pattern.Form is LexiconForm.Adjective or LexiconForm.Demonym)
                {
                    continue;
                }

                var key = entries[pattern.Entry].Kind + "\t" + (pattern.Rule == CaseRule.Exact ? "=" + pattern.Text : string.Join(' ', patternIds[p]));
                if (!byForm.TryGetValue(key, out var list))
                {
                    byForm.Add(key, list = []);
                }

                list.Add(p);
            }

            foreach (var list in byForm.Values)
            {
                if (list.Count < 2 || list.Exists(p => patterns[p].Form == LexiconForm.AmbiguousAlias))
                {
                    continue;
                }

                var first = patterns[list[0]];
                foreach (var p in list.Skip(1))
                {
                    if (patterns[p].Entry != first.Entry)
                    {
                        var other = entries[patterns[p].Entry];
                        diagnostics.Add($"{other.Source}: form \"{patterns[p].Text}\" of \"{other.Name}\" also names \"{entries[first.Entry].Name}\" ({entries[first.Entry].Source}) without ambiguous_alias");
                    }
                }
            }
        }

        private static string[] SplitList(string? value) => string.IsNullOrWhiteSpace(value)
            ? []
            : value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
    }
}
