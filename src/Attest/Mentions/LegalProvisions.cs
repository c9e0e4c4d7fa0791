using System.Collections.Frozen;
using Attest.Lexicons;
using Attest.Text;

namespace Attest.Mentions;

/// <summary>The wording of well-known provisions (lexicon kind <c>provision</c>: <c>instrument=</c>,
/// <c>article=</c>, <c>paragraph=</c>, <c>text=</c>), so that a quotation of an instrument's text tells which
/// article it quotes even when the writer does not say. A quotation is that provision when most of its content
/// words occur in the provision's text.</summary>
internal sealed class LegalProvisions
{
    /// <summary>Share of the quotation's content words that the provision must contain.</summary>
    private const double MinShare = 0.6;

    /// <summary>Content words the quotation and the provision must share at the least.</summary>
    private const int MinShared = 6;

    private readonly FrozenDictionary<string, Provision[]> byInstrument;

    public LegalProvisions(IEnumerable<LexiconEntry> entries, TextLayerBuilder tokenizer)
    {
        var list = new Dictionary<string, List<Provision>>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry.Kind != LegalStage.ProvisionKind || entry.Attribute("instrument") is not { } instrument
                || entry.Attribute("article") is not { } article || entry.Attribute("text") is not { } text)
            {
                continue;
            }

            var words = new HashSet<string>(StringComparer.Ordinal);
            var layer = tokenizer.Build(text);
            for (var t = 0; t < layer.Tokens.Length; t++)
            {
                if (Stem(layer.TokenLower(t)) is { } stem)
                {
                    words.Add(stem);
                }
            }

            if (!list.TryGetValue(instrument, out var provisions))
            {
                list.Add(instrument, provisions = []);
            }

            provisions.Add(new Provision(article, entry.Attribute("paragraph"), words.ToFrozenSet(StringComparer.Ordinal)));
        }

        byInstrument = list.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    public int Count => byInstrument.Values.Sum(p => p.Length);

    /// <summary>The provision of <paramref name="instrument"/> that the words <c>[first, end)</c> quote, if any.</summary>
    public (string Article, string? Paragraph)? Quoted(string instrument, TextLayer layer, int first, int end)
    {
        if (!byInstrument.TryGetValue(instrument, out var provisions))
        {
            return null;
        }

        var quoted = new HashSet<string>(StringComparer.Ordinal);
        for (var t = first; t < end; t++)
        {
            if (Stem(layer.TokenLower(t)) is { } stem)
            {
                quoted.Add(stem);
            }
        }

        Provision? best = null;
        var bestShared = 0;
        foreach (var provision in provisions)
        {
            var shared = quoted.Count(provision.Words.Contains);
            if (shared > bestShared)
            {
                best = provision;
                bestShared = shared;
            }
        }

        return best is not null && bestShared >= MinShared && bestShared >= MinShare * quoted.Count
            ? (best.Article, best.Paragraph)
            : null;
    }

    /// <summary>A content word: letters only, four or more, compared without a final "s".</summary>
    private static string? Stem(ReadOnlySpan<char> lower)
    {
        if (lower.Length < 4)
        {
            return null;
        }

        foreach (var c in lower)
        {
            if (!char.IsLetter(c))
            {
                return null;
            }
        }

        return (lower[^1] == 's' ? lower[..^1] : lower).ToString();
    }

    private sealed record Provision(string Article, string? Paragraph, FrozenSet<string> Words);
}
