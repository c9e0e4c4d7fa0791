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
    Evidence Evidence);
