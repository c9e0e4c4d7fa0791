using System.Collections.Immutable;
using Attest.Lexicons;
using Attest.Text;

namespace Attest.Attribution;

/// <summary>Lower-case phrases of one or more words, each carrying the lexicon entry it came from, matched against
/// the tokens of a <see cref="TextLayer"/> without allocating. The longest phrase starting at a token wins.</summary>
internal sealed class PhraseTable
{
    private readonly WordLookup<ImmutableArray<(ImmutableArray<string> Words, LexiconEntry Entry)>> byFirstWord;

    private PhraseTable(IEnumerable<(ImmutableArray<string> Words, LexiconEntry Entry)> phrases)
    {
        var groups = phrases
            .GroupBy(p => p.Words[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Words.Length).ToImmutableArray(), StringComparer.Ordinal);
        byFirstWord = new WordLookup<ImmutableArray<(ImmutableArray<string> Words, LexiconEntry Entry)>>(groups);
        FirstWords = [.. groups.Keys];
    }

    /// <summary>The first word of every phrase: a token that is none of them starts no phrase.</summary>
    public ImmutableArray<string> FirstWords { get; }

    /// <summary>Every name and alias of every entry of the given kinds, split into words at spaces.</summary>
    public static PhraseTable Of(LexiconSet lexicons, params ReadOnlySpan<string> kinds) => Of(lexicons, 1, kinds);

    /// <summary>As <see cref="Of(LexiconSet, ReadOnlySpan{string})"/>, with only the forms of two or more words: a
    /// search for such phrases then passes over the common one-word forms ("the", "we") without probing.</summary>
    public static PhraseTable MultiWord(LexiconSet lexicons, string kind) => Of(lexicons, 2, [kind]);

    private static PhraseTable Of(LexiconSet lexicons, int minWords, ReadOnlySpan<string> kinds)
    {
        var phrases = new List<(ImmutableArray<string>, LexiconEntry)>();
        foreach (var kind in kinds)
        {
            foreach (var entry in lexicons.OfKind(kind))
            {
                foreach (var form in entry.Aliases.Prepend(entry.Name))
                {
                    var words = form.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    if (words.Length >= minWords)
                    {
                        phrases.Add(([.. words], entry));
                    }
                }
            }
        }

        return new PhraseTable(phrases);
    }

    /// <summary>The number of tokens of the longest phrase starting at token <paramref name="index"/> and not
    /// reaching <paramref name="limit"/>, with its entry; 0 and null when none does.</summary>
    public int MatchAt(TextLayer layer, int index, int limit, out LexiconEntry? entry)
    {
        entry = null;
        return index < limit ? MatchAt(layer, index, limit, layer.TokenLower(index), out entry) : 0;
    }

    /// <summary>As <see cref="MatchAt(TextLayer, int, int, out LexiconEntry?)"/> for an <paramref name="index"/>
    /// below <paramref name="limit"/>, with the token's lower-case text <paramref name="first"/> already sliced by a
    /// caller that scans every token.</summary>
    public int MatchAt(TextLayer layer, int index, int limit, ReadOnlySpan<char> first, out LexiconEntry? entry)
    {
        entry = null;
        if (!byFirstWord.TryGetValue(first, out var phrases))
        {
            return 0;
        }

        foreach (var (words, candidate) in phrases)
        {
            if (index + words.Length > limit)
            {
                continue;
            }

            var all = true;
            for (var k = 1; k < words.Length && all; k++)
            {
                all = layer.TokenLower(index + k).SequenceEqual(words[k]);
            }

            if (all)
            {
                entry = candidate;
                return words.Length;
            }
        }

        return 0;
    }
}
