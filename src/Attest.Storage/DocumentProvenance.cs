namespace Attest.Storage;

/// <summary>Where a document's bytes came from and how they were read.</summary>
/// <param name="Source">The file path or URL as given by the user.</param>
/// <param name="Sha256">Lowercase hex SHA-256 of the raw bytes; the identity of a document in the store.</param>
/// <param name="Bytes">Length of the raw bytes.</param>
/// <param name="Format">How the bytes were read, for example <c>text</c>, <c>html</c> or <c>pdf</c>.</param>
/// <param name="Encoding">The character encoding the bytes were decoded with.</param>
/// <param name="IngestedAt">When the bytes were read.</param>
public sealed record DocumentProvenance(string Source, string Sha256, long Bytes, string Format, string Encoding, DateTimeOffset IngestedAt);
