using Attest.Linking;
using Attest.Model;
using Microsoft.Data.Sqlite;

namespace Attest.Storage.Tests;

public sealed class IncidentStoreTests : IDisposable
{
    private const string Dispatch = """
        A crowd attacked the Consulate General in Brennik on Saturday evening, threw stones at the building and set
        fire to a car parked in the courtyard, the ministry said in a statement. Three employees of the consulate
        were injured. The police stood by and did not intervene for almost an hour, according to the consul general.
        """;

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Reports_of_one_incident_in_several_documents_become_one_incident_with_every_account()
    {
        using SqliteStore store = folder.Open();
        SomeIncident.Add(store, "First report of the consulate riot.", "Courier", SomeIncident.Report(injured: 3));
        SomeIncident.Add(store, "Second report of the consulate riot.", "Ledger", SomeIncident.Report(injured: 0));
        SomeIncident.Add(store, "A battle far away.", "Observer", SomeIncident.Report(country: "XV", place: "Tolmany", type: EventType.Battles, target: TargetCategory.Military));

        IncidentUpdate update = store.UpdateIncidents(Gazetteer.Empty);

        Assert.Equal(new IncidentUpdate(3, 3, 3, 2, 0), update);
        var riot = store.Incidents(new IncidentQuery(Country: "XE"));
        var incident = Assert.Single(riot).Incident;
        Assert.Equal(2, incident.Corroboration.Sources);
        Assert.Equal(IncidentAttribute.Injured, Assert.Single(incident.Contradictions).Attribute);
    }

    [Fact]
    public void Attacks_on_missions_of_two_states_in_one_city_are_two_incidents_and_each_keeps_its_owner()
    {
        using SqliteStore store = folder.Open();
        SomeIncident.Add(store, "The Kovarian consulate was attacked.", "Courier", SomeIncident.Report() with { MissionOwner = "XV" });
        SomeIncident.Add(store, "The Ostrelian consulate was attacked.", "Ledger", SomeIncident.Report() with { MissionOwner = "XO" });
        SomeIncident.Add(store, "The consulate of Kovaria was attacked.", "Observer", SomeIncident.Report() with { MissionOwner = "XV" });

        store.UpdateIncidents(Gazetteer.Empty);

        var incidents = store.Incidents(new IncidentQuery(Country: "XE"));
        Assert.Equal(2, incidents.Count);
        var owners = incidents
            .Select(i => string.Join(",", i.Incident.Accounts.Select(a => a.Report.MissionOwner)))
            .Order(StringComparer.Ordinal);
        Assert.Equal(["XO", "XV,XV"], owners);
    }

    [Fact]
    public void A_new_document_relinks_only_its_neighbourhood_and_other_incidents_keep_their_ids()
    {
        using SqliteStore store = folder.Open();
        SomeIncident.Add(store, "First report of the consulate riot.", "Courier", SomeIncident.Report());
        SomeIncident.Add(store, "A battle far away.", "Observer", SomeIncident.Report(country: "XV", place: "Tolmany", type: EventType.Battles, target: TargetCategory.Military));
        store.UpdateIncidents(Gazetteer.Empty);
        long battle = Assert.Single(store.Incidents(new IncidentQuery(Country: "XV"))).Id;

        SomeIncident.Add(store, "Second report of the consulate riot.", "Ledger", SomeIncident.Report(date: "2024-03-10"));
        IncidentUpdate update = store.UpdateIncidents(Gazetteer.Empty);

        Assert.Equal(1, update.Documents);
        Assert.Equal(2, update.Relinked);
        Assert.Equal(2, Assert.Single(store.Incidents(new IncidentQuery(Country: "XE"))).Incident.Accounts.Length);
        Assert.Equal(battle, Assert.Single(store.Incidents(new IncidentQuery(Country: "XV"))).Id);
        Assert.Equal(IncidentUpdate.None, store.UpdateIncidents(Gazetteer.Empty));
    }

