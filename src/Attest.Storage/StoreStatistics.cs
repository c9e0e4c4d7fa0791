namespace Attest.Storage;

/// <summary>Counts over the whole store.</summary>
/// <param name="Bytes">Sum of the raw sizes of the stored documents.</param>
/// <param name="Characters">Sum of the text lengths of the stored documents, in UTF-16 code units.</param>
/// <param name="FileBytes">Size of the main store file (page count × page size); a pending write-ahead log is not counted.</param>
public sealed record StoreStatistics(long Documents, long Analyses, long Bytes, long Characters, long FileBytes);
