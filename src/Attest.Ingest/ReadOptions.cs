namespace Attest.Ingest;

/// <summary>Limits that keep one bad input from taking the batch down.</summary>
/// <param name="MaxBytes">Files larger than this are refused with a message (default 64 MiB).</param>
public sealed record ReadOptions(long MaxBytes = ReadOptions.DefaultMaxBytes)
{
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    public static ReadOptions Default { get; } = new();

    /// <summary>How long a PDF may take to read before it is given up as pathological (default 30 s).</summary>
    public TimeSpan PdfTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>PDFs with more pages are refused before any page is read (default 5,000).</summary>
    public int MaxPdfPages { get; init; } = 5000;

    /// <summary>Removes boilerplate lines and footnote markers; null for <see cref="TextCleaner.Default"/> (the
    /// bundled lexicons). A run with user lexicons builds one over them, so a user's <c>boilerplate-line</c>
    /// entries count.</summary>
    public TextCleaner? Cleaner { get; init; }

    /// <summary>Reads header, lead-in, dateline and closing lines; null for <see cref="TextMetadataReader.Default"/>.</summary>
    public TextMetadataReader? Metadata { get; init; }
}
