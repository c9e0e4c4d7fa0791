using System.Collections.Immutable;

namespace Attest.Eval;

/// <summary>A named person, organisation or issuer, with the other names the text uses for it.</summary>
/// <param name="Role">The title or role of a person; not scored.</param>
/// <param name="Optional">A judgement call: predicting it is neither right nor wrong, missing it costs nothing.</param>
public sealed record GoldName(string Name, ImmutableArray<string> Aliases, string? Role, bool Optional);
