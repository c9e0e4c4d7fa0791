using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using Attest.Lexicons;
using Attest.Model;
using Attest.Text;

namespace Attest.Mentions;

/// <summary>Finds citations of legal instruments (lexicon kind <c>instrument</c>, reported by <c>id=</c>), the
/// articles and paragraphs cited, and quotations of an instrument's text. Built once from the analyzer's
/// lexicon matcher; immutable and thread-safe.</summary>
/// <remarks>
/// <para>An instrument is cited wherever the matcher finds one of its forms. A year written next to the name
/// ("the 1961 Vienna Convention", "… of 1961", "… (1961)") belongs to the citation. A form that several
/// instruments share (<c>ambiguous_alias=</c>: the bare "Vienna Convention") names the entry that lists it
/// unless a year next to it is another instrument's year, or the sentence holds a word that only the other
/// instrument's name has ("consular").</para>
/// <para>Articles: "Article 22", "Art. 22", "Articles 22 and 29", "Article 22(2)", "Article 22.2", "Article 22,
/// paragraph 2", "paragraph 2 of Article 22". The article belongs to the instrument named right after "of"
/// ("Article 22 of the 1961 Vienna Convention"); "of the Convention" refers back to the last instrument named;
/// "of" before anything else names a law this stage does not know, and the article is dropped. Without "of",
/// the nearest instrument in the same sentence, else the last one of the previous sentence. An instrument
/// whose article is given with it ("Article 22 of X", or the same sentence) is not cited a second time
/// without article; one that an article refers back to ("of the same convention", the previous sentence) is.</para>
/// <para>A quotation of the instrument's text is one that starts after the citation in the same sentence,
/// opens the next sentence when the citation's sentence ends in "that" or ":" ("Article 22 … states that"), or
/// ends right before the citation that speaks it ("“…,” the Vienna Convention says"); labels of fewer than four
/// words are not quotations of a text.
/// When the citation names no article, a quotation that matches the wording of a known provision (lexicon kind
/// <c>provision</c>) supplies it.</para>
/// </remarks>
public sealed class LegalStage
{
    /// <summary>The lexicon kind of legal instruments.</summary>
    public const string InstrumentKind = "instrument";

    /// <summary>The lexicon kind of provisions' wording.</summary>
    public const string ProvisionKind = "provision";

    private readonly Dictionary<LexiconEntry, Instrument> instruments = new(ReferenceEqualityComparer.Instance);
    private readonly LegalProvisions provisions;

    /// <summary>Creates the stage over the analyzer's one matcher.</summary>
    /// <param name="provisionEntries">Entries of kind <c>provision</c>: the wording of articles, so that a
    /// quotation names its article; other kinds are ignored.</param>
    /// <param name="tokenizer">Tokenizes provision texts as the documents are; null means the default.</param>
    public LegalStage(LexiconMatcher matcher, IEnumerable<LexiconEntry> provisionEntries, TextLayerBuilder? tokenizer = null)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        ArgumentNullException.ThrowIfNull(provisionEntries);
        tokenizer ??= TextLayerBuilder.Default;
        var all = matcher.Entries.Where(e => e.Kind == InstrumentKind && e.Attribute("id") is not null).ToList();
        foreach (var entry in all)
        {
            instruments[entry] = new Instrument(entry.Attribute("id")!, Year(entry.Attribute("year")), Words(entry.Name), []);
        }

        // Each form declared ambiguous may name any instrument that has a form containing it as whole words.
        foreach (var entry in all)
        {
            var ambiguous = entry.Attribute("ambiguous_alias");
            if (ambiguous is null)
            {
                continue;
            }

            var forms = ambiguous.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var others = all.Where(other => !ReferenceEquals(other, entry)
                    && forms.Any(form => other.Aliases.Prepend(other.Name).Any(name => ContainsWords(name, form))))
                .ToImmutableArray();
            instruments[entry] = instruments[entry] with { Alternatives = others };
        }

