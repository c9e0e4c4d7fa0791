using System.Text;

namespace Attest.Ingest;

/// <summary>Tells Windows-1251 (Cyrillic) from Windows-1252 (Western European) for bytes that are neither marked
/// nor valid UTF-8, by how letters pair up. Both code pages put their letters above 0x7F at the same byte
/// values, so the bytes decode without error either way; which reading is plausible shows in the words.</summary>
/// <remarks>The heuristic counts bigrams of adjacent letters in which at least one byte is above 0x7F. A
/// Cyrillic word is written wholly in such bytes, so its bigrams are high–high ("мир" is three high bytes). A
/// French or German word carries an accented letter between ASCII letters ("été", "Straße", "für"), so its
/// bigrams are mostly high–ASCII. Windows-1251 is chosen when high–high bigrams are more than
/// <see cref="CyrillicShare"/> of all bigrams with a high byte. A Latin word with a run of accents ("créée")
/// or a Cyrillic text quoting a Latin acronym moves the share only a little. Letters are those the Windows-1251
/// reading makes letters, which includes the Ukrainian and Belarusian letters (і, ї, є, ґ, ў) that sit between
/// 0xA0 and 0xBF.</remarks>
public static class LegacyEncoding
{
    /// <summary>Share of high–high bigrams above which the bytes are read as Windows-1251.</summary>
    public const double CyrillicShare = 0.5;

    private static readonly Encoding Cyrillic;
    private static readonly Encoding Western;

    /// <summary>For each byte 0x80–0xFF, whether Windows-1251 reads it as a letter.</summary>
    private static readonly bool[] HighLetter = new bool[128];

    static LegacyEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Cyrillic = Encoding.GetEncoding(1251);
        Western = Encoding.GetEncoding(1252);
        var chars = Cyrillic.GetChars([.. Enumerable.Range(0x80, 128).Select(b => (byte)b)]);
        for (var i = 0; i < 128; i++)
        {
            HighLetter[i] = char.IsLetter(chars[i]);
        }
    }

    /// <summary>The Windows code page the bytes are most plausibly written in: <c>windows-1251</c> or
    /// <c>windows-1252</c> (the latter also when nothing tells them apart, such as pure ASCII).</summary>
    public static Encoding Detect(ReadOnlySpan<byte> bytes)
    {
        var (highHigh, mixed) = Bigrams(bytes);
        var total = highHigh + mixed;
        return total > 0 && highHigh > CyrillicShare * total ? Cyrillic : Western;
    }

    /// <summary>The two bigram counts the decision rests on, for tests and diagnostics.</summary>
    public static (int HighHigh, int Mixed) Bigrams(ReadOnlySpan<byte> bytes)
    {
        int highHigh = 0, mixed = 0;
        var previous = Kind.None;
        foreach (var b in bytes)
        {
            Kind kind;
            if (b < 0x80)
            {
                kind = char.IsAsciiLetter((char)b) ? Kind.Ascii : Kind.None;
            }
            else
            {
                kind = HighLetter[b - 0x80] ? Kind.High : Kind.None;
            }

            if (previous != Kind.None && kind != Kind.None && (previous == Kind.High || kind == Kind.High))
            {
                if (previous == Kind.High && kind == Kind.High)
                {
                    highHigh++;
                }
                else
                {
                    mixed++;
                }
            }

            previous = kind;
        }

        return (highHigh, mixed);
    }

    private enum Kind : byte
    {
        None,
        Ascii,
        High,
    }
}
