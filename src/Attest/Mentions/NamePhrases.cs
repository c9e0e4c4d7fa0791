using System.Collections.Frozen;
using System.Collections.Immutable;
using Attest.Lexicons;
using Attest.Text;

namespace Attest.Mentions;

/// <summary>Finds the cue phrases of the name stages (government bodies, offices, credit lines, role nouns of
/// several words …) in a text layer: at each token whose word starts some phrase, the longest phrase that fits
/// in the sentence wins, in any case, with the apostrophes ’ ʼ and hyphens ‐ ‑ read as ' and -. Matches do not
/// overlap. Built once; immutable and thread-safe.</summary>
/// <remarks>The analyzer's matcher looks every token up; cue phrases start on few words, so this matcher tries
/// only the tokens that <see cref="NameCue.PhraseStart"/> marks and costs almost nothing elsewhere.</remarks>
internal sealed class NamePhrases
{
    private readonly WordLookup<Phrase[]> byFirst;

    public NamePhrases(IEnumerable<LexiconEntry> entries, TextLayerBuilder tokenizer)
    {
        var hits = new Dictionary<string, (string[] Tokens, List<LexiconHit> Hits)>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            Add(entry.Name, LexiconForm.Name);
            foreach (var alias in entry.Aliases)
            {
                Add(alias, LexiconForm.Alias);
            }

            void Add(string form, LexiconForm kind)
            {
                var layer = tokenizer.Build(form);
                if (layer.Tokens.IsEmpty)
                {
                    return;
                }

                var tokens = new string[layer.Tokens.Length];
                for (var k = 0; k < tokens.Length; k++)
                {
                    tokens[k] = TokenFold.ToFolded(layer.TokenLower(k));
                }

                var key = string.Join('\u0001', tokens);
                if (!hits.TryGetValue(key, out var slot))
                {
                    hits.Add(key, slot = (tokens, []));
                }

                if (!slot.Hits.Exists(h => ReferenceEquals(h.Entry, entry)))
                {
                    slot.Hits.Add(new LexiconHit(entry, kind));
                }
            }
        }

        var byFirstWord = hits.Values
            .GroupBy(v => v.Tokens[0], StringComparer.Ordinal)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.OrderByDescending(v => v.Tokens.Length).Select(v => new Phrase(v.Tokens, [.. v.Hits])).ToArray(),
                StringComparer.Ordinal);
        byFirst = new WordLookup<Phrase[]>(byFirstWord);
        FirstWords = byFirstWord.Keys;
    }

    /// <summary>The folded lower-case words that start some phrase.</summary>
    public ImmutableArray<string> FirstWords { get; }

    /// <summary>The phrases of <paramref name="layer"/>, left to right, trying only tokens marked
    /// <see cref="NameCue.PhraseStart"/> in <paramref name="cues"/>.</summary>
    public ImmutableArray<LexiconMatch> Match(TextLayer layer, ReadOnlySpan<NameCue> cues)
    {
        var tokens = layer.Tokens;
        // Most documents have a few phrases or none: a pooled list copied once, not a builder per document.
        using var result = new PooledList<LexiconMatch>(16);
        foreach (var sentence in layer.Sentences)
        {
            var t = sentence.FirstToken;
            while (t < sentence.EndToken)
            {
                if ((cues[t] & NameCue.PhraseStart) == 0 || !byFirst.TryGetFolded(layer.TokenLower(t), out var phrases))
                {
                    t++;
                    continue;
                }

                Phrase? found = null;
                foreach (var phrase in phrases)
                {
                    if (Fits(layer, phrase.Tokens, t, sentence.EndToken))
                    {
                        found = phrase;
                        break;
                    }
                }

                if (found is null)
                {
                    t++;
                    continue;
                }

                var end = t + found.Tokens.Length;
                result.Add(new LexiconMatch(t, found.Tokens.Length, Span.FromBounds(tokens[t].Span.Start, tokens[end - 1].Span.End), found.Hits));
                t = end;
            }
        }

        return result.ToImmutable();
    }

    private static bool Fits(TextLayer layer, string[] words, int first, int sentenceEnd)
    {
        if (first + words.Length > sentenceEnd)
        {
            return false;
        }

        for (var k = 1; k < words.Length; k++)
        {
            if (!FoldedEquals(layer.TokenLower(first + k), words[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool FoldedEquals(ReadOnlySpan<char> lower, string word)
    {
        if (lower.Length != word.Length)
        {
            return false;
        }

        for (var k = 0; k < lower.Length; k++)
        {
            if (TokenFold.Fold(lower[k]) != word[k])
            {
                return false;
            }
        }

        return true;
    }

    private sealed record Phrase(string[] Tokens, ImmutableArray<LexiconHit> Hits);
}
