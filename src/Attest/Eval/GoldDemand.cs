using System.Collections.Immutable;
using Attest.Model;

namespace Attest.Eval;

/// <summary>Who calls on whom to do what.</summary>
/// <param name="Speaker">Who makes the demand; reported, not scored.</param>
/// <param name="AddresseeAny">Acceptable ways of naming the addressee; empty accepts any addressee.</param>
public sealed record GoldDemand(string? Speaker, ImmutableArray<string> AddresseeAny, DemandAction Action, bool Optional);
