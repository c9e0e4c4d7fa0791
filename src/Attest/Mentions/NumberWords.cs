using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Attest.Lexicons;
using Attest.Text;

namespace Attest.Mentions;

/// <summary>The word tables of the time and figure stages, compiled once per <see cref="LexiconSet"/> and shared by
/// the stages built from it, with one lookup from a word to all its <see cref="NumberFacts"/>.</summary>
/// <remarks>Both stages used to look every token up in a table of their own, and the time rules looked the words
/// around a number up again in their closed classes: one table over the union of the word lists lets
/// <see cref="NumberTokens"/> look each token of a document up once for both stages. Immutable and thread-safe.</remarks>
internal sealed class NumberWords
{
    /// <summary>Where a figure word's index starts in <see cref="NumberFacts"/>.</summary>
    public const int FigureShift = 16;

    /// <summary>One compiled instance per lexicon set: the stages of one analyzer share it, so a document's facts
    /// found by one stage serve the other.</summary>
    private static readonly ConditionalWeakTable<LexiconSet, NumberWords> Compiled = new();

    private readonly WordLookup<NumberFacts> facts;

    /// <summary>The words of two to four characters, each packed into one number (its characters' bits side by
    /// side), in an open-addressing table with one part per length; 0 marks an empty slot. Half of all tokens are
    /// that short, and most of them are words of the table ("the", "of", "said"): a probe that compares one number
    /// settles them without hashing characters or reading a stored string.</summary>
    private readonly ulong[] shortKeys;
    private readonly NumberFacts[] shortFacts;

    /// <summary>Bits of a slot index within one length's part of the short-word table: at least four slots per word.</summary>
    private readonly int shortBits;
    private readonly int shortMask;

    /// <summary>The figure side alone, for the rare token that folding changes.</summary>
    private readonly WordLookup<NumberFacts> figureFacts;

    /// <summary>The figure words by index; index 0 stands for none.</summary>
    private readonly FigureWord?[] figureWords;

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

        facts = new WordLookup<NumberFacts>(map);
        var most = Enumerable.Range(2, 3).Max(length => map.Keys.Count(word => word.Length == length));
        shortBits = 6;
        while (1 << shortBits < most * 4)
        {
            shortBits++;
        }

        shortMask = (1 << shortBits) - 1;
        shortKeys = new ulong[3 << shortBits];
        shortFacts = new NumberFacts[3 << shortBits];
        foreach (var (word, fact) in map)
        {
            if (word.Length is >= 2 and <= 4)
            {
                var slot = ShortSlot(word, Pack(word));
                while (shortKeys[slot] != 0)
                {
                    slot = Next(slot);
                }

                shortKeys[slot] = Pack(word);
                shortFacts[slot] = fact;
            }
        }
    }

    /// <summary>The time words, phrases and lookups of the time stage.</summary>
    public TimeLexicon Time { get; }

    /// <summary>The figure vocabulary.</summary>
    public FigureVocabulary Figures { get; }

    /// <summary>The tables compiled from <paramref name="lexicons"/>, made at the first call for each set.</summary>
    public static NumberWords For(LexiconSet lexicons) => Compiled.GetValue(lexicons, static set => new NumberWords(set));

    /// <summary>The facts of the lower-case token <paramref name="lower"/>, from the word lists alone. The figure
    /// side is right only when folding leaves the token as it is; see <see cref="FigureOf"/>.</summary>
    public NumberFacts Of(ReadOnlySpan<char> lower)
    {
        if (unchecked((uint)(lower.Length - 2)) <= 2)
        {
            var key = Pack(lower);
            for (var slot = ShortSlot(lower, key); ; slot = Next(slot))
            {
                var taken = shortKeys[slot];
                if (taken == key)
                {
                    return shortFacts[slot];
                }

                if (taken == 0)
                {
                    return NumberFacts.None;
                }
            }
        }

        return facts.TryGetValue(lower, out var found) ? found : NumberFacts.None;
    }

    /// <summary>The characters of a word of two to four characters side by side in one number (16 bits each, the
    /// first lowest); never 0, since a word of the table has no NUL character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Pack(ReadOnlySpan<char> word)
    {
        ref var first = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(word));
        return word.Length switch
        {
            4 => Unsafe.ReadUnaligned<ulong>(ref first),
            3 => Unsafe.ReadUnaligned<uint>(ref first) | ((ulong)Unsafe.ReadUnaligned<ushort>(ref Unsafe.Add(ref first, 4)) << 32),
            _ => Unsafe.ReadUnaligned<uint>(ref first),
        };
    }

    /// <summary>The first slot to probe for a packed word: in the part of its length, by a multiplicative hash.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int ShortSlot(ReadOnlySpan<char> word, ulong key) =>
        ((word.Length - 2) << shortBits) | (int)(unchecked(key * 0x9E3779B97F4A7C15) >> (64 - shortBits));

    /// <summary>The slot after <paramref name="slot"/> in the same length's part, wrapping around.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Next(int slot) => (slot & ~shortMask) | ((slot + 1) & shortMask);

    /// <summary>The figure side of the facts of <paramref name="lower"/>, read folded: for a token with a character
    /// that folding changes.</summary>
    public NumberFacts FigureOf(ReadOnlySpan<char> lower) =>
        figureFacts.TryGetFolded(lower, out var found) ? found : NumberFacts.None;

    /// <summary>The time word of <paramref name="fact"/>; default when it has none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref readonly TimeWord TimeWord(NumberFacts fact) => ref Time.WordOf(fact);

    /// <summary>The figure word of <paramref name="fact"/>, or null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public FigureWord? FigureWord(NumberFacts fact) => figureWords[(int)((ulong)(fact & NumberFacts.FigureIdBits) >> FigureShift)];
}
