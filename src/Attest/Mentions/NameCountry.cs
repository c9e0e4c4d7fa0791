using System.Collections.Immutable;

namespace Attest.Mentions;

/// <summary>What the name rules know of a country: its code, its name and its adjectives.</summary>
internal sealed record NameCountry(string Iso, string Name, ImmutableArray<string> Adjectives);
