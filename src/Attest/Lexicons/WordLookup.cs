using System.Runtime.CompilerServices;

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

    /// <summary>The value of <paramref name="word"/>, compared ordinally; false when it is no word.</summary>
    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value)
    {
        if (word.IsEmpty ? !hasEmpty : (seen[Index(word) >> 6] & (1UL << Index(word))) == 0)
        {
            value = default!;
            return false;
        }

        var slot = Hash(word) & mask;
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

        return unchecked((int)(hash ^ (hash >> 15))) & int.MaxValue;
    }
}
