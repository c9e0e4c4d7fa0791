namespace Attest.Ingest;

/// <summary>Reads a file listing URLs, one per line; blank lines and lines starting with <c>#</c> are skipped.
/// A line that is not an absolute <c>http</c> or <c>https</c> URL becomes a failed entry naming the file and
/// line, so the batch reports it and goes on.</summary>
public static class UrlList
{
    public static IEnumerable<SourceEntry> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [SourceEntry.Failed(path, "cannot read URL list: " + SourceFinder.OneLine(e.Message))];
        }

        return Parse(path, lines);
    }

    /// <summary>The entries of <paramref name="lines"/>, read from <paramref name="source"/>.</summary>
    public static IEnumerable<SourceEntry> Parse(string source, IEnumerable<string> lines)
    {
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            yield return IsWebUrl(line)
                ? SourceEntry.File(line)
                : SourceEntry.Failed($"{source}:{number}", $"not an http or https URL: \"{line}\"");
        }
    }

    /// <summary>True for an absolute <c>http</c> or <c>https</c> URL.</summary>
    public static bool IsWebUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