    [Fact]
    public void An_incident_keeps_its_id_when_accounts_join_it_and_when_a_document_is_read_again()
    {
        // The battle far away takes the next id, so a relinked riot given a fresh id would not get its old one back.
        using SqliteStore store = folder.Open();
        SomeIncident.Add(store, "First report of the consulate riot.", "Courier", SomeIncident.Report());
        SomeIncident.Add(store, "A battle far away.", "Observer", SomeIncident.Report(country: "XV", place: "Tolmany", type: EventType.Battles, target: TargetCategory.Military));
        store.UpdateIncidents(Gazetteer.Empty);
        long riot = Assert.Single(store.Incidents(new IncidentQuery(Country: "XE"))).Id;

        SomeIncident.Add(store, "Second report of the consulate riot.", "Ledger", SomeIncident.Report(date: "2024-03-10"));
        store.UpdateIncidents(Gazetteer.Empty);
        var joined = Assert.Single(store.Incidents(new IncidentQuery(Country: "XE")));

        Assert.Equal(riot, joined.Id);
        Assert.Equal(2, joined.Incident.Accounts.Length);
    }

    [Fact]
    public void When_a_relink_splits_an_incident_the_part_with_the_oldest_account_keeps_the_id()
    {
        // An undated account of a riot in Brennik joins the first dated one; a later account dated a week on
        // cannot join it, and the undated one, fitting both, is then ambiguous and stands alone: the incident of
        // the oldest account keeps its id.
        using SqliteStore store = folder.Open();
        SomeIncident.Add(store, "First report of the consulate riot.", "Courier", SomeIncident.Report());
        SomeIncident.Add(store, "An undated memory of a riot.", "Ledger", SomeIncident.Report(date: null));
        SomeIncident.Add(store, "A battle far away.", "Courier", SomeIncident.Report(country: "XV", place: "Tolmany", type: EventType.Battles, target: TargetCategory.Military));
        store.UpdateIncidents(Gazetteer.Empty);
        Assert.Single(store.Incidents(new IncidentQuery(Country: "XE")), i => i.Incident.Accounts.Length == 2);
        long riot = Assert.Single(store.Incidents(new IncidentQuery(Country: "XE"))).Id;

        SomeIncident.Add(store, "A second riot a week later.", "Observer", SomeIncident.Report(date: "2024-03-16"));
        store.UpdateIncidents(Gazetteer.Empty);
        var incidents = store.Incidents(new IncidentQuery(Country: "XE"));

        var first = Assert.Single(incidents, i => i.Incident.Accounts.Any(a => a.Report.Date == "2024-03-09"));
        Assert.Equal(riot, first.Id);
        Assert.Equal(3, incidents.Count);
        Assert.Equal(incidents.Count, incidents.Select(i => i.Id).Distinct().Count());
    }

    [Fact]
    public void Accounts_of_one_persons_detention_in_two_countries_become_one_incident_and_another_persons_does_not()
    {
        var gazetteer = Gazetteer.From(Attest.Lexicons.LexiconSet.Bundled);
        using SqliteStore store = folder.Open();
        SomeIncident.AddDetention(store, "Amira Solen", "XE", "Tarvos", "2024-05-04", "Courier");
        store.UpdateIncidents(gazetteer);
        SomeIncident.AddDetention(store, "Amira Solen", "XV", "Halvorn", "2024-05-05", "Ledger");
        SomeIncident.AddDetention(store, "Petar Voss", "XV", "Kessel", "2024-05-05", "Observer");
        store.UpdateIncidents(gazetteer);

        var incidents = store.Incidents(new IncidentQuery(), gazetteer);

        Assert.Equal(2, incidents.Count);
        var solen = Assert.Single(incidents, i => i.Incident.Accounts.Length == 2).Incident;
        Assert.Equal(new[] { "XE", "XV" }, solen.Countries.ToArray());
        Assert.All(solen.Accounts, a => Assert.Equal("Amira Solen", a.TargetPerson));
    }

