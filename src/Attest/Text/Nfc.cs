using System.Buffers;
using System.Text;

namespace Attest.Text;

/// <summary>Canonical composition (Unicode NFC) over small chunks of text.</summary>
/// <remarks>
/// The core runs with invariant globalization, where <see cref="string.Normalize()"/> returns its input
/// unchanged, so Attest carries the few tables NFC needs (<see cref="NfcData"/>).
/// A caller splits text before every <em>stable</em> character (combining class 0 and NFC_QC=Yes,
/// <see cref="IsStable(int)"/>): NFC never looks across such a character, so a chunk made of one
/// stable character and the unstable ones after it can be normalised on its own.
/// </remarks>
internal static class Nfc
{
    private const int HangulSBase = 0xAC00;
    private const int HangulLBase = 0x1100;
    private const int HangulVBase = 0x1161;
    private const int HangulTBase = 0x11A7;
    private const int HangulLCount = 19;
    private const int HangulVCount = 21;
    private const int HangulTCount = 28;
    private const int HangulNCount = HangulVCount * HangulTCount;
    private const int HangulSCount = HangulLCount * HangulNCount;

    /// <summary>Bit set over the BMP: 1 = not stable (may change or combine under NFC).</summary>
    private static readonly ulong[] UnstableBmp = new ulong[1024];
    private static readonly HashSet<int> UnstableSupplementary = [];
    private static readonly Dictionary<int, (int First, int Second)> Decomposition = [];
    private static readonly Dictionary<long, int> Composition = [];

    static Nfc()
    {
        var ranges = NfcData.CombiningClassRanges;
        for (var i = 0; i < ranges.Length; i += 3)
        {
            for (var cp = ranges[i]; cp <= ranges[i + 1]; cp++)
            {
                MarkUnstable(cp);
            }
        }

        var excluded = new HashSet<int>();
        foreach (var cp in NfcData.CompositionExclusions)
        {
            excluded.Add(cp);
        }

        var table = NfcData.Decompositions;
        for (var i = 0; i < table.Length; i += 3)
        {
            int cp = table[i], first = table[i + 1], second = table[i + 2];
            Decomposition[cp] = (first, second);
            if (second == 0 || excluded.Contains(cp))
            {
                // Singletons and exclusions never survive NFC (NFC_QC=No).
                MarkUnstable(cp);
            }
            else
            {
                Composition[Key(first, second)] = cp;

                // The second part of a pair may merge with what precedes it (NFC_QC=Maybe).
                MarkUnstable(second);
            }
        }

        for (var cp = HangulVBase; cp < HangulVBase + HangulVCount; cp++)
        {
            MarkUnstable(cp);
        }

        for (var cp = HangulTBase + 1; cp < HangulTBase + HangulTCount; cp++)
        {
            MarkUnstable(cp);
        }
    }

    /// <summary>True when <paramref name="codePoint"/> has combining class 0 and NFC_QC=Yes:
    /// NFC leaves it alone and never merges it with anything before it.</summary>
    public static bool IsStable(int codePoint) => codePoint < 0x300
        || (codePoint <= 0xFFFF
            ? (UnstableBmp[codePoint >> 6] & (1UL << (codePoint & 63))) == 0
            : !UnstableSupplementary.Contains(codePoint));

    /// <summary>The canonical combining class of a code point.</summary>
    public static int CombiningClass(int codePoint)
    {
        if (codePoint < 0x300)
        {
            return 0;
        }

        var ranges = NfcData.CombiningClassRanges;
        int lo = 0, hi = (ranges.Length / 3) - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (codePoint < ranges[mid * 3])
            {
                hi = mid - 1;
            }
            else if (codePoint > ranges[(mid * 3) + 1])
            {
                lo = mid + 1;
            }
            else
            {
                return ranges[(mid * 3) + 2];
            }
        }

