namespace Attest.Ingest;

/// <summary>Plain text taken out of a structured format (HTML, PDF), with the metadata found beside it.</summary>
/// <param name="Text">Plain text, paragraphs separated by blank lines.</param>
/// <param name="Metadata">Metadata from the markup.</param>
public sealed record ExtractedText(string Text, IngestMetadata Metadata);