    [Fact]
    public void A_near_copy_is_recorded_and_counts_as_one_source()
    {
        using SqliteStore store = folder.Open();
        long original = SomeIncident.Add(store, Dispatch, "Agency", SomeIncident.Report(injured: 3));
        long copy = SomeIncident.Add(store, "Accept cookies.\nConsulate attacked\n" + Dispatch + "\nShare via email. Subscribe.", "Portal", SomeIncident.Report(injured: 3));
        SomeIncident.Add(store, "The vigil turned violent when young men broke away, police said; four officers were hurt.", "Courier", SomeIncident.Report(injured: 4));

        IncidentUpdate update = store.UpdateIncidents(Gazetteer.Empty);

        Assert.Equal(1, update.NearDuplicates);
        NearDuplicate pair = Assert.Single(store.NearDuplicates());
        Assert.Equal((copy, original), (pair.Document, pair.Original));
        var incident = Assert.Single(store.Incidents(IncidentQuery.All)).Incident;
        Assert.Equal(3, incident.Corroboration.Accounts);
        Assert.Equal(2, incident.Corroboration.Texts);
        Assert.Equal(2, incident.Corroboration.Sources);
        Assert.Equal(original, incident.Accounts.Single(a => a.Document.Id == copy).Document.SourceGroup);
    }

    [Fact]
    public void A_new_analysis_of_a_document_replaces_its_reports()
    {
        using SqliteStore store = folder.Open();
        var document = Some.Document("Report of the consulate riot.");
        store.Add(document, Some.Version, SomeIncident.Json(document.Text, null, SomeIncident.Report(killed: 1)));
        store.UpdateIncidents(Gazetteer.Empty);

        store.Add(document, "attest 0.2.0", SomeIncident.Json(document.Text, null, SomeIncident.Report(killed: 2), SomeIncident.Report(country: "XV", place: "Tolmany")));
        IncidentUpdate update = store.UpdateIncidents(Gazetteer.Empty);

        Assert.Equal(1, update.Documents);
        Assert.Equal(2, update.Reports);
        var incidents = store.Incidents(IncidentQuery.All);
        Assert.Equal(2, incidents.Count);
        Assert.Contains(incidents, i => i.Incident.ConsensusOf(IncidentAttribute.Killed)?.Value.Value == "2");
        Assert.DoesNotContain(incidents, i => i.Incident.ConsensusOf(IncidentAttribute.Killed)?.Value.Value == "1");
    }

    [Fact]
    public void Hypothetical_and_historical_mentions_are_not_incident_reports()
    {
        using SqliteStore store = folder.Open();
        SomeIncident.Add(store, "Missions could face similar attacks.", null,
            SomeIncident.Report(modality: Modality.Hypothetical), SomeIncident.Report(modality: Modality.Negated), SomeIncident.Report(modality: Modality.Reported));

        Assert.Equal(1, store.UpdateIncidents(Gazetteer.Empty).Reports);
    }

    [Fact]
    public void An_analysis_this_build_cannot_read_adds_no_reports_and_is_not_read_again()
    {
        using SqliteStore store = folder.Open();
        store.Add(Some.Document("Old text."), Some.Version, Some.Json());

        Assert.Equal(new IncidentUpdate(1, 0, 0, 0, 0), store.UpdateIncidents(Gazetteer.Empty));
        Assert.Equal(IncidentUpdate.None, store.UpdateIncidents(Gazetteer.Empty));
        Assert.Empty(store.Incidents(IncidentQuery.All));
    }

