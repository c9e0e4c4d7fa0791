using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Attest.Text;

/// <summary>Lower-cases a text character by character (invariant culture), keeping its length and offsets.</summary>
internal static class LowerCase
{
    /// <summary>Same result as <see cref="string.ToLowerInvariant()"/>, in one pass: blocks of ASCII are lowered
    /// with vector instructions, and the rare other character (a curly quote, a dash, a foreign letter) is
    /// lowered on its own before the vector loop resumes. The framework, after the first non-ASCII character,
    /// and splitting the text into ASCII runs, both pay a call per run: news text has a curly quote or a dash
    /// every couple of hundred characters.</summary>
    public static string Of(string text) => text.Length == 0 ? text : string.Create(text.Length, text, static (lower, source) =>
    {
        ref var from = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(source.AsSpan()));
        ref var to = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(lower));
        var n = source.Length;
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var a = Vector256.Create((ushort)'A');
            var letters = Vector256.Create((ushort)26);
            var caseBit = Vector256.Create((ushort)0x20);
            var nonAscii = Vector256.Create(unchecked((ushort)~0x7F));
            while (i <= n - Vector256<ushort>.Count)
            {
                var block = Vector256.LoadUnsafe(ref from, (nuint)i);
                if ((block & nonAscii) != Vector256<ushort>.Zero)
                {
                    // Lower the block one character at a time up to and including its first non-ASCII character.
                    i = LowerUpToOther(source, lower, i);
                    continue;
                }

                // 'A'..'Z' are the characters whose distance from 'A' is below 26 (unsigned).
                var upper = Vector256.LessThan(block - a, letters);
                (block | (upper & caseBit)).StoreUnsafe(ref to, (nuint)i);
                i += Vector256<ushort>.Count;
            }
        }

        while (i < n)
        {
            i = LowerOne(source, lower, i);
        }
    });

    /// <summary>Lowers characters from <paramref name="at"/> through the first non-ASCII one; returns the offset after it.</summary>
    private static int LowerUpToOther(string source, Span<char> lower, int at)
    {
        var i = at;
        while (source[i] < 0x80)
        {
            lower[i] = (char)(source[i] | (char.IsAsciiLetterUpper(source[i]) ? 0x20 : 0));
            i++;
        }

        return LowerOne(source, lower, i);
    }

    /// <summary>Lowers the character at <paramref name="at"/> (with its low surrogate, for a pair); returns the offset after it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int LowerOne(string source, Span<char> lower, int at)
    {
        var c = source[at];
        if (c < 0x80)
        {
            lower[at] = (char)(c | (char.IsAsciiLetterUpper(c) ? 0x20 : 0));
            return at + 1;
        }

        if (char.IsHighSurrogate(c) && at + 1 < source.Length && char.IsLowSurrogate(source[at + 1]))
        {
            // A letter outside the BMP may have a lower case of its own (Deseret, Osage): the span overload maps pairs.
            source.AsSpan(at, 2).ToLowerInvariant(lower.Slice(at, 2));
            return at + 2;
        }

        lower[at] = char.ToLowerInvariant(c);
        return at + 1;
    }
}
