using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Attest.Lexicons;

namespace Attest.Mentions;

/// <summary>The one-word cues by lower-case word, built for the lookup the name stages make for every word of every
/// text (half of them find a cue). A word of up to eight characters, as nearly every word of a text is, is kept as
/// its characters packed into two 64-bit numbers, so a lookup hashes and compares two numbers instead of a string;
/// longer words go to a <see cref="WordLookup{TValue}"/>. Immutable and thread-safe.</summary>
internal sealed class NameCueTable
{
    /// <summary>The longest word kept packed: four characters fit in each of the two numbers.</summary>
    private const int MaxPacked = 8;

    /// <summary>One bit per (length, first character, last character) triple of the packed words, with the low
    /// 6 bits of each character: an 8 KB bitmap that stays in the cache and answers most misses without touching
    /// the larger table.</summary>
    private readonly ulong[] seen = new ulong[(1 << 16) / 64];

    private readonly Slot[] slots;
    private readonly int mask;
    private readonly WordLookup<NameCue> longWords;

    /// <summary>Builds the table from lower-case words and their cues.</summary>
    public NameCueTable(IReadOnlyDictionary<string, NameCue> words)
    {
        ArgumentNullException.ThrowIfNull(words);

        // A quarter full at most: a miss, the common case, then mostly ends at the first empty slot.
        var size = 16;
        while (size < words.Count * 4)
        {
            size *= 2;
        }

        slots = new Slot[size];
        mask = size - 1;
        var longer = new Dictionary<string, NameCue>(StringComparer.Ordinal);
        foreach (var (word, cue) in words)
        {
            if (word.Length is 0 or > MaxPacked)
            {
                longer.Add(word, cue);
                continue;
            }

            var (first, last) = Pack(word);
            var slot = Hash(first, last) & mask;
            while (slots[slot].Length != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = new Slot(first, last, word.Length, cue);
            var bit = Triple(word);
            seen[bit >> 6] |= 1UL << bit;
        }

        longWords = new WordLookup<NameCue>(longer);
    }

    /// <summary>The cues of a lower-case word, compared ordinally; <see cref="NameCue.None"/> when it has none.</summary>
    public NameCue Of(ReadOnlySpan<char> word)
    {
        if (word.Length is 0 or > MaxPacked)
        {
            return longWords.TryGetValue(word, out var cue) ? cue : NameCue.None;
        }

        var bit = Triple(word);
        if ((seen[bit >> 6] & (1UL << bit)) == 0)
        {
            return NameCue.None;
        }

        var (first, last) = Pack(word);
        var slot = Hash(first, last) & mask;
        while (true)
        {
            ref readonly var entry = ref slots[slot];
            if (entry.Length == 0)
            {
                return NameCue.None;
            }

            if (entry.First == first && entry.Last == last && entry.Length == word.Length)
            {
                return entry.Cue;
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>The characters of a word of one to eight characters as two numbers: the first four, and the last
    /// four when there are more than four (overlapping the first for fewer than eight). Two words of one length
    /// differ in a character, so in one of the numbers.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (ulong First, ulong Last) Pack(ReadOnlySpan<char> word)
    {
        if (word.Length >= 4)
        {
            var bytes = MemoryMarshal.AsBytes(word);
            var first = MemoryMarshal.Read<ulong>(bytes);
            var last = word.Length > 4 ? MemoryMarshal.Read<ulong>(bytes[^sizeof(ulong)..]) : 0UL;
            return (first, last);
        }

        var packed = 0UL;
        for (var k = 0; k < word.Length; k++)
        {
            packed |= (ulong)word[k] << (16 * k);
        }

        return (packed, 0UL);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Triple(ReadOnlySpan<char> word) => ((word.Length & 0xF) << 12) | ((word[0] & 0x3F) << 6) | (word[^1] & 0x3F);

    private static int Hash(ulong first, ulong last) =>
        unchecked((int)(((first * 0x9E3779B97F4A7C15UL) ^ (last * 0xC2B2AE3D27D4EB4FUL)) >> 33));

    private readonly record struct Slot(ulong First, ulong Last, int Length, NameCue Cue);
}
