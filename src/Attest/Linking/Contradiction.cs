using System.Collections.Immutable;

namespace Attest.Linking;

/// <summary>Accounts of one incident that cannot all be true: different death tolls, dates that do not
/// overlap, places neither of which contains the other, different perpetrators or motives.</summary>
/// <param name="Values">Each value with the sources that hold it, best supported first.</param>
public sealed record Contradiction(IncidentAttribute Attribute, ImmutableArray<HeldValue> Values);
