using System.Collections.Immutable;

namespace Attest.Ingest;

/// <summary>A document as read from its source, before analysis: decoded text plus provenance.</summary>
/// <param name="Source">The path or URL as given.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the raw bytes.</param>
/// <param name="Bytes">Size of the raw bytes.</param>
/// <param name="Format">Detected format (<c>text</c>, <c>markdown</c>, <c>html</c>, <c>pdf</c>).</param>
/// <param name="Encoding">Detected encoding (<c>utf-8</c>, <c>utf-16le</c>, <c>windows-1252</c> …; <c>binary</c> for PDF).</param>
/// <param name="Text">The decoded text (for HTML and PDF: the extracted plain text), with boilerplate lines and
/// footnote markers removed (<see cref="Removed"/>).</param>
public sealed record SourceDocument(string Source, string Sha256, long Bytes, string Format, string Encoding, string Text)
{
    /// <summary>Metadata the markup carries (HTML meta tags, OpenGraph, JSON-LD; PDF document information), with
    /// the fields it leaves open filled from the header, lead-in, dateline and closing lines of the text.</summary>
    public IngestMetadata Metadata { get; init; } = IngestMetadata.None;

    /// <summary>What was taken out of the text read (web boilerplate, footnote markers), in order, with offsets
    /// into both the text read and <see cref="Text"/>; see <see cref="CleanedText"/>.</summary>
    public ImmutableArray<RemovedText> Removed { get; init; } = [];

    /// <summary>When the bytes were retrieved over HTTP(S), by the fetcher's clock; null for files and standard input.</summary>
    public DateTimeOffset? RetrievedAt { get; init; }

    /// <summary>The reader that made <see cref="Text"/> from the bytes, with its version, for provenance
    /// (<see cref="ReaderVersions"/>).</summary>
    public string Reader { get; init; } = ReaderVersions.Of("text");
}
