using System.Collections.Frozen;
using System.Collections.Immutable;
using Attest.Lexicons;
using Attest.Text;

namespace Attest.Mentions;

/// <summary>Finds the cue phrases of the name stages (government bodies, offices, credit lines, role nouns of
/// several words …) in a text layer: at each token whose word starts some phrase, the longest phrase that fits
/// in the sentence wins, in any case, with the apostrophes ’ ʼ and hyphens ‐ ‑ read as ' and -. Matches do not
/// overlap. Built once; immutable and thread-safe.</summary>
/// <remarks>The analyzer's matcher looks every token up; cue phrases start on few words, so this matcher is asked
/// only at the tokens that <see cref="NameCue.PhraseStart"/> marks, from the one pass of <see cref="NameDocument"/>
/// over the tokens, and costs nothing elsewhere.</remarks>
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
        ByFirstWord = byFirstWord;
        FirstWords = byFirstWord.Keys;
    }

    /// <summary>The folded lower-case words that start some phrase.</summary>
    public ImmutableArray<string> FirstWords { get; }

    /// <summary>The phrases, longest first, by the folded lower-case word they start with.</summary>
    public FrozenDictionary<string, Phrase[]> ByFirstWord { get; }

    /// <summary>The longest phrase that starts at token <paramref name="t"/> and fits in the sentence ending before
    /// token <paramref name="sentenceEnd"/>, or null. The caller tries only the tokens its one-word cues mark
    /// <see cref="NameCue.PhraseStart"/> and, going left to right, none inside a phrase already found, so matches
    /// do not overlap.</summary>
    public LexiconMatch? MatchAt(TextLayer layer, int t, int sentenceEnd)
    {
        return byFirst.TryGetFolded(layer.TokenLower(t), out var phrases) ? MatchAt(layer, t, sentenceEnd, phrases) : null;
    }

    /// <summary>As <see cref="MatchAt(TextLayer, int, int)"/>, with the phrases that start with the word of token
    /// <paramref name="t"/> known already (<see cref="NameCues.PhrasesOf"/>).</summary>
    public static LexiconMatch? MatchAt(TextLayer layer, int t, int sentenceEnd, Phrase[] phrases) =>
        PhraseAt(layer, t, sentenceEnd, phrases) is { } phrase ? MatchOf(layer, t, phrase) : null;

    /// <summary>The longest of <paramref name="phrases"/> (longest first, all starting with the word of token
    /// <paramref name="t"/>) that fits at token <paramref name="t"/> in the sentence ending before token
    /// <paramref name="sentenceEnd"/>, or null.</summary>
    public static Phrase? PhraseAt(TextLayer layer, int t, int sentenceEnd, Phrase[] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (Fits(layer, phrase.Tokens, t, sentenceEnd))
            {
                return phrase;
            }
        }

        return null;
    }

    /// <summary>The match of <paramref name="phrase"/>, found at token <paramref name="t"/>.</summary>
    public static LexiconMatch MatchOf(TextLayer layer, int t, Phrase phrase)
    {
        var tokens = layer.Tokens;
        var end = t + phrase.Tokens.Length;
        return new LexiconMatch(t, phrase.Tokens.Length, Span.FromBounds(tokens[t].Span.Start, tokens[end - 1].Span.End), phrase.Hits);
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

    /// <summary>A cue phrase: its folded lower-case words and the lexicon hits it stands for.</summary>
    internal sealed record Phrase(string[] Tokens, ImmutableArray<LexiconHit> Hits)
    {
        /// <summary>True when some hit is a government body, an office or a phrase of kind <c>not-person</c>: words
        /// that name no one. Read once here rather than from the hits at every match.</summary>
        public bool NamesNoOne { get; } = Hits.Any(h => h.Entry.Kind is NameCues.GovernmentBodyKind or NameCues.InstitutionTitleKind or NameCues.NotPersonKind);
    }
}
