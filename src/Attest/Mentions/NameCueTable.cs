using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Attest.Lexicons;

namespace Attest.Mentions;

/// <summary>The one-word cues by lower-case word, built for the lookup the name stages make for every word of every
/// text (half of them find a cue). A word of up to eight ASCII characters, as nearly every word of a text is, is kept
/// as its characters packed one byte each into a 64-bit number, so a lookup packs, hashes and compares one number,
/// in a table of 16-byte slots small enough to stay in the cache between documents; other words go to a
/// <see cref="WordLookup{TValue}"/>. Immutable and thread-safe.</summary>
internal sealed class NameCueTable
{
    /// <summary>The longest word kept packed: one byte per character.</summary>
    private const int MaxPacked = 8;

    /// <summary>The bits of each UTF-16 character of a word that must be clear for it to be ASCII.</summary>
    private const ulong NonAscii = 0xFF80_FF80_FF80_FF80UL;

    private readonly Slot[] slots;
    private readonly int shift;
    private readonly WordLookup<NameCue> otherWords;

    /// <summary>Builds the table from lower-case words and their cues.</summary>
    public NameCueTable(IReadOnlyDictionary<string, NameCue> words)
    {
        ArgumentNullException.ThrowIfNull(words);

        // Half full at most: a miss, the common case, then mostly ends at the first or second slot.
        var size = 16;
        while (size < words.Count * 2)
        {
            size *= 2;
        }

        slots = new Slot[size];
        shift = 64 - System.Numerics.BitOperations.Log2((uint)size);
        var others = new Dictionary<string, NameCue>(StringComparer.Ordinal);
        foreach (var (word, cue) in words)
        {
            if (!TryPack(word, out var key))
            {
                others.Add(word, cue);
                continue;
            }

            var slot = Home(key);
            while (slots[slot].Key != 0)
            {
                slot = (slot + 1) & (slots.Length - 1);
            }

            slots[slot] = new Slot(key, cue);
        }

        otherWords = new WordLookup<NameCue>(others);
    }

    /// <summary>The cues of a lower-case word, compared ordinally; <see cref="NameCue.None"/> when it has none.</summary>
    public NameCue Of(ReadOnlySpan<char> word)
    {
        if (!TryPack(word, out var key))
        {
            return otherWords.TryGetValue(word, out var cue) ? cue : NameCue.None;
        }

        var mask = slots.Length - 1;
        var slot = Home(key);
        while (true)
        {
            ref readonly var entry = ref slots[slot];
            if (entry.Key == key)
            {
                return entry.Cue;
            }

            if (entry.Key == 0)
            {
                return NameCue.None;
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>The characters of a word of one to eight ASCII characters, one byte each, the first in the lowest
    /// byte, with the top bit of the last character's byte set to mark where the word ends: two words differ in
    /// their number, and no word's number is zero. False for an empty word, a longer one or one with a character
    /// past ASCII.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryPack(ReadOnlySpan<char> word, out ulong key)
    {
        key = 0;
        if (word.Length is 0 or > MaxPacked)
        {
            return false;
        }

        if (word.Length >= 4)
        {
            // The first four and the last four characters (overlapping for fewer than eight), four bytes each.
            var bytes = MemoryMarshal.AsBytes(word);
            var first = MemoryMarshal.Read<ulong>(bytes);
            var last = MemoryMarshal.Read<ulong>(bytes[^sizeof(ulong)..]);
            if (((first | last) & NonAscii) != 0)
            {
                return false;
            }

            key = (Narrow(first) | (Narrow(last) << (8 * (word.Length - 4)))) | EndMark(word.Length);
            return true;
        }

        var all = 0;
        for (var k = 0; k < word.Length; k++)
        {
            all |= word[k];
            key |= (ulong)word[k] << (8 * k);
        }

        key |= EndMark(word.Length);
        return all < 0x80;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong EndMark(int length) => 0x80UL << (8 * (length - 1));

    /// <summary>Four ASCII characters of 16 bits each as four bytes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Narrow(ulong chars)
    {
        chars = (chars | (chars >> 8)) & 0x0000_FFFF_0000_FFFFUL;
        return (chars | (chars >> 16)) & 0xFFFF_FFFFUL;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Home(ulong key) => (int)(unchecked(key * 0x9E3779B97F4A7C15UL) >> shift);

    private readonly record struct Slot(ulong Key, NameCue Cue);
}
