using System.Reflection;

namespace Attest.Ingest;

/// <summary>Names the code that read a document, with versions, so a stored text can be traced to the reader that
/// made it: a new reader version may extract different text from the same bytes.</summary>
public static class ReaderVersions
{
    private static readonly string Ingest = "attest-ingest " + VersionOf(typeof(ReaderVersions).Assembly);
    private static readonly string Html = $"{Ingest}; SmartReader {VersionOf(typeof(SmartReader.Reader).Assembly)}";
    private static readonly string Pdf = $"{Ingest}; PdfPig {VersionOf(typeof(UglyToad.PdfPig.PdfDocument).Assembly)}";

    /// <summary>The reader of <paramref name="format"/> (<c>text</c>, <c>markdown</c>, <c>html</c>, <c>pdf</c>).</summary>
    public static string Of(string format) => format switch
    {
        "html" => Html,
        "pdf" => Pdf,
        _ => Ingest,
    };

    private static string VersionOf(Assembly assembly)
    {
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (informational is not null)
        {
            // Drop the source-revision suffix the SDK appends ("1.2.3+abcdef"): the version is what identifies a release.
            var plus = informational.IndexOf('+', StringComparison.Ordinal);
            return plus < 0 ? informational : informational[..plus];
        }

        return assembly.GetName().Version?.ToString(3) ?? "unknown";
    }
}
