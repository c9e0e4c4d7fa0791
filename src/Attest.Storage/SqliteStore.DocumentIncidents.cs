using Attest.Linking;
using Microsoft.Data.Sqlite;

namespace Attest.Storage;

/// <summary>The incidents one document reports, for reading a document beside the other accounts of its incidents.</summary>
public sealed partial class SqliteStore
{
    /// <summary>The incidents any of whose accounts comes from document <paramref name="documentId"/>, each with
    /// every account (of any document), ordered by date (undated last), then id; empty when the document reports
    /// none or its reports have not been linked yet (<see cref="UpdateIncidents"/>). The document's own accounts are
    /// those whose <see cref="LinkDocument.Id"/> is <paramref name="documentId"/>.</summary>
    public IReadOnlyList<StoredIncident> IncidentsOf(long documentId, Gazetteer? gazetteer = null)
    {
        List<long> ids;
        lock (gate)
        {
            using SqliteCommand command = Command("""
                SELECT i.id FROM incidents i
                WHERE i.id IN (SELECT incident_id FROM incident_reports WHERE document_id = $id)
                ORDER BY i.date_first IS NULL, i.date_first, i.id
                """);
            command.Parameters.AddWithValue("$id", documentId);
            ids = ReadLongs(command);
        }

        var incidents = new List<StoredIncident>(ids.Count);
        foreach (var id in ids)
        {
            incidents.AddRange(Incidents(new IncidentQuery(Id: id), gazetteer));
        }

        return incidents;
    }
}
