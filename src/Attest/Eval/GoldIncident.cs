using System.Collections.Immutable;
using Attest.Model;

namespace Attest.Eval;

/// <summary>One document's account of an incident. Only the event type, the countries and the date are
/// matched; <paramref name="Key"/> names the real-world incident across documents for linking.</summary>
/// <param name="Key">Shared by the accounts of the same incident in different documents; null links to nothing.</param>
/// <param name="Target">The gold format's target name; not scored.</param>
/// <param name="Date">A time value at the precision the text gives; null accepts any predicted date.</param>
/// <param name="Countries">ISO codes; a prediction needs one of them; empty accepts any.</param>
public sealed record GoldIncident(
    string? Key,
    EventType EventType,
    string? Target,
    string? Date,
    ImmutableArray<string> Countries,
    string? Place,
    long? Killed,
    long? Injured,
    string? PerpetratorClaimed,
    bool Optional);
