namespace Attest.Storage;

/// <summary>One document matching a full-text search.</summary>
/// <param name="Source">The source the document was first ingested from.</param>
/// <param name="Snippet">A short excerpt on one line with each matched term between <c>[</c> and <c>]</c>.</param>
/// <param name="Rank">Relevance: the negated BM25 score, so a higher value is a better match.
/// Comparable only between hits of the same search.</param>
public sealed record SearchHit(long DocumentId, string Source, string Snippet, double Rank, string? Title);
