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
        var text = layer.Text;
        var builder = new StringBuilder();
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

            if (builder.Length > 0 && previousEnd >= 0 && token.Span.Start > previousEnd)
            {
                builder.Append(' ');
            }

            builder.Append(text, token.Span.Start, token.Span.Length);
            previousEnd = token.Span.End;
        }

        return builder.ToString();
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
