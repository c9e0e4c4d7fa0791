using System.Text;
using System.Text.RegularExpressions;

namespace Attest.Ingest;

/// <summary>The character set a page declares in a <c>&lt;meta charset&gt;</c> or <c>http-equiv</c> tag near its start.</summary>
internal static partial class HtmlCharset
{
    /// <summary>Browsers look for the declaration in the first kilobytes only; so does this.</summary>
    private const int Prescan = 4096;

    [GeneratedRegex("""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Declaration();

    /// <summary>The declared encoding, or null when none is declared or the name is unknown.</summary>
    public static Encoding? Declared(ReadOnlySpan<byte> bytes)
    {
        // Markup is ASCII in every single-byte charset, so Latin-1 reads the declaration whatever the page's charset.
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, Prescan)]);
        var match = Declaration().Match(head);
        if (!match.Success)
        {
            return null;
        }

        try
        {
            return Encoding.GetEncoding(match.Groups[1].Value);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
