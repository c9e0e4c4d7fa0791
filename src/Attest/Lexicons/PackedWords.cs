using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Attest.Text;

namespace Attest.Lexicons;

/// <summary>A lookup from the words of one to sixteen ASCII characters to values, each word packed into one 64-bit
/// key (a byte per character), or two for a word of more than eight: a token of that kind is read from the text
/// with one or two vector loads and found with one multiplication and, as a rule, one key comparison, with no
/// hashing loop and no stored string to compare. Nearly every token of a text is such a word, so
/// <see cref="WordIds"/> looks up only the rest (non-ASCII, longer, or at the very end of the text) in the general
/// table.</summary>
/// <remarks>The tables hold every word of the vocabulary that fits, so a token that fits is found here or is no
/// word; a word that does not fit cannot equal a token that does. (Buckets of four keys compared at once, with
/// no branch on the answer, measured slower: their tables are larger.) Immutable and thread-safe.</remarks>
internal sealed class PackedWords<TValue>
    where TValue : struct
{
    /// <summary>The longest word kept in one key: eight characters, one byte each, fill it.</summary>
    public const int MaxLength = 8;

    /// <summary>The longest word kept in two keys ("responsibility"): the second table holds the words of nine
    /// to sixteen characters, so a long token is not hashed character by character either.</summary>
    public const int MaxLongLength = 16;

    private const ulong Multiplier = 0x9E3779B97F4A7C15;

    /// <summary>Open addressing, half full at most, key and value side by side so a hit reads one place; a key
    /// of 0 marks an empty slot (no word packs to 0: every character is at least U+0001).</summary>
    private readonly Slot[] slots;
    private readonly int mask;
    private readonly int shift;

    /// <summary>The words of nine to sixteen characters, as <see cref="slots"/> with two keys each.</summary>
    private readonly LongSlot[] longSlots;
    private readonly int longMask;
    private readonly int longShift;

    /// <summary>Builds the table from the words of <paramref name="words"/> that fit; the others are left out. A
    /// word given twice keeps its first value.</summary>
    public PackedWords(IEnumerable<KeyValuePair<string, TValue>> words)
    {
        var fitting = words.Where(pair => Fits(pair.Key)).ToList();
        var size = SizeFor(fitting.Count);
        slots = new Slot[size];
        mask = size - 1;
        shift = 64 - BitOperations.Log2((uint)size);
        foreach (var (word, value) in fitting)
        {
            var key = Pack(word);
            var slot = SlotOf(key);
            while (slots[slot].Key != 0 && slots[slot].Key != key)
            {
                slot = (slot + 1) & mask;
            }

            if (slots[slot].Key == 0)
            {
                slots[slot] = new Slot(key, value);
            }
        }

        var longWords = words.Where(pair => FitsLong(pair.Key)).ToList();
        size = SizeFor(longWords.Count);
        longSlots = new LongSlot[size];
        longMask = size - 1;
        longShift = 64 - BitOperations.Log2((uint)size);
        foreach (var (word, value) in longWords)
        {
            var (low, high) = (Pack(word.AsSpan(0, MaxLength)), Pack(word.AsSpan(MaxLength)));
            var slot = LongSlotOf(low, high);
            while (longSlots[slot].Low != 0 && (longSlots[slot].Low != low || longSlots[slot].High != high))
            {
                slot = (slot + 1) & longMask;
            }

            if (longSlots[slot].Low == 0)
            {
                longSlots[slot] = new LongSlot(low, high, value);
            }
        }
    }

    /// <summary>Packs the word of <paramref name="length"/> characters at <paramref name="start"/> in
    /// <paramref name="text"/> into its key: true when it fits the table (one to eight characters from U+0001 to
    /// U+007F, with eight characters of text from <paramref name="start"/> to read at once); false when the caller
    /// must ask the general table.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryPack(string text, int start, int length, out ulong key)
    {
        if (!BitConverter.IsLittleEndian || unchecked((uint)(length - 1)) >= MaxLength || start > text.Length - MaxLength)
        {
            key = 0;
            return false;
        }

        ref var first = ref Unsafe.As<char, ushort>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text.AsSpan()), start));
        var raw = Vector128.LoadUnsafe(ref first);
        var inWord = Vector128.LessThan(Vector128<ushort>.Indices, Vector128.Create((ushort)length));

        // A character fits from U+0001 to U+007F: both it and it less one have none of the high bits.
        var high = Vector128.Create((ushort)0xFF80);
        if (((((raw - Vector128<ushort>.One) | raw) & high & inWord) != Vector128<ushort>.Zero))
        {
            key = 0;
            return false;
        }

        key = Vector128.Narrow(raw & inWord, Vector128<ushort>.Zero).AsUInt64().ToScalar();
        return true;
    }

    /// <summary>As <see cref="TryPack"/> for a word of nine to sixteen characters, packed into two keys: the first
    /// eight characters and the rest.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryPackLong(string text, int start, int length, out ulong low, out ulong high)
    {
        if (!BitConverter.IsLittleEndian || unchecked((uint)(length - MaxLength - 1)) >= MaxLongLength - MaxLength || start > text.Length - MaxLongLength)
        {
            (low, high) = (0, 0);
            return false;
        }

        ref var first = ref Unsafe.As<char, ushort>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text.AsSpan()), start));
        var head = Vector128.LoadUnsafe(ref first);
        var tail = Vector128.LoadUnsafe(ref first, MaxLength);
        var inWord = Vector128.LessThan(Vector128<ushort>.Indices, Vector128.Create((ushort)(length - MaxLength)));
        var high7 = Vector128.Create((ushort)0xFF80);
        if (((((head - Vector128<ushort>.One) | head) & high7) | ((((tail - Vector128<ushort>.One) | tail) & high7) & inWord)) != Vector128<ushort>.Zero)
        {
            (low, high) = (0, 0);
            return false;
        }

        var packed = Vector128.Narrow(head, tail & inWord).AsUInt64();
        (low, high) = (packed.GetElement(0), packed.GetElement(1));
        return true;
    }

    /// <summary>Looks up the word at <paramref name="span"/> of <paramref name="text"/>: true when it fits the table,
    /// with its <paramref name="value"/> (default when it is no word); false when the caller must ask the general
    /// table (see <see cref="TryPack"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryFind(string text, Span span, out TValue value)
    {
        if (TryPack(text, span.Start, span.Length, out var key))
        {
            value = Find(key);
            return true;
        }

        if (TryPackLong(text, span.Start, span.Length, out var low, out var high))
        {
            value = FindLong(low, high);
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>The value of the word packed by <see cref="TryPackLong"/>; default when it is no word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public TValue FindLong(ulong low, ulong high)
    {
        var slot = LongSlotOf(low, high);
        while (true)
        {
            ref readonly var entry = ref longSlots[slot];
            if (entry.Low == low && entry.High == high)
            {
                return entry.Value;
            }

            if (entry.Low == 0)
            {
                return default;
            }

            slot = (slot + 1) & longMask;
        }
    }

    /// <summary>The value of the packed word <paramref name="key"/>; default when it is no word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public TValue Find(ulong key)
    {
        var slot = SlotOf(key);
        while (true)
        {
            ref readonly var entry = ref slots[slot];
            if (entry.Key == key)
            {
                return entry.Value;
            }

            if (entry.Key == 0)
            {
                return default;
            }

            slot = (slot + 1) & mask;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int SlotOf(ulong key) => (int)(unchecked(key * Multiplier) >> shift);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int LongSlotOf(ulong low, ulong high) => (int)(unchecked((low ^ (high * 0xC2B2AE3D27D4EB4F)) * Multiplier) >> longShift);

    /// <summary>The slots of a table of <paramref name="count"/> words: a power of two, at most half full.</summary>
    private static int SizeFor(int count)
    {
        var size = 16;
        while (size < count * 2)
        {
            size *= 2;
        }

        return size;
    }

    private static bool Fits(string word) => word.Length is >= 1 and <= MaxLength && word.All(c => c is >= '\u0001' and <= '\u007F');

    private static bool FitsLong(string word) =>
        word.Length is > MaxLength and <= MaxLongLength && word.All(c => c is >= '\u0001' and <= '\u007F');

    private static ulong Pack(ReadOnlySpan<char> word)
    {
        var key = 0UL;
        for (var k = 0; k < word.Length; k++)
        {
            key |= (ulong)word[k] << (8 * k);
        }

        return key;
    }

    private readonly record struct Slot(ulong Key, TValue Value);

    private readonly record struct LongSlot(ulong Low, ulong High, TValue Value);
}