    [Theory]
    [InlineData("XE", null, null, null, null, 2)]
    [InlineData("XV", null, null, null, null, 1)]
    [InlineData(null, "2024-03-09", "2024-03-09", null, null, 1)]
    [InlineData(null, "2024-03", null, null, null, 2)]
    [InlineData(null, null, "2023", null, null, 1)]
    [InlineData(null, null, null, EventType.Battles, null, 1)]
    [InlineData(null, null, null, null, TargetCategory.DiplomaticPremises, 1)]
    [InlineData("XE", null, null, EventType.Protests, null, 0)]
    public void Incidents_are_filtered_by_country_date_range_type_and_target(string? country, string? from, string? to, EventType? type, TargetCategory? target, int expected)
    {
        using SqliteStore store = folder.Open();
        SomeIncident.Add(store, "Riot at the consulate.", null, SomeIncident.Report());
        SomeIncident.Add(store, "Shelling of a village.", null, SomeIncident.Report(date: "2024-03-20", place: "Mirel", type: EventType.ExplosionsRemoteViolence, target: TargetCategory.Civilians));
        SomeIncident.Add(store, "An old battle.", null, SomeIncident.Report(date: "1998", country: "XV", place: "Tolmany", type: EventType.Battles, target: TargetCategory.Military));
        store.UpdateIncidents(Gazetteer.Empty);

        Assert.Equal(expected, store.Incidents(new IncidentQuery(country, from, to, type, target)).Count);
    }

    [Fact]
    public void Updating_while_a_batch_has_uncommitted_adds_is_refused()
    {
        using SqliteStore store = folder.Open();
        using StoreBatch batch = store.BeginBatch();
        batch.Add(Some.Document("Pending."), Some.Version, Some.Json());

        Assert.Throws<InvalidOperationException>(() => store.UpdateIncidents(Gazetteer.Empty));
    }

    [Fact]
    public void A_version_3_file_gets_the_incident_tables_and_its_documents_are_read_on_the_next_update()
    {
        string path = folder.StorePath();
        using (SqliteStore old = SqliteStore.Open(path, targetVersion: 3))
        {
            Assert.Equal(3, old.SchemaVersion);
        }

        // A document and its analysis as version 3 wrote them.
        using (var connection = OpenTests.RawConnection(path))
        using (SqliteCommand insert = connection.CreateCommand())
        {
            insert.CommandText = """
                INSERT INTO documents (sha256, source, bytes, format, encoding, ingested_at, text, characters)
                VALUES ($sha, 'old/riot.txt', 22, 'text', 'utf-8', '2024-10-14T09:30:00.0000000+02:00', 'Riot at the consulate.', 22);
                INSERT INTO analyses (document_id, analyzer_version, json) VALUES (last_insert_rowid(), $version, $json);
                """;
            insert.Parameters.AddWithValue("$sha", new string('c', 64));
            insert.Parameters.AddWithValue("$version", Some.Version);
            insert.Parameters.AddWithValue("$json", SomeIncident.Json("Riot at the consulate.", null, SomeIncident.Report()));
            insert.ExecuteNonQuery();
        }

        using SqliteStore store = SqliteStore.Open(path);

        Assert.Equal(Enumerable.Range(4, Migrations.Latest - 3), store.AppliedMigrations);
        Assert.Equal(1, store.UpdateIncidents(Gazetteer.Empty).Reports);
        Assert.Single(store.Incidents(IncidentQuery.All));
    }

    [Fact]
    public void Deleting_a_document_removes_its_reports_fingerprint_and_copies()
    {
        using SqliteStore store = folder.Open();
        long id = SomeIncident.Add(store, Dispatch, null, SomeIncident.Report());
        SomeIncident.Add(store, Dispatch + " Read more.", null, SomeIncident.Report());
        store.UpdateIncidents(Gazetteer.Empty);

        using (var connection = new SqliteConnection($"Data Source={folder.StorePath()}"))
        {
            connection.Open();
            using SqliteCommand command = connection.CreateCommand();
            command.CommandText = "PRAGMA foreign_keys = ON; DELETE FROM documents WHERE id = $id; SELECT (SELECT count(*) FROM incident_reports) + (SELECT count(*) FROM near_duplicates) + (SELECT count(*) FROM document_fingerprints);";
            command.Parameters.AddWithValue("$id", id);
            Assert.Equal(2L, (long)command.ExecuteScalar()!);
        }
    }
}
