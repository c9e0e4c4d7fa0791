namespace Attest.Ingest;

/// <summary>A linear estimate of how deeply a page nests its elements. The HTML parser and the main-text
/// extractor both take time quadratic in the nesting depth (thirty thousand unclosed <c>&lt;div&gt;</c> take
/// minutes), so pages nested far deeper than any real page are refused before parsing.</summary>
internal static class HtmlNesting
{
    /// <summary>Elements that never have content.</summary>
    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    };

    /// <summary>Elements whose end tags pages routinely omit and parsers close implicitly; counting them would
    /// make a long list of unclosed paragraphs look deep.</summary>
    private static readonly HashSet<string> ImplicitlyClosed = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption", "rb", "rt", "rp",
    };

    /// <summary>Elements whose content is raw text, not markup.</summary>
    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"];

    /// <summary>The greatest number of elements open at once, counting explicit start and end tags.</summary>
    public static int MaxDepth(string html)
    {
        var depth = 0;
        var max = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            var next = html[i + 1];
            if (html.AsSpan(i).StartsWith("<!--", StringComparison.Ordinal))
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }

            if (next is '!' or '?')
            {
                var end = html.IndexOf('>', i + 2);
                i = end < 0 ? html.Length : end + 1;
                continue;
            }

            var closing = next == '/';
            var start = closing ? i + 2 : i + 1;
            var stop = start;
            while (stop < html.Length && char.IsAsciiLetterOrDigit(html[stop]))
            {
                stop++;
            }

            if (stop == start || !char.IsAsciiLetter(html[start]))
            {
                i++;
                continue;
            }

            var name = html[start..stop];
            var close = html.IndexOf('>', stop);
            if (close < 0)
            {
                break;
            }

            i = close + 1;
            if (Void.Contains(name) || ImplicitlyClosed.Contains(name))
            {
                continue;
            }

            if (closing)
            {
                depth = Math.Max(0, depth - 1);
                continue;
            }

            if (html[close - 1] == '/')
            {
                continue;
            }

            if (Array.Exists(RawText, r => r.Equals(name, StringComparison.OrdinalIgnoreCase)))
            {
                var end = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? html.Length : end;
                continue;
            }

            depth++;
            max = Math.Max(max, depth);
        }

        return max;
    }
}
