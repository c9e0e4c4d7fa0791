using System.Collections.Immutable;
using Attest.Model;

namespace Attest.Rhetoric;

/// <summary>How one account — one document's report of an incident — labels the incident: the loaded terms that
/// concern it, in text order, and the motive it gives.</summary>
/// <param name="Report">The report these labels belong to.</param>
/// <param name="Labels">The loaded terms that concern the incident, in text order (see <see cref="IncidentLabels"/>).</param>
/// <param name="Motive">The cause or motive the account gives, when the report carries one.</param>
public sealed record AccountLabels(IncidentReport Report, ImmutableArray<IncidentLabel> Labels, IncidentMotive? Motive)
{
    /// <summary>True when the account uses no label for the incident and gives no motive.</summary>
    public bool IsEmpty => Labels.IsEmpty && Motive is null;
}
