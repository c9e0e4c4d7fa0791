using System.Collections.Immutable;

namespace Attest.Eval;

/// <summary>One document's scores, in the order of <see cref="Scorer.CategoryNames"/>, and which predicted
/// incident each gold incident was matched to (-1: none), for linking.</summary>
internal sealed record DocumentScore(ImmutableArray<Score> Categories, ImmutableArray<int> IncidentMatches);
