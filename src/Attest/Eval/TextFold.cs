using System.Globalization;
using System.Text;

namespace Attest.Eval;

/// <summary>The comparison form of names, quotes and terms in the scorer: typographic quotes, apostrophes,
/// dashes and ellipses become ASCII, diacritics are dropped, letters are lower case, and runs of white space
/// become one space with none at either end.</summary>
/// <remarks>Gold is typed by people and predictions come from text that keeps its typography, so "Women’s"
/// and "Women's", or "Željana" and "Zeljana", must compare equal.</remarks>
internal static class TextFold
{
    /// <summary>The folded form of <paramref name="text"/>; empty for null.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
            {
                // Combining accents of decomposed text, soft hyphens and zero-width characters carry no letter.
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            var ascii = Typographic(c);
            if (ascii is not null)
            {
                builder.Append(ascii);
                continue;
            }

            builder.Append(char.ToLowerInvariant(DiacriticFolding.Fold(c)));
        }

        return builder.ToString();
    }

    /// <summary>The words of <paramref name="folded"/>: maximal runs of letters and digits; every other
    /// character separates words.</summary>
    public static List<string> Words(string folded)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(folded[start..i]);
                start = -1;
            }
        }

        return words;
    }

    /// <summary>True when <paramref name="needle"/> occurs in <paramref name="haystack"/> as a run of
    /// consecutive whole words. An empty needle occurs nowhere.</summary>
    public static bool ContainsWords(IReadOnlyList<string> haystack, IReadOnlyList<string> needle)
    {
        if (needle.Count == 0 || needle.Count > haystack.Count)
        {
            return false;
        }

        for (var start = 0; start + needle.Count <= haystack.Count; start++)
        {
            var all = true;
            for (var j = 0; j < needle.Count && all; j++)
            {
                all = string.Equals(haystack[start + j], needle[j], StringComparison.Ordinal);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for the ASCII quotation marks that <see cref="Fold"/> leaves in place of typographic ones.</summary>
    public static bool IsQuoteMark(char c) => c is '"' or '\'';

    private static string? Typographic(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u02BC' or '\u00B4' or '`' or '\u2039' or '\u203A' => "'",
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => "\"",
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => "-",
        '\u2026' => "...",
        _ => null,
    };
}
