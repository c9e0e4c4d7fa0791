using System.Text;

namespace Attest.Ingest;

/// <summary>Turns raw bytes into text: byte-order marks first, then strict UTF-8, then Windows-1251 or
/// Windows-1252 as <see cref="LegacyEncoding"/> detects. Bytes that look binary are refused rather than decoded
/// into junk.</summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>True when <paramref name="encoding"/> was guessed from letter statistics rather than marked or
    /// validated, so a charset the document declares should win.</summary>
    internal static bool IsGuess(string encoding) => encoding is "windows-1252" or "windows-1251";

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>True when <paramref name="bytes"/> start with a UTF-8, UTF-16 or UTF-32 byte-order mark.</summary>
    public static bool HasByteOrderMark(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);

    /// <summary>Decodes <paramref name="bytes"/> or says in one phrase why it cannot be text.</summary>
    public static Parsed<DecodedText> Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Strict(bytes[3..], StrictUtf8, "utf-8");
        }

        // UTF-32 LE must be tested before UTF-16 LE: its mark starts with the same two bytes.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return Strict(bytes[4..], new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), "utf-32le");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Strict(bytes[2..], new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), "utf-16le");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Strict(bytes[2..], new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), "utf-16be");
        }

        if (LooksBinary(bytes))
        {
            return Parsed<DecodedText>.Fail("binary content, not text");
        }

        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return Parsed<DecodedText>.Ok(new DecodedText(Encoding.UTF8.GetString(bytes), "utf-8"));
        }

        var legacy = LegacyEncoding.Detect(bytes);
        return Parsed<DecodedText>.Ok(new DecodedText(legacy.GetString(bytes), legacy.WebName));
    }

    private static Parsed<DecodedText> Strict(ReadOnlySpan<byte> bytes, Encoding encoding, string name)
    {
        try
        {
            return Parsed<DecodedText>.Ok(new DecodedText(encoding.GetString(bytes), name));
        }
        catch (DecoderFallbackException)
        {
            return Parsed<DecodedText>.Fail($"invalid {name} despite its byte-order mark");
        }
    }

    /// <summary>NUL bytes, or many control characters other than tab, line feed, form feed and carriage return,
    /// do not occur in text files.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        if (sample.Contains((byte)0))
        {
            return true;
        }

        var control = 0;
        foreach (var b in sample)
        {
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0C or 0x0D))
            {
                control++;
            }
        }

        return sample.Length > 0 && control * 100 > sample.Length;
    }
}
