namespace Attest.Storage;

/// <summary>What <see cref="SqliteStore.UpdateIncidents"/> did.</summary>
/// <param name="Documents">Documents whose latest analysis was read for incident reports.</param>
/// <param name="Reports">Incident reports added from them.</param>
/// <param name="Relinked">Reports linked again: the new ones and their neighbourhood.</param>
/// <param name="Incidents">Incidents the relinked reports now form.</param>
/// <param name="NearDuplicates">New pairs of documents found to be copies of one text.</param>
public sealed record IncidentUpdate(int Documents, int Reports, int Relinked, int Incidents, int NearDuplicates)
{
    /// <summary>Nothing was pending.</summary>
    public static IncidentUpdate None { get; } = new(0, 0, 0, 0, 0);
}
