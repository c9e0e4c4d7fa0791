using System.Collections.Immutable;
using Attest.Model;

namespace Attest.Incidents;

/// <summary>What <see cref="IncidentStage"/> found in one document.</summary>
/// <param name="Reports">One report per distinct incident the document asserts or reports (modality
/// <see cref="Modality.Asserted"/> or <see cref="Modality.Reported"/>), in order of first mention.</param>
/// <param name="Context">Event mentions kept as context, one per mention, in text order: hypothetical, negated,
/// habitual and historical ones with their modality, and asserted or reported ones that no place locates (their
/// <see cref="IncidentReport.Countries"/> is empty).</param>
public sealed record IncidentResult(ImmutableArray<IncidentReport> Reports, ImmutableArray<IncidentReport> Context)
{
    /// <summary>A result with nothing found.</summary>
    public static IncidentResult Empty { get; } = new([], []);
}