        provisions = new LegalProvisions(provisionEntries, tokenizer);
    }

    /// <summary>How many provision texts the stage knows.</summary>
    public int ProvisionCount => provisions.Count;

    /// <summary>The legal citations of one document.</summary>
    /// <param name="layer">The document's text layer.</param>
    /// <param name="matches">The analyzer's lexicon matches over <paramref name="layer"/>.</param>
    public LegalResult Find(TextLayer layer, ImmutableArray<LexiconMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(layer);
        var tokens = layer.Tokens;
        if (tokens.IsEmpty)
        {
            return LegalResult.Empty;
        }

        var sentenceOf = ArrayPool<int>.Shared.Rent(tokens.Length);
        try
        {
            for (var s = 0; s < layer.Sentences.Length; s++)
            {
                Array.Fill(sentenceOf, s, layer.Sentences[s].FirstToken, layer.Sentences[s].TokenCount);
            }

            return Find(layer, matches, sentenceOf);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(sentenceOf);
        }
    }

    private LegalResult Find(TextLayer layer, ImmutableArray<LexiconMatch> matches, int[] sentenceOf)
    {
        var mentions = FindInstruments(layer, matches, sentenceOf);
        var articles = FindArticles(layer, matches, sentenceOf);
        var used = new bool[mentions.Count];
        var citations = new List<Citation>();
        foreach (var article in articles)
        {
            var (target, consumes) = Link(layer, article, mentions, sentenceOf);
            if (target < 0)
            {
                continue;
            }

            var mention = mentions[target];
            used[target] |= consumes;

            ImmutableArray<Span> spans = [article.Span, mention.Span];
            citations.Add(new Citation(mention.Id, article.Article, article.Paragraph, spans, Math.Min(article.First, mention.First), Math.Max(article.End, sentenceOf[mention.First] == article.Sentence ? mention.End : article.End), "legal.article"));
        }

        for (var m = 0; m < mentions.Count; m++)
        {
            if (!used[m])
            {
                citations.Add(new Citation(mentions[m].Id, null, null, [mentions[m].Span], mentions[m].First, mentions[m].End, "legal.instrument"));
            }
        }

        if (citations.Count == 0)
        {
            // Most documents cite nothing: no quotation to link, nothing to merge.
            return LegalResult.Empty;
        }

        citations.Sort((a, b) => a.Spans[0].Start.CompareTo(b.Spans[0].Start));
        var quoted = LinkQuotations(layer, citations, sentenceOf);
        var result = ImmutableArray.CreateBuilder<LegalCitation>(citations.Count);
        for (var c = 0; c < citations.Count; c++)
        {
            var citation = citations[c];
            Span? quote = null;
            var rule = citation.Rule;
            var article = citation.Article;
            var paragraph = citation.Paragraph;
            if (quoted[c] is { } q)
            {
                quote = q.Inner;
                if (article is null && provisions.Quoted(citation.Id, layer, q.Open + 1, q.Close) is { } provision)
                {
                    (article, paragraph) = provision;
                    rule = "legal.quoted-provision";
                }
            }

            result.Add(new LegalCitation(citation.Id, article, paragraph, quote, new Evidence(citation.Spans, rule)));
        }

        return new LegalResult(result.MoveToImmutable(), Merge(citations));
    }

    private List<InstrumentMention> FindInstruments(TextLayer layer, ImmutableArray<LexiconMatch> matches, int[] sentenceOf)
    {
        var found = new List<InstrumentMention>();
        foreach (var match in matches)
        {
            LexiconHit? chosen = null;
            foreach (var hit in match.Hits)
            {
                if (instruments.ContainsKey(hit.Entry) && (chosen is null || (chosen.Value.Form == LexiconForm.AmbiguousAlias && hit.Form != LexiconForm.AmbiguousAlias)))
                {
                    chosen = hit;
                }
            }

            if (chosen is not { } picked)
            {
                continue;
            }

            var first = match.FirstToken;
            var end = match.EndToken;
            var sentence = layer.Sentences[sentenceOf[first]];
            int? year = null;
            if (first > sentence.FirstToken && YearAt(layer, first - 1) is { } before)
            {
                year = before;
                first--;
            }
            else if (end + 1 < sentence.EndToken && layer.TokenLower(end) is "of" && YearAt(layer, end + 1) is { } of)
            {
                year = of;
                end += 2;
            }
            else if (end + 2 < sentence.EndToken && layer.Tokens[end].Has(TokenFlags.OpeningBracket)
                && YearAt(layer, end + 1) is { } bracketed && layer.Tokens[end + 2].Has(TokenFlags.ClosingBracket))
            {
                year = bracketed;
                end += 3;
            }

            var instrument = Choose(picked, year, layer, sentence);
            var spanEnd = end == match.EndToken ? match.Span.End : layer.Tokens[end - 1].Span.End;
            found.Add(new InstrumentMention(instrument.Id, first, end, Span.FromBounds(layer.Tokens[first].Span.Start, spanEnd)));
        }

        return found;
    }

    /// <summary>The instrument an ambiguous form names here: another instrument whose year is written next to it
    /// or whose name has a word that occurs in the sentence and not in the default's name; else the default.</summary>
    private Instrument Choose(LexiconHit hit, int? year, TextLayer layer, Sentence sentence)
    {
        var instrument = instruments[hit.Entry];
        if (hit.Form != LexiconForm.AmbiguousAlias || instrument.Alternatives.IsEmpty)
        {
            return instrument;
        }

        if (year is { } y && instrument.Year != y)
        {
            foreach (var other in instrument.Alternatives)
            {
                if (instruments[other].Year == y)
                {
                    return instruments[other];
                }
            }
        }

        foreach (var other in instrument.Alternatives)
        {
            var candidate = instruments[other];
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                var word = layer.TokenLower(t);
                if (word.Length > 3 && candidate.Words.Contains(word) && !instrument.Words.Contains(word))
                {
                    return candidate;
                }
            }
        }

        return instrument;
    }

    private static List<ArticleReference> FindArticles(TextLayer layer, ImmutableArray<LexiconMatch> matches, int[] sentenceOf)
    {
        var found = new List<ArticleReference>();
        var tokens = layer.Tokens;
        var nextMatch = 0;
        var lower = layer.Lower;
        var all = tokens.AsSpan();
        var from = 0;
        while (true)
        {
            // Every word sought starts with "art": the text is searched for it, and only a token that starts at a
            // hit is looked at, rather than every token of the document.
            var hit = from < lower.Length ? lower.AsSpan(from).IndexOf("art", StringComparison.Ordinal) : -1;
            if (hit < 0)
            {
                break;
            }

            var t = TokenSearch.StartingAt(all, from + hit);
            from += hit + 1;
            if (t < 0)
            {
                continue;
            }

            var at = all[t].Span;
            if (at.Length is < 3 or > 8)
            {
                continue;
            }

            var word = lower.AsSpan(at.Start, at.Length);
            if (!(word is "article" or "articles" or "art." or "arts." or "art"))
            {
                continue;
            }

            // "Article 19" the organisation, unless "of" an instrument follows.
            while (nextMatch < matches.Length && matches[nextMatch].EndToken <= t)
            {
                nextMatch++;
            }

            var inName = nextMatch < matches.Length && matches[nextMatch].FirstToken <= t && matches[nextMatch].HasKind("organization");

            var sentence = layer.Sentences[sentenceOf[t]];
            var first = t;
            string? leadingParagraph = null;
            if (t - 3 >= sentence.FirstToken && layer.TokenLower(t - 1) is "of" && ArticleNumber(layer, t - 2) is { } number
                && layer.TokenLower(t - 3) is "paragraph" or "para." or "para" or "§")
            {
                leadingParagraph = number.Article;
                first = t - 3;
            }

            var next = t + 1;
            var references = new List<(string Article, string? Paragraph)>();
            while (next < sentence.EndToken && ArticleNumber(layer, next) is { } value)
            {
                var paragraph = value.Paragraph;
                next++;
                if (next + 2 < sentence.EndToken && tokens[next].Has(TokenFlags.OpeningBracket)
                    && tokens[next + 1].Shape == TokenShape.Number && tokens[next + 2].Has(TokenFlags.ClosingBracket))
                {
                    paragraph ??= layer.TokenText(next + 1).ToString();
                    next += 3;
                }

                references.Add((value.Article, paragraph));
                if (next + 1 < sentence.EndToken && (layer.TokenLower(next) is "and" or "or" or "to" || layer.TokenText(next) is ",")
                    && ArticleNumber(layer, next + 1) is not null)
                {
                    next++;
                    continue;
                }

                break;
            }

            if (references.Count == 0)
            {
                continue;
            }

            // "Article 22, paragraph 2"
            if (references.Count == 1 && next + 2 < sentence.EndToken && layer.TokenText(next) is ","
                && layer.TokenLower(next + 1) is "paragraph" or "para." && ArticleNumber(layer, next + 2) is { } trailing)
            {
                references[0] = (references[0].Article, references[0].Paragraph ?? trailing.Article);
                next += 3;
            }

            var span = Span.FromBounds(tokens[first].Span.Start, tokens[next - 1].Span.End);
            foreach (var (article, paragraph) in references)
            {
                found.Add(new ArticleReference(article, leadingParagraph ?? paragraph, span, first, next, sentenceOf[t], inName));
            }

            // The tokens of the reference are read; the search goes on at the token after them.
            from = next < all.Length ? all[next].Span.Start : lower.Length;
        }

        return found;
    }

    /// <summary>An article number: digits ("22"), digits with a letter ("2bis", "7A"), or "22.2" read as article
    /// 22, paragraph 2.</summary>
    private static (string Article, string? Paragraph)? ArticleNumber(TextLayer layer, int t)
    {
        var token = layer.Tokens[t];
        var text = layer.TokenText(t);
        if (token.Shape == TokenShape.Number)
        {
            var dot = text.IndexOf('.');
            if (dot > 0 && dot < text.Length - 1 && text.Count('.') == 1)
            {
                return (text[..dot].ToString(), text[(dot + 1)..].ToString());
            }

            return text.ContainsAnyExcept("0123456789") ? null : (text.ToString(), null);
        }

        return token.Shape == TokenShape.Alphanumeric && char.IsAsciiDigit(text[0]) && text.Length <= 6 ? (text.ToString(), null) : null;
    }

    /// <summary>The instrument mention an article belongs to, or -1, and whether that mention is the article's
    /// own (named with it in one sentence) rather than a citation of its own that the article refers back to.</summary>
    private static (int Mention, bool Consumes) Link(TextLayer layer, ArticleReference article, List<InstrumentMention> mentions, int[] sentenceOf)
    {
        var sentence = layer.Sentences[article.Sentence];
        var at = article.End;
        if (at < sentence.EndToken && layer.TokenLower(at) is "of" or "under")
        {
            at++;
            while (at < sentence.EndToken && layer.TokenLower(at) is "the" or "this" or "that" or "said" or "same" or "above")
            {
                at++;
            }

            var direct = FirstAtOrAfter(mentions, at);
            if (direct < mentions.Count && mentions[direct].First == at)
            {
                return (direct, true);
            }

            // "of the Convention": a reference back to the instrument named last.
            if (at < sentence.EndToken
                && layer.TokenLower(at) is "convention" or "charter" or "covenant" or "protocol" or "statute" or "treaty" or "declaration" or "agreement"
                && (layer.Tokens[at].Shape == TokenShape.Capitalized || layer.TokenLower(at - 1) is "same" or "said" or "this" or "that" or "above"))
            {
                var back = FirstAtOrAfter(mentions, article.First) - 1;
                while (back >= 0 && mentions[back].End > article.First)
                {
                    back--;
                }

                return (back, false);
            }

            return (-1, false);
        }

        if (article.InName)
        {
            return (-1, false);
        }

        var best = -1;
        var bestDistance = int.MaxValue;
        var first = FirstAtOrAfter(mentions, sentence.FirstToken);
        for (var m = first; m < mentions.Count && mentions[m].First < sentence.EndToken; m++)
        {
            var distance = mentions[m].First >= article.End ? mentions[m].First - article.End : article.First - mentions[m].End;
            if (distance < bestDistance)
            {
                best = m;
                bestDistance = distance;
            }
        }

        return best >= 0 ? (best, true)
            : first > 0 && sentenceOf[mentions[first - 1].First] == article.Sentence - 1 ? (first - 1, false)
            : (-1, false);
    }

    /// <summary>The index of the first mention that starts at or after <paramref name="token"/>; mentions are in
    /// text order.</summary>
    private static int FirstAtOrAfter(List<InstrumentMention> mentions, int token)
    {
        var lo = 0;
        var hi = mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (mentions[mid].First < token)
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

    /// <summary>For each citation, the quotation of the instrument's text it introduces, if any.</summary>
    private static LegalQuotations.Quotation?[] LinkQuotations(TextLayer layer, List<Citation> citations, int[] sentenceOf)
    {
        var linked = new LegalQuotations.Quotation?[citations.Count];
        if (citations.Count == 0)
        {
            return linked;
        }

        var citationStarts = new Dictionary<int, int>();
        for (var c = 0; c < citations.Count; c++)
        {
            citationStarts.TryAdd(citations[c].First, c);
        }

        // Citations by the token they end at, so each quotation finds the last one before it by bisection.
        var byEnd = Enumerable.Range(0, citations.Count).OrderBy(c => citations[c].End).ToArray();
        foreach (var quotation in LegalQuotations.Find(layer))
        {
            if (quotation.WordCount(layer) < 4)
            {
                continue;
            }

            var lo = 0;
            var hi = byEnd.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (citations[byEnd[mid]].End <= quotation.Open)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            // "“…,” the Vienna Convention says": the citation right after the closing mark speaks the quotation.
            if (citationStarts.TryGetValue(FirstWordAfter(layer, quotation.Close), out var speaker)
                && sentenceOf[citations[speaker].First] == sentenceOf[quotation.Close])
            {
                linked[speaker] ??= quotation;
                continue;
            }

            if (lo == 0)
            {
                continue;
            }

            var end = citations[byEnd[lo - 1]].End;
            var citationSentence = sentenceOf[end - 1];
            var quoteSentence = sentenceOf[quotation.Open];
            var introduces = citationSentence == quoteSentence
                || (citationSentence == quoteSentence - 1 && quotation.Open == layer.Sentences[quoteSentence].FirstToken
                    && EndsWithIntroduction(layer, layer.Sentences[citationSentence]));
            for (var k = lo - 1; introduces && k >= 0 && citations[byEnd[k]].End == end; k--)
            {
                linked[byEnd[k]] ??= quotation;
            }
        }

        return linked;
    }

    /// <summary>The first token after <paramref name="close"/> that is neither punctuation nor "the".</summary>
    private static int FirstWordAfter(TextLayer layer, int close)
    {
        var t = close + 1;
        while (t < layer.Tokens.Length && t <= close + 3 && (layer.Tokens[t].Shape == TokenShape.Punctuation || layer.TokenLower(t) is "the"))
        {
            t++;
        }

        return t;
    }

    private static bool EndsWithIntroduction(TextLayer layer, Sentence sentence)
    {
        var last = sentence.EndToken - 1;
        return layer.TokenText(last) is ":" || layer.TokenLower(last) is "that" or "follows" or "reads"
            || (last > sentence.FirstToken && layer.TokenText(last) is "." && layer.TokenLower(last - 1) is "that" or "follows");
    }

    private static ImmutableArray<Span> Merge(List<Citation> citations)
    {
        var count = 0;
        foreach (var citation in citations)
        {
            count += citation.Spans.Length;
        }

        var sorted = new Span[count];
        count = 0;
        foreach (var citation in citations)
        {
            citation.Spans.CopyTo(sorted, count);
            count += citation.Spans.Length;
        }

        // Spans that start together merge into one whatever their order, so an unstable sort is enough.
        Array.Sort(sorted, static (a, b) => a.Start.CompareTo(b.Start));
        var merged = ImmutableArray.CreateBuilder<Span>(sorted.Length);
        foreach (var span in sorted)
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                merged[^1] = Span.FromBounds(merged[^1].Start, Math.Max(merged[^1].End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged.ToImmutable();
    }

    private static int? YearAt(TextLayer layer, int t)
    {
        if (t < 0 || t >= layer.Tokens.Length || layer.Tokens[t].Shape != TokenShape.Number)
        {
            return null;
        }

        var text = layer.TokenText(t);
        return text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1600 and <= 2199 ? year : null;
    }

    private static int? Year(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Words(string name) =>
        name.ToLowerInvariant().Split([' ', ',', '(', ')'], StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool ContainsWords(string name, string form)
    {
        var at = name.IndexOf(form, StringComparison.OrdinalIgnoreCase);
        return at >= 0
            && (at == 0 || !char.IsLetterOrDigit(name[at - 1]))
            && (at + form.Length == name.Length || !char.IsLetterOrDigit(name[at + form.Length]));
    }

    private sealed record Instrument(string Id, int? Year, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Words, ImmutableArray<LexiconEntry> Alternatives);

    private readonly record struct InstrumentMention(string Id, int First, int End, Span Span);

    /// <param name="InName">The words are also a name ("Article 19" the organisation): an article only when
    /// "of" an instrument follows.</param>
    private readonly record struct ArticleReference(string Article, string? Paragraph, Span Span, int First, int End, int Sentence, bool InName);

    private sealed record Citation(string Id, string? Article, string? Paragraph, ImmutableArray<Span> Spans, int First, int End, string Rule);
}
