namespace Attest.Storage;

/// <summary>What an add changed in the store.</summary>
/// <param name="DocumentAdded">False when a document with the same SHA-256 was already stored.</param>
/// <param name="AnalysisAdded">False when that document already had an analysis of the same analyzer version.</param>
public sealed record AddResult(long DocumentId, bool DocumentAdded, bool AnalysisAdded);
