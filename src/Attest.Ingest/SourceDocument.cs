namespace Attest.Ingest;

/// <summary>A document as read from its source, before analysis: decoded text plus provenance.</summary>
/// <param name="Source">The path or URL as given.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the raw bytes.</param>
/// <param name="Bytes">Size of the raw bytes.</param>
/// <param name="Format">Detected format (<c>text</c>, <c>markdown</c>).</param>
/// <param name="Encoding">Detected encoding (<c>utf-8</c>, <c>utf-16le</c>, <c>windows-1252</c> …).</param>
/// <param name="Text">The decoded text.</param>
public sealed record SourceDocument(string Source, string Sha256, long Bytes, string Format, string Encoding, string Text);
