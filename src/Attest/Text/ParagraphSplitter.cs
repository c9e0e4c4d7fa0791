namespace Attest.Text;

/// <summary>Finds paragraphs in clean text: blocks between blank lines, and inside a block the lines that
/// stand on their own (headlines, list items, one-line paragraphs).</summary>
/// <remarks>
/// A block whose lines were wrapped mid-sentence (a line without final punctuation followed by one that
/// starts in lower case, with final punctuation later in the block) is one paragraph, broken only before
/// list items. In any other block every line is a paragraph: a headline without final punctuation, a list
/// item, or a paragraph written on one line. Spans are trimmed of surrounding whitespace.
/// </remarks>
internal static class ParagraphSplitter
{
    public static void Split(string text, PooledList<Span> paragraphs)
    {
        var block = new List<Line>();
        var position = 0;
        while (true)
        {
            var newline = text.IndexOf('\n', position);
            var lineEnd = newline < 0 ? text.Length : newline;
            int start = position, end = lineEnd;
            while (start < end && TextChars.IsSeparator(text[start]))
            {
                start++;
            }

            while (end > start && TextChars.IsSeparator(text[end - 1]))
            {
                end--;
            }

            if (start == end)
            {
                FlushBlock(block, paragraphs);
            }
            else
            {
                block.Add(new Line(start, end, EndsWithTerminal(text, start, end), TextChars.IsLower(text[start]),
                    IsListItem(text, start, end)));
            }

            if (newline < 0)
            {
                break;
            }

            position = newline + 1;
        }

        FlushBlock(block, paragraphs);
    }

    /// <summary>True when the line opens with a bullet or an enumerator: <c>•</c>, <c>- </c>, <c>* </c>,
    /// <c>1. </c>, <c>2) </c>, <c>3.) </c>, <c>a. </c>, <c>b) </c>, <c>(c) </c>, <c>(iv) </c>.</summary>
    internal static bool IsListItem(string text, int start, int end)
    {
        var c = text[start];
        if (TextChars.IsBullet(c))
        {
            return true;
        }

        bool SpaceAt(int k) => k < end && TextChars.IsWhiteSpace(text[k]);

        if (c is '-' or '*' or '\u2013' or '\u2014')
        {
            return SpaceAt(start + 1);
        }

        var k = start;
        while (k < end && char.IsAsciiDigit(text[k]) && k - start < 4)
        {
            k++;
        }

        if (k - start is >= 1 and <= 3)
        {
            if (k < end && text[k] is '.' or ')')
            {
                k++;
                if (k < end && text[k] == ')')
                {
                    k++;
                }

                return SpaceAt(k);
            }

            return false;
        }

        if (start + 1 < end && TextChars.IsLetter(c))
        {
            var next = text[start + 1];
            return (next == ')' && SpaceAt(start + 2)) || (next == '.' && TextChars.IsLower(c) && SpaceAt(start + 2));
        }

        if (c == '(')
        {
            k = start + 1;
            while (k < end && k - start <= 4 && (char.IsAsciiDigit(text[k]) || text[k] is 'i' or 'v' or 'x'))
            {
                k++;
            }

            var single = k == start + 1 && k < end && TextChars.IsLetter(text[k]);
            if (single)
            {
                k++;
            }

            return k > start + 1 && k < end && text[k] == ')' && SpaceAt(k + 1);
        }

        return false;
    }

    /// <summary>True when the line ends with . ! ? or an ellipsis, before any closing quotes, brackets
    /// and footnote markers.</summary>
    internal static bool EndsWithTerminal(string text, int start, int end)
    {
        var k = end - 1;
        while (k >= start)
        {
            var c = text[k];
            if (c == ']')
            {
                var b = k - 1;
                while (b >= start && char.IsAsciiDigit(text[b]))
                {
                    b--;
                }

                k = b >= start && text[b] == '[' && b < k - 1 ? b - 1 : k - 1;
            }
            else if (TextChars.IsQuote(c) || TextChars.IsClosingBracket(c) || TextChars.IsSuperscriptDigit(c))
            {
                k--;
            }
            else
            {
                break;
            }
        }

        return k >= start && (text[k] is '.' or '\u2026' || TextChars.IsStrongTerminal(text[k]));
    }

    private static void FlushBlock(List<Line> block, PooledList<Span> paragraphs)
    {
        if (block.Count == 0)
        {
            return;
        }

        if (!IsWrapped(block))
        {
            foreach (var line in block)
            {
                paragraphs.Add(Span.FromBounds(line.Start, line.End));
            }
        }
        else
        {
            var start = block[0].Start;
            for (var k = 1; k < block.Count; k++)
            {
                if (block[k].IsListItem)
                {
                    paragraphs.Add(Span.FromBounds(start, block[k - 1].End));
                    start = block[k].Start;
                }
            }

            paragraphs.Add(Span.FromBounds(start, block[^1].End));
        }

        block.Clear();
    }

    /// <summary>True when some line runs on into the next (no final punctuation, next line starts in lower
    /// case) and a later line ends a sentence; a list of short lower-case lines without punctuation is not wrapped.</summary>
    private static bool IsWrapped(List<Line> block)
    {
        var lastTerminal = -1;
        for (var k = block.Count - 1; k > 0; k--)
        {
            if (block[k].EndsWithTerminal)
            {
                lastTerminal = k;
                break;
            }
        }

        for (var k = 0; k + 1 <= lastTerminal; k++)
        {
            if (!block[k].EndsWithTerminal && block[k + 1].StartsLower && !block[k + 1].IsListItem)
            {
                return true;
            }
        }

        return false;
    }

    private readonly record struct Line(int Start, int End, bool EndsWithTerminal, bool StartsLower, bool IsListItem);
}
