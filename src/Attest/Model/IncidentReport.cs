using System.Collections.Immutable;

namespace Attest.Model;

/// <summary>One document's account of one incident.</summary>
/// <param name="Date">TIMEX value at the precision the text gives, or null.</param>
/// <param name="Countries">ISO codes of the countries where it happened.</param>
/// <param name="Perpetrator">The perpetrator as the text claims it, verbatim.</param>
/// <param name="ReportedBy">The speaker the account is attributed to, for reported incidents.</param>
public sealed record IncidentReport(
    EventType EventType,
    TargetCategory? Target,
    string? Date,
    ImmutableArray<string> Countries,
    string? Place,
    string? Perpetrator,
    long? Killed,
    long? Injured,
    string? Motive,
    Modality Modality,
    string? ReportedBy,
    Evidence Evidence)
{
    /// <summary>For a diplomatic target (an embassy, consulate, mission or diplomat), the ISO code of the state it
    /// belongs to, as the text states it ("the embassy of A", "A's consulate", "the A-adjective diplomat"); never
    /// the host state, and null when the text does not say whose mission it is.</summary>
    public string? MissionOwner { get; init; }
}
