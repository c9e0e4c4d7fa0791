using Attest.Model;

namespace Attest.Linking;

/// <summary>One document's incident report as the linker sees it.</summary>
/// <param name="Index">The report's position in its document's <see cref="DocumentAnalysis.Incidents"/>.</param>
/// <param name="MissionOwner">For attacks on diplomatic missions, the ISO code of the state the mission
/// represents, when known; two reports about missions of different states are different incidents.</param>
/// <param name="Coordinates">Where the report's place is, when known (for maps and exports).</param>
public sealed record LinkReport(LinkDocument Document, int Index, IncidentReport Report, string? MissionOwner = null, GeoPoint? Coordinates = null)
{
    /// <summary>For an incident aimed at a person (a detention, an arrest, an abduction), the person's name as the
    /// text gives it (<see cref="TargetPersons"/>), or null. Two accounts that name the same person are one
    /// incident even when they place it in different towns or countries.</summary>
    public string? TargetPerson { get; init; }
}
