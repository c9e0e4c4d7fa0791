using System.Runtime.CompilerServices;
using Attest.Text;

namespace Attest.Lexicons;

/// <summary>An immutable, ordinal lookup from words to values, queried with spans of text. The stages look up
/// every token of every text, most of them in vain, so it is built for that: a bitmap of the (length, first
/// character, last character) triples of the words answers most misses without hashing, and the rest go to an
/// open-addressing table with a cheap hash, probed with no allocation, no virtual call and no comparer.</summary>
/// <typeparam name="TValue">What a word maps to.</typeparam>
internal sealed class WordLookup<TValue>
{
    /// <summary>Bits per index part of the bitmap: 5 for the length, 6 for each character.</summary>
    private const int LengthBits = 5;
    private const int CharBits = 6;
    private const int CharMask = (1 << CharBits) - 1;
    private const int LengthMask = (1 << LengthBits) - 1;

    private readonly ulong[] seen = new ulong[(1 << (LengthBits + CharBits + CharBits)) / 64];
    /// <summary>The words of one ASCII character (punctuation, "a"), answered by index: a good share of every
    /// text's tokens are such, and many lexicon forms contain one.</summary>
    private readonly TValue[] asciiValues = new TValue[128];
    private readonly ulong[] asciiSeen = new ulong[2];

    private readonly string?[] keys;
    private readonly TValue[] values;
    private readonly int mask;
    private readonly bool hasEmpty;

    /// <summary>Builds the lookup; a word given twice keeps its first value.</summary>
    public WordLookup(IEnumerable<KeyValuePair<string, TValue>> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var pairs = words.ToList();
        var size = 16;
        while (size < pairs.Count * 2)
        {
            size *= 2;
        }

        keys = new string?[size];
        values = new TValue[size];
        mask = size - 1;
        foreach (var (word, value) in pairs)
        {
            ArgumentNullException.ThrowIfNull(word);
            var slot = Hash(word) & mask;
            while (keys[slot] is { } taken && !string.Equals(taken, word, StringComparison.Ordinal))
            {
                slot = (slot + 1) & mask;
            }

            if (keys[slot] is not null)
            {
                continue;
            }

            keys[slot] = word;
            values[slot] = value;
            Count++;
            if (word.Length == 1 && word[0] < 128)
            {
                asciiValues[word[0]] = value;
                asciiSeen[word[0] >> 6] |= 1UL << word[0];
            }

            if (word.Length == 0)
            {
                hasEmpty = true;
                continue;
            }

            var bit = Index(word);
            seen[bit >> 6] |= 1UL << bit;
        }
    }

    /// <summary>The number of words.</summary>
    public int Count { get; }

    /// <summary>True when <paramref name="word"/> is one of the words, compared ordinally.</summary>
    public bool Contains(ReadOnlySpan<char> word) => TryGetValue(word, out _);

    /// <summary>The value of <paramref name="word"/>, compared ordinally; false when it is no word.</summary>
    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value)
    {
        if (word.Length == 1 && word[0] < 128)
        {
            return TryGetAscii(word[0], out value);
        }

        if (word.IsEmpty ? !hasEmpty : (seen[Index(word) >> 6] & (1UL << Index(word))) == 0)
        {
            value = default!;
            return false;
        }

        return Probe(word, Hash(word), out value);
    }

    /// <summary>The value of <paramref name="word"/> read through <see cref="TokenFold"/> (typographic apostrophes
    /// and hyphens as plain ones), for lookups whose keys are stored folded; false when it is no word.</summary>
    public bool TryGetFolded(ReadOnlySpan<char> word, out TValue value)
    {
        if (word.IsEmpty)
        {
            return TryGetValue(word, out value);
        }

        // No ASCII character folds.
        if (word.Length == 1 && word[0] < 128)
        {
            return TryGetAscii(word[0], out value);
        }

        // Folding keeps the length and changes no character below TokenFold.Lowest, so when neither end changes
        // the folded word has the same bitmap bit: a miss there is a miss either way, without scanning the word.
        var ends = word[0] < TokenFold.Lowest && word[^1] < TokenFold.Lowest;
        if (ends && (seen[Index(word) >> 6] & (1UL << Index(word))) == 0)
        {
            value = default!;
            return false;
        }

        // One pass hashes the word and notes any character that may fold; almost every word has none.
        var hash = unchecked(2166136261u ^ (uint)word.Length);
        var high = false;
        foreach (var c in word)
        {
            hash = unchecked((hash ^ c) * 16777619u);
            high |= c >= TokenFold.Lowest;
        }

        if (high && word.IndexOfAny(TokenFold.Chars) >= 0)
        {
            return TryGetFoldedCopy(word, out value);
        }

        // A word whose ends may fold but do not skipped the bitmap above; the table answers it alike.
        return Probe(word, Finish(hash), out value);
    }

    /// <summary>The rare word that folding changes: folded into a copy, then looked up. Kept apart so the common
    /// path has no stack buffer and stays small.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool TryGetFoldedCopy(ReadOnlySpan<char> word, out TValue value)
    {
        Span<char> folded = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        TokenFold.Fold(word, folded);
        return TryGetValue(folded, out value);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TryGetAscii(char c, out TValue value)
    {
        if ((asciiSeen[c >> 6] & (1UL << c)) != 0)
        {
            value = asciiValues[c];
            return true;
        }

        value = default!;
        return false;
    }

    /// <summary>Looks <paramref name="word"/> up in the table from its <see cref="Hash"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Probe(ReadOnlySpan<char> word, int hash, out TValue value)
    {
        var slot = hash & mask;
        while (keys[slot] is { } key)
        {
            if (word.SequenceEqual(key))
            {
                value = values[slot];
                return true;
            }

            slot = (slot + 1) & mask;
        }

        value = default!;
        return false;
    }

    /// <summary>The bit of a word's triple. Lengths and characters share bits (a length of 33 is one of 1, 'a'
    /// one of '!'), which only lets a few more misses through to the table.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Index(ReadOnlySpan<char> word) =>
        ((word.Length & LengthMask) << (CharBits + CharBits)) | ((word[0] & CharMask) << CharBits) | (word[^1] & CharMask);

    /// <summary>FNV-1a over the characters, seeded with the length: words are short, so a simple loop is faster
    /// than a vectorised hash. The keys come from the lexicons, not from the texts, so what a text says cannot
    /// make the probes long.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(ReadOnlySpan<char> word)
    {
        var hash = unchecked(2166136261u ^ (uint)word.Length);
        foreach (var c in word)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return Finish(hash);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Finish(uint hash) => unchecked((int)(hash ^ (hash >> 15))) & int.MaxValue;
}
