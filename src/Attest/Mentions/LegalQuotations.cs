using Attest.Text;

namespace Attest.Mentions;

/// <summary>The quotations of a text layer, from the quotation-mark flags of its tokens: the opening and
/// closing mark tokens and the span between them. A quotation left open ends with its paragraph.</summary>
internal static class LegalQuotations
{
    /// <summary>One quotation: <see cref="Open"/> is the opening mark's token, <see cref="Close"/> the closing
    /// mark's (or the paragraph's last token), <see cref="Inner"/> the text between the marks.</summary>
    public readonly record struct Quotation(int Open, int Close, Span Inner)
    {
        public int WordCount(TextLayer layer)
        {
            var words = 0;
            for (var t = Open + 1; t < Close; t++)
            {
                words += layer.Tokens[t].Shape is TokenShape.Lower or TokenShape.Capitalized or TokenShape.AllCaps or TokenShape.Mixed ? 1 : 0;
            }

            return words;
        }
    }

    public static List<Quotation> Find(TextLayer layer)
    {
        var result = new List<Quotation>();
        var tokens = layer.Tokens;
        var open = -1;
        var paragraph = 0;
        for (var t = 0; t < tokens.Length; t++)
        {
            while (paragraph < layer.Paragraphs.Length && tokens[t].Span.Start >= layer.Paragraphs[paragraph].End)
            {
                if (open >= 0 && t - 1 > open)
                {
                    result.Add(new Quotation(open, t - 1, Span.FromBounds(tokens[open].Span.End, tokens[t - 1].Span.End)));
                }

                open = -1;
                paragraph++;
            }

            var token = tokens[t];
            if (open < 0 && token.Has(TokenFlags.OpeningQuote))
            {
                open = t;
            }
            else if (open >= 0 && token.Has(TokenFlags.ClosingQuote))
            {
                if (t > open + 1)
                {
                    result.Add(new Quotation(open, t, Span.FromBounds(tokens[open + 1].Span.Start, tokens[t - 1].Span.End)));
                }

                open = -1;
            }
        }

        if (open >= 0 && open + 1 < tokens.Length)
        {
            result.Add(new Quotation(open, tokens.Length - 1, Span.FromBounds(tokens[open + 1].Span.Start, tokens[^1].Span.End)));
        }

        return result;
    }
}
