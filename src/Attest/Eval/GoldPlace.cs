using System.Collections.Immutable;

namespace Attest.Eval;

/// <summary>A country, region, city or district.</summary>
/// <param name="Country">ISO 3166-1 alpha-2 code; null accepts any predicted country.</param>
public sealed record GoldPlace(string Name, ImmutableArray<string> Aliases, string? Country, bool Optional);
