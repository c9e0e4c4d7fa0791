using System.Collections.Immutable;

namespace Attest.Linking;

/// <summary>How many sources tell of an incident.</summary>
/// <param name="Accounts">Reports linked into the incident, copies included.</param>
/// <param name="Texts">Distinct texts: near-copies of one text count once.</param>
/// <param name="Sources">Independent sources: distinct publishers of those texts (a copy counts for the
/// publisher of its original; a text without publisher or issuer is a source of its own).</param>
/// <param name="Sides">Independent sources per side, by ISO code.</param>
public sealed record Corroboration(int Accounts, int Texts, int Sources, ImmutableArray<SideSupport> Sides)
{
    /// <summary>Sides with at least one source.</summary>
    public int SideCount => Sides.Length;
}
