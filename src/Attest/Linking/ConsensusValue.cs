using System.Collections.Immutable;

namespace Attest.Linking;

/// <summary>The value most independent sources give for an attribute.</summary>
/// <param name="Value">The best-supported value with its sources.</param>
/// <param name="Stating">Independent sources that state the attribute at all.</param>
/// <param name="Contested">True when another value has the same support, so there is no single best.</param>
public sealed record ConsensusValue(IncidentAttribute Attribute, HeldValue Value, int Stating, bool Contested);
