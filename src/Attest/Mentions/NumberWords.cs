using System.Runtime.CompilerServices;
using Attest.Lexicons;
using Attest.Text;

namespace Attest.Mentions;

/// <summary>The word tables of the time and figure stages, compiled once per <see cref="LexiconSet"/> and shared by
/// the stages built from it, with each word's <see cref="NumberFacts"/> kept by its id in the <see cref="SharedWords"/>.</summary>
/// <remarks>Both stages used to look every token up in a table of their own, and the time rules looked the words
/// around a number up again in their closed classes: the facts of the union of the word lists, by shared word id,
/// let <see cref="NumberTokens"/> read each token's facts for both stages from the one lookup per token that every
/// stage shares. Immutable and thread-safe.</remarks>
internal sealed class NumberWords
{
    /// <summary>Where a figure word's index starts in <see cref="NumberFacts"/>.</summary>
    public const int FigureShift = 16;

    /// <summary>One compiled instance per lexicon set: the stages of one analyzer share it, so a document's facts
    /// found by one stage serve the other.</summary>
    private static readonly ConditionalWeakTable<LexiconSet, NumberWords> Compiled = new();

    /// <summary>The figure side alone, for the rare token that folding changes.</summary>
    private readonly WordLookup<NumberFacts> figureFacts;

    /// <summary>The figure words by index; index 0 stands for none.</summary>
    private readonly FigureWord?[] figureWords;

    /// <summary>The facts by id of the last vocabulary asked for (<see cref="FactsOf"/>); replaced whole, never changed.</summary>
    private volatile FactTable? factTable;

    private NumberWords(LexiconSet lexicons)
    {
        Time = new TimeLexicon(lexicons);
        Figures = FigureVocabulary.Build(lexicons, new TextLayerBuilder(AbbreviationLexicon.FromEntries(lexicons.All)));

        var figureList = new List<FigureWord?> { null };
        var figureOf = new Dictionary<string, NumberFacts>(StringComparer.Ordinal);
        foreach (var (word, value) in Figures.Words)
        {
            figureOf[word] = (NumberFacts)((ulong)figureList.Count << FigureShift) | (value.MayStart ? NumberFacts.FigureMayStart : 0);
            figureList.Add(value);
        }

        if (figureList.Count > 0xFFFF)
        {
            throw new InvalidOperationException("The figure lexicons have more words than a token's facts can index.");
        }

        figureWords = [.. figureList];
        figureFacts = new WordLookup<NumberFacts>(figureOf);

        // Every word either side knows: a word missing from the table has no facts on either side. The time side
        // reads each word as written (its table holds the forms with a final period it reads without), the figure
        // side folded.
        var map = new Dictionary<string, NumberFacts>(StringComparer.Ordinal);
        foreach (var word in Time.FactWords.Concat(Figures.Words.Keys))
        {
            map[word] = Time.Facts(word) | (figureFacts.TryGetFolded(word, out var figure) ? figure : NumberFacts.None);
        }

        Shared = SharedWords.For(lexicons);
        ById = Shared.Register(map);
    }

    /// <summary>The vocabulary these words are registered in, with the other stages' words: a document's tokens
    /// are looked up there once for all of them.</summary>
    public SharedWords Shared { get; }

    /// <summary>The facts of the words by their id in <see cref="Shared"/>, from the word lists alone. The figure
    /// side is right only when folding leaves the token as it is; see <see cref="FigureOf"/>.</summary>
    public NumberFacts[] ById { get; }

    /// <summary>The facts by id of every word of <paramref name="vocabulary"/> (the <see cref="SharedWords.Ids"/> of
    /// <see cref="Shared"/>, which other stages may have grown since these words were registered), none for the words
    /// of the other stages: one read per token, without a test for an id past the end of <see cref="ById"/>.</summary>
    public NumberFacts[] FactsOf(WordIds vocabulary)
    {
        var table = factTable;
        if (!ReferenceEquals(table?.Vocabulary, vocabulary))
        {
            var all = new NumberFacts[vocabulary.Count + 1];
            ById.AsSpan(0, Math.Min(ById.Length, all.Length)).CopyTo(all);
            factTable = table = new FactTable(vocabulary, all);
        }

        return table!.Facts;
    }

    /// <summary>The time words, phrases and lookups of the time stage.</summary>
    public TimeLexicon Time { get; }

    /// <summary>The figure vocabulary.</summary>
    public FigureVocabulary Figures { get; }

    /// <summary>The tables compiled from <paramref name="lexicons"/>, made at the first call for each set.</summary>
    public static NumberWords For(LexiconSet lexicons) => Compiled.GetValue(lexicons, static set => new NumberWords(set));

    /// <summary>The figure side of the facts of <paramref name="lower"/>, read folded: for a token with a character
    /// that folding changes.</summary>
    public NumberFacts FigureOf(ReadOnlySpan<char> lower) =>
        figureFacts.TryGetFolded(lower, out var found) ? found : NumberFacts.None;

    /// <summary>The time word of <paramref name="fact"/>; default when it has none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref readonly TimeWord TimeWord(NumberFacts fact) => ref Time.WordOf(fact);

    private sealed record FactTable(WordIds Vocabulary, NumberFacts[] Facts);

    /// <summary>The figure word of <paramref name="fact"/>, or null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public FigureWord? FigureWord(NumberFacts fact) => figureWords[(int)((ulong)(fact & NumberFacts.FigureIdBits) >> FigureShift)];
}
