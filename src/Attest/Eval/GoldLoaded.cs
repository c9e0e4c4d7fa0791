using System.Collections.Immutable;
using Attest.Model;

namespace Attest.Eval;

/// <summary>A loaded term, one per distinct term per speaker in a document.</summary>
/// <param name="Speaker">Whose words they are; scored only by <c>loaded_attributed</c>.</param>
/// <param name="About">Whom or what the term labels; not scored.</param>
/// <param name="Optional">A judgement call: predicting it is neither right nor wrong, missing it costs nothing.</param>
public sealed record GoldLoaded(string Term, ImmutableArray<string> Aliases, LoadedKind Kind, string? Speaker, string? About, bool Optional);
