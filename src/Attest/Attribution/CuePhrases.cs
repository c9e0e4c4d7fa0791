using System.Collections.Immutable;
using Attest.Lexicons;
using Attest.Text;

namespace Attest.Attribution;

/// <summary>A set of lower-case cue phrases (one or more words) read from lexicon entries of one kind, matched
/// against the tokens of a <see cref="TextLayer"/> without allocating.</summary>
internal sealed class CuePhrases
{
    // Phrases grouped by their first word, longest first, so a token that starts none costs one lookup.
    private readonly WordLookup<ImmutableArray<ImmutableArray<string>>> byFirstWord;

    private CuePhrases(ImmutableArray<ImmutableArray<string>> phrases)
    {
        var groups = phrases
            .GroupBy(p => p[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
        byFirstWord = new WordLookup<ImmutableArray<ImmutableArray<string>>>(groups);
        FirstWords = [.. groups.Keys];
    }

    /// <summary>The first word of every phrase: a token that is none of them starts no phrase.</summary>
    public ImmutableArray<string> FirstWords { get; }

    /// <summary>Every name and alias of every entry of <paramref name="kind"/>, split into words.</summary>
    public static CuePhrases Of(LexiconSet lexicons, string kind)
    {
        var builder = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        foreach (var entry in lexicons.OfKind(kind))
        {
            foreach (var form in entry.Aliases.Prepend(entry.Name))
            {
                var words = form.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                if (words.Length > 0)
                {
                    builder.Add([.. words]);
                }
            }
        }

        // Longest first, so "prime minister" wins over "premier"-style one-word prefixes.
        return new CuePhrases([.. builder.OrderByDescending(p => p.Length)]);
    }

    /// <summary>The number of tokens of the longest phrase that starts at token <paramref name="index"/>,
    /// or 0 when none does.</summary>
    public int MatchAt(TextLayer layer, int index)
    {
        if (!byFirstWord.TryGetValue(layer.TokenLower(index), out var phrases))
        {
            return 0;
        }

        foreach (var phrase in phrases)
        {
            if (index + phrase.Length > layer.Tokens.Length)
            {
                continue;
            }

            var all = true;
            for (var k = 1; k < phrase.Length && all; k++)
            {
                all = layer.TokenLower(index + k).SequenceEqual(phrase[k]);
            }

            if (all)
            {
                return phrase.Length;
            }
        }

        return 0;
    }

    /// <summary>True when the single token at <paramref name="index"/> is a one-word phrase of the set.</summary>
    public bool IsWord(TextLayer layer, int index)
    {
        if (!byFirstWord.TryGetValue(layer.TokenLower(index), out var phrases))
        {
            return false;
        }

        foreach (var phrase in phrases)
        {
            if (phrase.Length == 1)
            {
                return true;
            }
        }

        return false;
    }
}
