using System.Text;
using System.Text.RegularExpressions;

namespace Attest.Ingest;

/// <summary>A file-name pattern as shells and ignore files write them: <c>*</c> matches within one folder name,
/// <c>**</c> any number of folders, <c>?</c> one character, <c>[abc]</c> one of a set. A pattern without a
/// <c>/</c> matches the file name at any depth (<c>*.pdf</c>); a pattern with one matches the path relative to
/// the folder being walked (<c>drafts/**</c>, <c>**/2024/*.html</c>). Matching is ordinal and, so that a
/// pattern written on one system works on another, ignores case.</summary>
public sealed class GlobPattern
{
    private readonly Regex regex;

    private GlobPattern(string pattern, Regex regex, bool anyDepth)
    {
        Pattern = pattern;
        this.regex = regex;
        MatchesAnyDepth = anyDepth;
    }

    /// <summary>The pattern as written.</summary>
    public string Pattern { get; }

    /// <summary>True when the pattern has no <c>/</c> and so is matched against the file name alone.</summary>
    public bool MatchesAnyDepth { get; }

    /// <summary>Compiles <paramref name="pattern"/>, or says in one line why it is not a pattern.</summary>
    public static Parsed<GlobPattern> Parse(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var normalized = pattern.Replace('\\', '/').Trim();
        if (normalized.StartsWith("./", StringComparison.Ordinal))
        {
            normalized = normalized[2..];
        }

        // A leading "/" or "./" anchors nothing more than a "/" inside does; a trailing "/" marks a folder, which
        // a folder walk tests anyway.
        normalized = normalized.Trim('/');
        if (normalized.Length == 0)
        {
            return Parsed<GlobPattern>.Fail($"pattern \"{pattern}\": empty");
        }

        var expression = new StringBuilder("^");
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            switch (c)
            {
                case '*' when i + 1 < normalized.Length && normalized[i + 1] == '*':
                    // "**/" matches zero or more folders; a trailing "**" everything below.
                    var slash = i + 2 < normalized.Length && normalized[i + 2] == '/';
                    expression.Append(slash ? "(?:[^/]*/)*" : ".*");
                    i += slash ? 2 : 1;
                    break;
                case '*':
                    expression.Append("[^/]*");
                    break;
                case '?':
                    expression.Append("[^/]");
                    break;
                case '[':
                    var close = normalized.IndexOf(']', i + 1);
                    if (close < 0)
                    {
                        return Parsed<GlobPattern>.Fail($"pattern \"{pattern}\": '[' without ']'");
                    }

                    var set = normalized[(i + 1)..close];
                    if (set.Length == 0)
                    {
                        return Parsed<GlobPattern>.Fail($"pattern \"{pattern}\": empty set '[]'");
                    }

                    expression.Append('[')
                        .Append(set[0] == '!' ? "^" : "")
                        .Append(Regex.Escape(set[0] == '!' ? set[1..] : set).Replace("\\-", "-", StringComparison.Ordinal))
                        .Append(']');
                    i = close;
                    break;
                default:
                    expression.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        // A folder pattern ("drafts" or "drafts/") also matches everything inside the folder.
        expression.Append("(?:/.*)?$");
        var anyDepth = !normalized.Contains('/');
        var regex = new Regex(expression.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromSeconds(1));
        return Parsed<GlobPattern>.Ok(new GlobPattern(pattern, regex, anyDepth));
    }

    /// <summary>True when the file or folder at <paramref name="relativePath"/> (relative to the walked folder,
    /// with <c>/</c> or the system's separator) matches: for a pattern without <c>/</c>, its name or the name of
    /// any folder on its path; else its path from the start.</summary>
    public bool IsMatch(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var path = relativePath.Replace('\\', '/');
        if (regex.IsMatch(path))
        {
            return true;
        }

        if (MatchesAnyDepth)
        {
            foreach (var name in path.Split('/'))
            {
                if (regex.IsMatch(name))
                {
                    return true;
                }
            }
        }

        return false;
    }

    public override string ToString() => Pattern;
}
