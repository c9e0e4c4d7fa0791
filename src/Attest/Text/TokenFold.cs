using System.Buffers;

namespace Attest.Text;

/// <summary>The one folding every lexicon lookup applies to token text: typographic apostrophes (’ ʼ) read as
/// <c>'</c> and non-breaking hyphens (‐ ‑) as <c>-</c>, so "People’s" finds the entry written "People's".
/// Lexicon forms are stored folded; token text is folded at lookup.</summary>
internal static class TokenFold
{
    /// <summary>The characters folding changes; a token without any of them is already folded.</summary>
    public static readonly SearchValues<char> Chars = SearchValues.Create("\u2019\u02BC\u2010\u2011");

    /// <summary>The lowest of <see cref="Chars"/>: a character below it is left as it is.</summary>
    public const char Lowest = '\u02BC';

    public static char Fold(char c) => c switch
    {
        '\u2019' or '\u02BC' => '\'',
        '\u2010' or '\u2011' => '-',
        _ => c,
    };

    /// <summary>Writes the folded <paramref name="source"/> into <paramref name="target"/> (at least as long).</summary>
    public static void Fold(ReadOnlySpan<char> source, Span<char> target)
    {
        for (var i = 0; i < source.Length; i++)
        {
            target[i] = Fold(source[i]);
        }
    }

    /// <summary>The folded text as a string; for building lookup tables, not for hot paths.</summary>
    public static string ToFolded(ReadOnlySpan<char> token)
    {
        if (token.IndexOfAny(Chars) < 0)
        {
            return token.ToString();
        }

        var buffer = new char[token.Length];
        Fold(token, buffer);
        return new string(buffer);
    }

    /// <summary>Ordinal equality of <paramref name="written"/>, folded, with the folded <paramref name="form"/>.</summary>
    public static bool Spells(ReadOnlySpan<char> written, string form)
    {
        if (written.Length != form.Length)
        {
            return false;
        }

        for (var i = 0; i < written.Length; i++)
        {
            if (Fold(written[i]) != form[i])
            {
                return false;
            }
        }

        return true;
    }
}
