using Attest.Linking;
using Attest.Model;

namespace Attest.Storage.Tests;

/// <summary><see cref="SqliteStore.IncidentsOf"/>: the incidents a document reports, each with every account.</summary>
public sealed class IncidentsOfDocumentTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_document_gives_the_incidents_it_reports_with_the_other_documents_accounts_ordered_by_date()
    {
        using SqliteStore store = folder.Open();
        long both = SomeIncident.Add(store, "A riot at the consulate and, a day earlier, a battle near Tolmany.", "Courier",
            SomeIncident.Report(),
            SomeIncident.Report(date: "2024-03-08", country: "XV", place: "Tolmany", type: EventType.Battles, target: TargetCategory.Military));
        long riotOnly = SomeIncident.Add(store, "Second report of the consulate riot.", "Ledger", SomeIncident.Report());
        long elsewhere = SomeIncident.Add(store, "A shelling far away.", "Observer",
            SomeIncident.Report(date: "2023-05-01", country: "XO", place: "Antrevo", type: EventType.ExplosionsRemoteViolence, target: TargetCategory.Civilians));
        store.UpdateIncidents(Gazetteer.Empty);

        var ofBoth = store.IncidentsOf(both);
        var ofRiotOnly = store.IncidentsOf(riotOnly);

        Assert.Equal([EventType.Battles, EventType.Riots], ofBoth.Select(i => i.Incident.EventType));
        var riot = ofBoth[1];
        Assert.Equal([both, riotOnly], riot.Incident.Accounts.Select(a => a.Document.Id));
        Assert.Equal(riot.Id, Assert.Single(ofRiotOnly).Id);
        Assert.DoesNotContain(ofBoth.Concat(ofRiotOnly), i => i.Incident.Accounts.Any(a => a.Document.Id == elsewhere));
    }

    [Fact]
    public void A_document_that_reports_no_incident_or_is_not_linked_yet_gives_none()
    {
        using SqliteStore store = folder.Open();
        long quiet = SomeIncident.Add(store, "A statement about talks.", "Courier");
        long pending = SomeIncident.Add(store, "Report of the consulate riot.", "Ledger", SomeIncident.Report());

        Assert.Empty(store.IncidentsOf(pending));
        store.UpdateIncidents(Gazetteer.Empty);

        Assert.Empty(store.IncidentsOf(quiet));
        Assert.Single(store.IncidentsOf(pending));
        Assert.Empty(store.IncidentsOf(999));
    }
}
