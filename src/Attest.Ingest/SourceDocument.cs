namespace Attest.Ingest;

/// <summary>A document as read from its source, before analysis: decoded text plus provenance.</summary>
/// <param name="Source">The path or URL as given.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the raw bytes.</param>
/// <param name="Bytes">Size of the raw bytes.</param>
/// <param name="Format">Detected format (<c>text</c>, <c>markdown</c>, <c>html</c>, <c>pdf</c>).</param>
/// <param name="Encoding">Detected encoding (<c>utf-8</c>, <c>utf-16le</c>, <c>windows-1252</c> …; <c>binary</c> for PDF).</param>
/// <param name="Text">The decoded text (for HTML and PDF: the extracted plain text).</param>
public sealed record SourceDocument(string Source, string Sha256, long Bytes, string Format, string Encoding, string Text)
{
    /// <summary>Metadata the markup carries (HTML meta tags, OpenGraph, JSON-LD; PDF document information);
    /// <see cref="IngestMetadata.None"/> for plain text, whose metadata comes from analysis of the text.</summary>
    public IngestMetadata Metadata { get; init; } = IngestMetadata.None;
}
