namespace Attest.Storage;

/// <summary>A document as kept in the store, without its text (see <see cref="SqliteStore.Text"/>).</summary>
/// <param name="Id">The store's id for the document; stable for the life of the store file.</param>
/// <param name="Provenance">Provenance of the first ingest of these bytes.</param>
/// <param name="Characters">Length of the text in UTF-16 code units, the unit of analysis offsets.</param>
public sealed record StoredDocument(long Id, DocumentProvenance Provenance, string? Title, string? Published, string? Publisher, string? Author, int Characters);
