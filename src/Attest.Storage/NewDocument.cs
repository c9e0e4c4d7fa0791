namespace Attest.Storage;

/// <summary>A document to add to the store.</summary>
/// <param name="Text">The decoded original text; analysis spans are offsets into it.</param>
/// <param name="Published">Publication date as a TIMEX value, when known.</param>
public sealed record NewDocument(DocumentProvenance Provenance, string Text, string? Title, string? Published, string? Publisher, string? Author);
