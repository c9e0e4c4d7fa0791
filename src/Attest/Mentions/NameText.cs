using System.Buffers;
using System.Text;
using Attest.Text;

namespace Attest.Mentions;

/// <summary>Strings for the names the stages report: made once per item, at the edge, from token spans.</summary>
internal static class NameText
{
    /// <summary>The text of tokens <c>[first, end)</c> with every run of white space (line breaks included)
    /// made one space, and with quotation marks left out when <paramref name="dropQuotes"/> is set
    /// (“Free Voice” Journalists Club → Free Voice Journalists Club).</summary>
    public static string Of(TextLayer layer, int first, int end, bool dropQuotes = false)
    {
        if (first >= end)
        {
            return string.Empty;
        }

        // The result is never longer than the text from the first token to the last: white space between
        // tokens becomes at most one space, and quotation marks and footnote markers are only dropped.
        var text = layer.Text;
        var most = layer.Tokens[end - 1].Span.End - layer.Tokens[first].Span.Start;
        char[]? rented = null;
        var buffer = most <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(most));
        var length = 0;
        var previousEnd = -1;
        for (var t = first; t < end; t++)
        {
            var token = layer.Tokens[t];
            if (dropQuotes && (token.Has(TokenFlags.OpeningQuote) || token.Has(TokenFlags.ClosingQuote)) && !token.Has(TokenFlags.Possessive))
            {
                continue;
            }

            if (token.Has(TokenFlags.FootnoteMarker))
            {
                continue;
            }

            if (length > 0 && previousEnd >= 0 && token.Span.Start > previousEnd)
            {
                buffer[length++] = ' ';
            }

            text.AsSpan(token.Span.Start, token.Span.Length).CopyTo(buffer[length..]);
            length += token.Span.Length;
            previousEnd = token.Span.End;
        }

        var result = new string(buffer[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    /// <summary>The comparison form of a name: lower case (invariant), typographic apostrophes as <c>'</c>,
    /// white space collapsed to single spaces.</summary>
    public static string Fold(string name)
    {
        var builder = new StringBuilder(name.Length);
        var space = false;
        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c switch
            {
                '\u2019' or '\u2018' or '\u02BC' => '\'',
                '\u2010' or '\u2011' => '-',
                _ => char.ToLowerInvariant(c),
            });
        }

        return builder.ToString();
    }
}