        return 0;
    }

    /// <summary>Writes the NFC form of <paramref name="source"/> (well-formed UTF-16) to
    /// <paramref name="destination"/>, growing it from the shared pool when needed; returns its length.</summary>
    public static int Normalize(ReadOnlySpan<char> source, ref char[] destination)
    {
        var codePoints = ArrayPool<int>.Shared.Rent(Math.Max(16, source.Length * 4));
        try
        {
            var count = Decompose(source, codePoints);
            Reorder(codePoints.AsSpan(0, count));
            count = Compose(codePoints.AsSpan(0, count));

            var needed = 0;
            for (var i = 0; i < count; i++)
            {
                needed += codePoints[i] > 0xFFFF ? 2 : 1;
            }

            if (destination.Length < needed)
            {
                if (destination.Length > 0)
                {
                    ArrayPool<char>.Shared.Return(destination);
                }

                destination = ArrayPool<char>.Shared.Rent(needed);
            }

            var length = 0;
            for (var i = 0; i < count; i++)
            {
                length += new Rune(codePoints[i]).EncodeToUtf16(destination.AsSpan(length));
            }

            return length;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(codePoints);
        }
    }

    private static void MarkUnstable(int cp)
    {
        if (cp <= 0xFFFF)
        {
            UnstableBmp[cp >> 6] |= 1UL << (cp & 63);
        }
        else
        {
            UnstableSupplementary.Add(cp);
        }
    }

    private static long Key(int first, int second) => ((long)first << 21) | (uint)second;

    /// <summary>Full canonical decomposition into <paramref name="output"/>, which holds 4 code points
    /// per input char: no canonical decomposition of a BMP character is longer than 4.</summary>
    private static int Decompose(ReadOnlySpan<char> source, int[] output)
    {
        var count = 0;
        var i = 0;
        while (i < source.Length)
        {
            int cp = source[i];
            if (char.IsHighSurrogate(source[i]) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]))
            {
                cp = char.ConvertToUtf32(source[i], source[i + 1]);
                i++;
            }

            i++;
            count = DecomposeOne(cp, output, count);
        }

        return count;
    }

    private static int DecomposeOne(int cp, int[] output, int count)
    {
        var s = cp - HangulSBase;
        if (s is >= 0 and < HangulSCount)
        {
            output[count++] = HangulLBase + (s / HangulNCount);
            output[count++] = HangulVBase + (s % HangulNCount / HangulTCount);
            if (s % HangulTCount != 0)
            {
                output[count++] = HangulTBase + (s % HangulTCount);
            }

            return count;
        }

        if (cp >= 0xC0 && Decomposition.TryGetValue(cp, out var parts))
        {
            count = DecomposeOne(parts.First, output, count);
            return parts.Second == 0 ? count : DecomposeOne(parts.Second, output, count);
        }

        output[count++] = cp;
        return count;
    }

    /// <summary>Canonical ordering: a stable sort of each run of non-starters by combining class.</summary>
    private static void Reorder(Span<int> codePoints)
    {
        var i = 0;
        while (i < codePoints.Length)
        {
            if (CombiningClass(codePoints[i]) == 0)
            {
                i++;
                continue;
            }

            var start = i;
            while (i < codePoints.Length && CombiningClass(codePoints[i]) != 0)
            {
                i++;
            }

            SortRun(codePoints[start..i]);
        }
    }

    private static void SortRun(Span<int> run)
    {
        if (run.Length < 2)
        {
            return;
        }

        if (run.Length <= 16)
        {
            for (var i = 1; i < run.Length; i++)
            {
                var cp = run[i];
                var cls = CombiningClass(cp);
                var j = i - 1;
                while (j >= 0 && CombiningClass(run[j]) > cls)
                {
                    run[j + 1] = run[j];
                    j--;
                }

                run[j + 1] = cp;
            }

            return;
        }

        // Long runs only come from odd input; keep them O(n log n) with keys that make the sort stable.
        var keys = new long[run.Length];
        for (var i = 0; i < run.Length; i++)
        {
            keys[i] = ((long)CombiningClass(run[i]) << 52) | ((long)i << 21) | (uint)run[i];
        }

        Array.Sort(keys);
        for (var i = 0; i < run.Length; i++)
        {
            run[i] = (int)(keys[i] & 0x1FFFFF);
        }
    }

    /// <summary>Canonical composition in place; returns the new length.</summary>
    private static int Compose(Span<int> cps)
    {
        if (cps.Length == 0)
        {
            return 0;
        }

        var starterPos = 0;
        var starter = cps[0];
        var lastClass = CombiningClass(starter);
        if (lastClass != 0)
        {
            // Nothing composes onto a leading non-starter.
            lastClass = 256;
        }

        var write = 1;
        for (var read = 1; read < cps.Length; read++)
        {
            var cp = cps[read];
            var cls = CombiningClass(cp);
            var composite = ComposePair(starter, cp);
            if (composite >= 0 && (lastClass < cls || lastClass == 0))
            {
                cps[starterPos] = composite;
                starter = composite;
                continue;
            }

            if (cls == 0)
            {
                starterPos = write;
                starter = cp;
            }

            lastClass = cls;
            cps[write++] = cp;
        }

        return write;
    }

    private static int ComposePair(int first, int second)
    {
        var l = first - HangulLBase;
        if (l is >= 0 and < HangulLCount)
        {
            var v = second - HangulVBase;
            return v is >= 0 and < HangulVCount ? HangulSBase + (((l * HangulVCount) + v) * HangulTCount) : -1;
        }

        var s = first - HangulSBase;
        if (s is >= 0 and < HangulSCount && s % HangulTCount == 0)
        {
            var t = second - HangulTBase;
            return t > 0 && t < HangulTCount ? first + t : -1;
        }

        return Composition.TryGetValue(Key(first, second), out var composite) ? composite : -1;
    }
}
