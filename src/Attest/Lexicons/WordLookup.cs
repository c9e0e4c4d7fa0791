using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Attest.Text;

namespace Attest.Lexicons;

/// <summary>An immutable, ordinal lookup from words to values, queried with spans of text. The stages look up
/// every token of every text, most of them in vain, so it is built for that: a bitmap of the (length, first
/// character, last character) triples of the words answers many misses without hashing, and the rest go to an
/// open-addressing table with a cheap hash, probed with no allocation, no virtual call and no comparer. Each slot
/// keeps its word's full hash beside it, so a miss that gets past the bitmap (about half of the misses for a
/// vocabulary of thousands: common words share their length and ends with some entry) is settled by comparing
/// hashes in one small array, without reading any stored word.</summary>
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

    /// <summary>Per slot, the <see cref="Tag"/> of its word's hash; 0 for an empty slot.</summary>
    private readonly uint[] tags;
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
        tags = new uint[size];
        mask = size - 1;
        foreach (var (word, value) in pairs)
        {
            ArgumentNullException.ThrowIfNull(word);
            var hash = Hash(word, out _);
            var slot = unchecked((int)hash) & mask;
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
            tags[slot] = Tag(hash);
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

        return Probe(word, Hash(word, out _), out value);
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
        var hash = Hash(word, out var high);
        if (high && word.IndexOfAny(TokenFold.Chars) >= 0)
        {
            return TryGetFoldedCopy(word, out value);
        }

        // A word whose ends may fold but do not skipped the bitmap above; the table answers it alike.
        return Probe(word, hash, out value);
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

    /// <summary>Looks <paramref name="word"/> up in the table from its <see cref="Hash"/>: only a slot whose tag
    /// equals the word's has its stored word compared.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Probe(ReadOnlySpan<char> word, uint hash, out TValue value)
    {
        var tag = Tag(hash);
        var slot = unchecked((int)hash) & mask;
        for (var taken = tags[slot]; taken != 0; taken = tags[slot])
        {
            if (taken == tag && word.SequenceEqual(keys[slot].AsSpan()))
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

    /// <summary>A multiplicative hash over the characters four at a time (a word of 2 or 3 characters in one
    /// read; the last four characters are read once more when the length is no multiple of four), seeded with the
    /// length: words are short, and one multiplication per four characters is several times quicker than one per
    /// character. <paramref name="high"/> tells whether any character is at or above U+0200, below which nothing
    /// folds (<see cref="TokenFold.Lowest"/>). The keys come from the lexicons, not from the texts, so what a
    /// text says cannot make the probes long.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Hash(ReadOnlySpan<char> word, out bool high)
    {
        const ulong Multiplier = 0x9E3779B97F4A7C15;
        const ulong HighBits = 0xFE00_FE00_FE00_FE00;
        ref var first = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(word));
        var length = word.Length;
        var hash = unchecked((ulong)length * Multiplier);
        ulong seen;
        if (length >= 4)
        {
            seen = 0;
            var k = 0;
            for (; k + 4 < length; k += 4)
            {
                var block = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref first, k * sizeof(char)));
                seen |= block;
                hash = unchecked((hash ^ block) * Multiplier);
            }

            var last = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref first, (length - 4) * sizeof(char)));
            seen |= last;
            hash = unchecked((hash ^ last) * Multiplier);
        }
        else
        {
            seen = 0;
            for (var k = 0; k < length; k++)
            {
                seen |= (ulong)word[k] << (16 * k);
            }

            hash = unchecked((hash ^ seen) * Multiplier);
        }

        high = (seen & HighBits) != 0;
        return unchecked((uint)(hash >> 32) ^ (uint)hash);
    }

    /// <summary>A slot's tag: the hash, never 0 (0 marks an empty slot).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Tag(uint hash) => hash | 1;
}
