using System.Collections.Immutable;

namespace Attest.Linking;

/// <summary>One value of an attribute and the sources that hold it.</summary>
/// <param name="Value">The value as the first source (lowest document id) words it.</param>
/// <param name="Documents">Every document whose account gives this value, copies included, ascending.</param>
/// <param name="Support">Independent sources holding it: distinct publishers, with copies of one text counted once.</param>
/// <param name="Sides">The sides (ISO codes) of those sources, ascending; sources without a side are left out.</param>
public sealed record HeldValue(string Value, ImmutableArray<long> Documents, int Support, ImmutableArray<string> Sides);
