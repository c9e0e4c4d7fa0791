using System.Text;
using AngleSharp.Dom;

namespace Attest.Ingest;

/// <summary>Turns a DOM subtree into plain text: entities decoded by the parser, white space collapsed,
/// block elements separated by blank lines and <c>&lt;br&gt;</c> by a line break, scripts and styles dropped.</summary>
internal static class HtmlText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas", "head", "select", "button",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "blockquote", "pre", "figure", "figcaption",
        "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "address", "hr", "form", "fieldset",
        "details", "summary", "body", "html",
    };

    private static readonly HashSet<string> Cells = new(StringComparer.OrdinalIgnoreCase) { "td", "th" };

    /// <summary>The plain text under <paramref name="root"/>.</summary>
    public static string Of(INode root)
    {
        var output = new StringBuilder();
        var pendingBreak = 0; // 0 nothing, 1 line break, 2 paragraph break
        var pendingSpace = false;

        // An explicit stack: malformed pages nest thousands of unclosed elements, which would overflow recursion.
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (node is IElement element)
            {
                var name = element.LocalName;
                if (Skipped.Contains(name))
                {
                    continue;
                }

                if (name.Equals("br", StringComparison.OrdinalIgnoreCase))
                {
                    pendingBreak = Math.Max(pendingBreak, 1);
                    continue;
                }

                if (Blocks.Contains(name))
                {
                    pendingBreak = 2;
                }
                else if (Cells.Contains(name))
                {
                    pendingSpace = true;
                }

                if (exit)
                {
                    continue;
                }

                stack.Push((node, true));
            }
            else if (node is IText text)
            {
                Append(text.Data);
                continue;
            }
            else if (node is not (IDocument or IDocumentFragment))
            {
                continue;
            }

            if (exit)
            {
                continue;
            }

            for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push((child, false));
            }
        }

        return output.ToString();

        void Append(string data)
        {
            foreach (var c in data)
            {
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = true;
                    continue;
                }

                if (output.Length > 0)
                {
                    if (pendingBreak == 2)
                    {
                        output.Append("\n\n");
                    }
                    else if (pendingBreak == 1)
                    {
                        output.Append('\n');
                    }
                    else if (pendingSpace)
                    {
                        output.Append(' ');
                    }
                }

                pendingBreak = 0;
                pendingSpace = false;
                output.Append(c);
            }
        }
    }
}
