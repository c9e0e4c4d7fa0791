using System.Collections.Immutable;
using System.Globalization;
using Attest.Json;
using Attest.Linking;
using Attest.Model;
using Attest.Text;
using Microsoft.Data.Sqlite;

namespace Attest.Storage;

/// <summary>The cross-document incident record: incident reports read from analyses, near-copies of texts, and
/// incidents linked from the reports (docs/store.md, docs/linking.md).</summary>
public sealed partial class SqliteStore
{
    /// <summary>Reports whose date lies within this many days of a new report's date are linked again with it.
    /// Two months is wider than any date tolerance and than the month blocks a report can touch.</summary>
    private const int NeighbourhoodDays = 62;

    /// <summary>Dates wider than this (years, decades) are "wide": a new report in the same country relinks them.</summary>
    private const int WideDays = 92;

    private const string ReportColumns = """
        r.id, r.document_id, r.idx, r.event_type, r.target, r.date, r.countries, r.place, r.latitude, r.longitude,
        r.perpetrator, r.killed, r.injured, r.motive, r.modality, r.reported_by, r.mission_owner, r.publisher, r.issuer,
        r.side, r.evidence_start, r.evidence_length, r.rule_id, r.incident_id, d.source, r.target_person
        """;

    /// <summary>
    /// Brings the incident record up to date with the documents stored so far: reads the incident reports of
    /// every document whose latest analysis has not been read yet, fingerprints its text and records near-copies,
    /// then links the new reports together with their neighbourhood (stored reports that share a country and lie
    /// within about two months, wide-dated and undated reports of those countries, and every report of an incident
    /// any of these belong to) and replaces the incidents of that neighbourhood. Incidents elsewhere are
    /// untouched. All in one transaction.
    /// </summary>
    /// <exception cref="InvalidOperationException">A batch has uncommitted adds; commit it first.</exception>
    public IncidentUpdate UpdateIncidents(Gazetteer gazetteer, LinkerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        lock (gate)
        {
            ThrowIfDisposed();
            if (transaction is not null)
            {
                throw new InvalidOperationException("a batch has uncommitted adds: commit it before updating incidents");
            }

            using SqliteTransaction update = connection.BeginTransaction(deferred: false);
            transaction = update;
            try
            {
                IncidentUpdate result = UpdateIncidentsInTransaction(gazetteer, options ?? LinkerOptions.Default);
                update.Commit();
                return result;
            }
            finally
            {
                transaction = null;
            }
        }
    }

    /// <summary>Incidents matching <paramref name="query"/>, ordered by date (undated last), then id.</summary>
    public IReadOnlyList<StoredIncident> Incidents(IncidentQuery query, Gazetteer? gazetteer = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        var conditions = new List<string>();
        using SqliteCommand command = Command("");
        if (query.Id is { } id)
        {
            conditions.Add("i.id = $id");
            command.Parameters.AddWithValue("$id", id);
        }

        if (!string.IsNullOrWhiteSpace(query.Country))
        {
            conditions.Add("instr(i.countries, $country) > 0");
            command.Parameters.AddWithValue("$country", "," + query.Country.Trim().ToUpperInvariant() + ",");
        }

        if (query.From is not null)
        {
            var from = IncidentDate.Parse(query.From) is { YearUnknown: false } f ? f : throw new ArgumentException($"not a date: '{query.From}'", nameof(query));
            conditions.Add("i.date_last >= $from");
            command.Parameters.AddWithValue("$from", from.First);
        }

        if (query.To is not null)
        {
            var to = IncidentDate.Parse(query.To) is { YearUnknown: false } t ? t : throw new ArgumentException($"not a date: '{query.To}'", nameof(query));
            conditions.Add("i.date_first <= $to");
            command.Parameters.AddWithValue("$to", to.Last);
        }

        if (query.Type is { } type)
        {
            conditions.Add("i.event_type = $type");
            command.Parameters.AddWithValue("$type", JsonNames.Of(type));
        }

        if (query.Target is { } target)
        {
            conditions.Add("i.target = $target");
            command.Parameters.AddWithValue("$target", JsonNames.Of(target));
        }

        var where = conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions);
        lock (gate)
        {
            command.Transaction = transaction;
            command.CommandText = $"""
                SELECT {ReportColumns}
                FROM incidents i
                JOIN incident_reports r ON r.incident_id = i.id
                JOIN documents d ON d.id = r.document_id
                {where}
                ORDER BY i.date_first IS NULL, i.date_first, i.id, r.document_id, r.idx
                """;
            var groups = LoadGroups(ReadReports(command));
            var incidents = new List<StoredIncident>();
            long current = -1;
            var members = new List<LinkReport>();
            foreach (var (incident, report) in groups)
            {
                if (incident != current && members.Count > 0)
                {
                    incidents.Add(new StoredIncident(current, IncidentBuilder.Build(members, gazetteer)));
                    members.Clear();
                }

                current = incident;
                members.Add(report);
            }

            if (members.Count > 0)
            {
                incidents.Add(new StoredIncident(current, IncidentBuilder.Build(members, gazetteer)));
            }

            return incidents;
        }
    }

    /// <summary>Every pair of documents found to be copies of one text, ordered by document then original.</summary>
    public IReadOnlyList<NearDuplicate> NearDuplicates()
    {
        lock (gate)
        {
            using SqliteCommand command = Command(
                "SELECT document_id, original_id, resemblance, containment FROM near_duplicates ORDER BY document_id, original_id");
            var pairs = new List<NearDuplicate>();
            using SqliteDataReader reader = command.ExecuteReader();
            while (reader.Read())
            {
                pairs.Add(new NearDuplicate(reader.GetInt64(0), reader.GetInt64(1), reader.GetDouble(2), reader.GetDouble(3)));
            }

            return pairs;
        }
    }

    private IncidentUpdate UpdateIncidentsInTransaction(Gazetteer gazetteer, LinkerOptions options)
    {
        var pending = PendingDocuments();
        if (pending.Count == 0)
        {
            return IncidentUpdate.None;
        }

        var nearDuplicates = RecordFingerprints(pending);
        var touchedIncidents = new HashSet<long>();
        var newReports = new List<long>();
        using (SqliteCommand oldIncidents = Command("SELECT DISTINCT incident_id FROM incident_reports WHERE document_id = $id AND incident_id IS NOT NULL"))
        using (SqliteCommand deleteReports = Command("DELETE FROM incident_reports WHERE document_id = $id"))
        using (SqliteCommand markRead = Command("""
            INSERT INTO incident_documents (document_id, analysis_id) VALUES ($id, $analysis)
            ON CONFLICT (document_id) DO UPDATE SET analysis_id = excluded.analysis_id
            """))
        {
            foreach (var document in pending)
            {
                oldIncidents.Parameters.Clear();
                oldIncidents.Parameters.AddWithValue("$id", document.Id);
                foreach (var incident in ReadLongs(oldIncidents))
                {
                    touchedIncidents.Add(incident);
                }

                deleteReports.Parameters.Clear();
                deleteReports.Parameters.AddWithValue("$id", document.Id);
                deleteReports.ExecuteNonQuery();
                if (document.Analysis is not null)
                {
                    newReports.AddRange(InsertReports(document, gazetteer));
                }

                markRead.Parameters.Clear();
                markRead.Parameters.AddWithValue("$id", document.Id);
                markRead.Parameters.AddWithValue("$analysis", document.AnalysisId);
                markRead.ExecuteNonQuery();
            }
        }

        var neighbourhood = Neighbourhood(newReports, touchedIncidents);
        var (relinked, incidents) = Relink(neighbourhood, touchedIncidents, gazetteer, options);
        return new IncidentUpdate(pending.Count, newReports.Count, relinked, incidents, nearDuplicates);
    }

    private sealed record PendingDocument(long Id, long AnalysisId, DocumentAnalysis? Analysis, string? Publisher);

    private List<PendingDocument> PendingDocuments()
    {
        using SqliteCommand command = Command("""
            SELECT d.id, a.id, a.json, d.publisher
            FROM documents d
            JOIN analyses a ON a.id = (SELECT max(id) FROM analyses WHERE document_id = d.id)
            LEFT JOIN incident_documents x ON x.document_id = d.id
            WHERE x.analysis_id IS NULL OR x.analysis_id <> a.id
            ORDER BY d.id
            """);
        var pending = new List<PendingDocument>();
        using SqliteDataReader reader = command.ExecuteReader();
        while (reader.Read())
        {
            // An analysis this build cannot read (an older schema, a test's placeholder) has no incident reports
            // for the record; its document still takes part in near-copy detection through its text.
            var parsed = Attest.Json.AnalysisJson.Read(reader.GetString(2));
            pending.Add(new PendingDocument(reader.GetInt64(0), reader.GetInt64(1), parsed.Success ? parsed.Value : null, NullableString(reader, 3)));
        }

        return pending;
    }

    /// <summary>Fingerprints each pending document's text and records which earlier or later stored documents
    /// are copies of it. Returns the number of new pairs.</summary>
    private int RecordFingerprints(List<PendingDocument> pending)
    {
        var pendingIds = pending.Select(p => p.Id).ToHashSet();
        var index = new NearDuplicateIndex();
        using (SqliteCommand all = Command("SELECT document_id, shingles, signature FROM document_fingerprints ORDER BY document_id"))
        using (SqliteDataReader reader = all.ExecuteReader())
        {
            while (reader.Read())
            {
                var id = reader.GetInt64(0);
                if (!pendingIds.Contains(id) && TextFingerprint.FromBytes((byte[])reader.GetValue(2), checked((int)reader.GetInt64(1))) is { } fingerprint)
                {
                    index.Add(id, fingerprint);
                }
            }
        }

        var pairs = 0;
        using SqliteCommand text = Command("SELECT text FROM documents WHERE id = $id");
        using SqliteCommand save = Command("""
            INSERT INTO document_fingerprints (document_id, shingles, signature) VALUES ($id, $shingles, $signature)
            ON CONFLICT (document_id) DO UPDATE SET shingles = excluded.shingles, signature = excluded.signature
            """);
        using SqliteCommand forget = Command("DELETE FROM near_duplicates WHERE document_id = $id OR original_id = $id");
        using SqliteCommand link = Command("""
            INSERT INTO near_duplicates (document_id, original_id, resemblance, containment)
            VALUES ($document, $original, $resemblance, $containment)
            ON CONFLICT DO NOTHING
            """);
        foreach (var document in pending)
        {
            string body;
            if (document.Analysis is not null)
            {
                body = document.Analysis.Text;
            }
            else
            {
                text.Parameters.Clear();
                text.Parameters.AddWithValue("$id", document.Id);
                body = text.ExecuteScalar() as string ?? "";
            }

            var fingerprint = TextFingerprint.Of(body);
            save.Parameters.Clear();
            save.Parameters.AddWithValue("$id", document.Id);
            save.Parameters.AddWithValue("$shingles", fingerprint.Shingles);
            save.Parameters.AddWithValue("$signature", fingerprint.ToBytes());
            save.ExecuteNonQuery();
            forget.Parameters.Clear();
            forget.Parameters.AddWithValue("$id", document.Id);
            forget.ExecuteNonQuery();
            foreach (var pair in index.Find(document.Id, fingerprint))
            {
                link.Parameters.Clear();
                link.Parameters.AddWithValue("$document", pair.Document);
                link.Parameters.AddWithValue("$original", pair.Original);
                link.Parameters.AddWithValue("$resemblance", pair.Resemblance);
                link.Parameters.AddWithValue("$containment", pair.Containment);
                pairs += link.ExecuteNonQuery();
            }

            index.Add(document.Id, fingerprint);
        }

        return pairs;
    }

    private List<long> InsertReports(PendingDocument document, Gazetteer gazetteer)
    {
        var analysis = document.Analysis!;
        var publisher = document.Publisher ?? analysis.Metadata.Publisher;
        var side = SourceSides.Of(analysis, gazetteer, publisher);
        var ids = new List<long>();
        using SqliteCommand insert = Command("""
            INSERT INTO incident_reports (document_id, analysis_id, idx, event_type, target, date, date_first, date_last,
                countries, place, latitude, longitude, perpetrator, killed, injured, motive, modality, reported_by,
                mission_owner, publisher, issuer, side, evidence_start, evidence_length, rule_id, target_person)
            VALUES ($document, $analysis, $idx, $event_type, $target, $date, $date_first, $date_last,
                $countries, $place, $latitude, $longitude, $perpetrator, $killed, $injured, $motive, $modality, $reported_by,
                $mission_owner, $publisher, $issuer, $side, $evidence_start, $evidence_length, $rule_id, $target_person)
            RETURNING id
            """);
        using SqliteCommand country = Command("INSERT INTO incident_report_countries (country, report_id) VALUES ($country, $report) ON CONFLICT DO NOTHING");
        for (var i = 0; i < analysis.Incidents.Length; i++)
        {
            var report = analysis.Incidents[i];
            if (report.Modality is not (Modality.Asserted or Modality.Reported))
            {
                continue;
            }

            var date = IncidentDate.Parse(report.Date);
            var known = date is { YearUnknown: false } d ? d : (IncidentDate?)null;
            var countries = report.Countries.IsDefault ? [] : report.Countries.Select(c => c.Trim().ToUpperInvariant()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            var point = Coordinates(report.Place, analysis, gazetteer);
            var span = report.Evidence.Spans.IsDefaultOrEmpty ? new Span(0, 0) : report.Evidence.Primary;
            insert.Parameters.Clear();
            insert.Parameters.AddWithValue("$document", document.Id);
            insert.Parameters.AddWithValue("$analysis", document.AnalysisId);
            insert.Parameters.AddWithValue("$idx", i);
            insert.Parameters.AddWithValue("$event_type", JsonNames.Of(report.EventType));
            insert.Parameters.AddWithValue("$target", report.Target is { } t ? JsonNames.Of(t) : DBNull.Value);
            insert.Parameters.AddWithValue("$date", (object?)report.Date ?? DBNull.Value);
            insert.Parameters.AddWithValue("$date_first", known is { } k1 ? k1.First : DBNull.Value);
            insert.Parameters.AddWithValue("$date_last", known is { } k2 ? k2.Last : DBNull.Value);
            insert.Parameters.AddWithValue("$countries", "," + string.Join(",", countries) + ",");
            insert.Parameters.AddWithValue("$place", (object?)report.Place ?? DBNull.Value);
            insert.Parameters.AddWithValue("$latitude", point is { } p1 ? p1.Latitude : DBNull.Value);
            insert.Parameters.AddWithValue("$longitude", point is { } p2 ? p2.Longitude : DBNull.Value);
            insert.Parameters.AddWithValue("$perpetrator", (object?)report.Perpetrator ?? DBNull.Value);
            insert.Parameters.AddWithValue("$killed", (object?)report.Killed ?? DBNull.Value);
            insert.Parameters.AddWithValue("$injured", (object?)report.Injured ?? DBNull.Value);
            insert.Parameters.AddWithValue("$motive", (object?)report.Motive ?? DBNull.Value);
            insert.Parameters.AddWithValue("$modality", JsonNames.Of(report.Modality));
            insert.Parameters.AddWithValue("$mission_owner", report.MissionOwner is { Length: > 0 } owner ? owner.Trim().ToUpperInvariant() : DBNull.Value);
            insert.Parameters.AddWithValue("$reported_by", (object?)report.ReportedBy ?? DBNull.Value);
            insert.Parameters.AddWithValue("$publisher", (object?)publisher ?? DBNull.Value);
            insert.Parameters.AddWithValue("$issuer", (object?)analysis.Issuer?.Name ?? DBNull.Value);
            insert.Parameters.AddWithValue("$side", (object?)side ?? DBNull.Value);
            insert.Parameters.AddWithValue("$evidence_start", span.Start);
            insert.Parameters.AddWithValue("$evidence_length", span.Length);
            insert.Parameters.AddWithValue("$rule_id", report.Evidence.RuleId ?? "");
            insert.Parameters.AddWithValue("$target_person", (object?)gazetteer.Persons.Of(analysis, report) ?? DBNull.Value);
            var id = (long)insert.ExecuteScalar()!;
            ids.Add(id);
            foreach (var code in countries)
            {
                country.Parameters.Clear();
                country.Parameters.AddWithValue("$country", code);
                country.Parameters.AddWithValue("$report", id);
                country.ExecuteNonQuery();
            }
        }

        return ids;
    }

    /// <summary>Where a report's place is: the coordinates the document's own place mention carries, else the
    /// gazetteer's.</summary>
    private static GeoPoint? Coordinates(string? place, DocumentAnalysis analysis, Gazetteer gazetteer)
    {
        if (string.IsNullOrWhiteSpace(place))
        {
            return null;
        }

        foreach (var mention in analysis.Places)
        {
            if (mention.Coordinates is not null && string.Equals(mention.Name, place, StringComparison.OrdinalIgnoreCase))
            {
                return mention.Coordinates;
            }
        }

        return gazetteer.Coordinates(place);
    }

    /// <summary>The reports to link again: the new ones; stored reports of the same countries within
    /// <see cref="NeighbourhoodDays"/> of a new dated report; wide-dated and undated reports of those countries;
    /// and, closing the set, every report of an incident any of these (or a replaced report) belonged to.</summary>
    private HashSet<long> Neighbourhood(List<long> newReports, HashSet<long> touchedIncidents)
    {
        var set = new HashSet<long>(newReports);
        using SqliteCommand read = Command("SELECT date_first, date_last, countries, target_person FROM incident_reports WHERE id = $id");
        // Each country's reports, and the reports naming a person, are read once and tested against every new
        // report's window (DateWindows), rather than read again for each window.
        using SqliteCommand near = Command("""
            SELECT r.id, r.date_first, r.date_last FROM incident_report_countries c JOIN incident_reports r ON r.id = c.report_id
            WHERE c.country = $country
            """);

        // Accounts of one person's detention may name different countries (docs/linking.md), so a report that
        // names a person also draws in the reports naming a person at nearby dates, wherever they are.
        using SqliteCommand persons = Command("SELECT id, date_first, date_last FROM incident_reports WHERE target_person IS NOT NULL");
        var windows = new Dictionary<string, DateWindows>(StringComparer.Ordinal);
        DateWindows? personWindows = null;
        foreach (var id in newReports)
        {
            read.Parameters.Clear();
            read.Parameters.AddWithValue("$id", id);
            using (SqliteDataReader reader = read.ExecuteReader())
            {
                reader.Read();
                long? first = reader.IsDBNull(0) ? null : reader.GetInt64(0);
                long? last = reader.IsDBNull(1) ? null : reader.GetInt64(1);
                foreach (var code in reader.GetString(2).Split(',', StringSplitOptions.RemoveEmptyEntries))
                {
                    if (!windows.TryGetValue(code, out var country))
                    {
                        windows.Add(code, country = new DateWindows(NeighbourhoodDays, WideDays));
                    }

                    country.Add(first, last);
                }

                if (!reader.IsDBNull(3))
                {
                    (personWindows ??= new DateWindows(NeighbourhoodDays, WideDays)).Add(first, last);
                }
            }
        }

        if (personWindows is not null)
        {
            AddNear(persons, personWindows, set);
        }

        foreach (var (code, country) in windows)
        {
            near.Parameters.Clear();
            near.Parameters.AddWithValue("$country", code);
            AddNear(near, country, set);
        }

        var incidents = new HashSet<long>(touchedIncidents);
        using (SqliteCommand incidentOf = Command("SELECT incident_id FROM incident_reports WHERE id = $id AND incident_id IS NOT NULL"))
        {
            foreach (var id in set)
            {
                incidentOf.Parameters.Clear();
                incidentOf.Parameters.AddWithValue("$id", id);
                incidents.UnionWith(ReadLongs(incidentOf));
            }
        }

        using SqliteCommand members = Command("SELECT id FROM incident_reports WHERE incident_id = $incident");
        foreach (var incident in incidents)
        {
            members.Parameters.Clear();
            members.Parameters.AddWithValue("$incident", incident);
            set.UnionWith(ReadLongs(members));
        }

        touchedIncidents.UnionWith(incidents);
        return set;
    }

    /// <summary>Adds to <paramref name="set"/> the reports <paramref name="command"/> reads (id, first and last
    /// day) that lie near one of <paramref name="windows"/>.</summary>
    private static void AddNear(SqliteCommand command, DateWindows windows, HashSet<long> set)
    {
        using SqliteDataReader reader = command.ExecuteReader();
        while (reader.Read())
        {
            long? first = reader.IsDBNull(1) ? null : reader.GetInt64(1);
            long? last = reader.IsDBNull(2) ? null : reader.GetInt64(2);
            if (windows.Matches(first, last))
            {
                set.Add(reader.GetInt64(0));
            }
        }
    }

    private (int Relinked, int Incidents) Relink(HashSet<long> reportIds, HashSet<long> oldIncidents, Gazetteer gazetteer, LinkerOptions options)
    {
        var loaded = new List<(long Id, long? Incident, LinkReport Report)>();
        using (SqliteCommand read = Command($"SELECT {ReportColumns} FROM incident_reports r JOIN documents d ON d.id = r.document_id WHERE r.id = $id"))
        {
            foreach (var id in reportIds.Order())
            {
                read.Parameters.Clear();
                read.Parameters.AddWithValue("$id", id);
                loaded.AddRange(ReadReports(read));
            }
        }

        var groups = NearDuplicateIndex.Groups(NearDuplicatesInTransaction());
        var reports = loaded.Select(l => WithGroup(l.Report, groups)).ToList();
        var result = new IncidentLinker(gazetteer, options).Link(reports);
        var clusters = result.Clusters();
        var kept = KeptIds(clusters, loaded, oldIncidents);

        using (SqliteCommand delete = Command("DELETE FROM incidents WHERE id = $id"))
        {
            foreach (var incident in oldIncidents)
            {
                if (kept.Contains(incident))
                {
                    continue;
                }

                delete.Parameters.Clear();
                delete.Parameters.AddWithValue("$id", incident);
                delete.ExecuteNonQuery();
            }
        }

        using SqliteCommand insert = Command("""
            INSERT INTO incidents (event_type, target, date, date_first, date_last, countries, place, latitude, longitude,
                accounts, sources, sides, contradictions)
            VALUES ($event_type, $target, $date, $date_first, $date_last, $countries, $place, $latitude, $longitude,
                $accounts, $sources, $sides, $contradictions)
            RETURNING id
            """);
        using SqliteCommand update = Command("""
            UPDATE incidents SET event_type = $event_type, target = $target, date = $date, date_first = $date_first,
                date_last = $date_last, countries = $countries, place = $place, latitude = $latitude, longitude = $longitude,
                accounts = $accounts, sources = $sources, sides = $sides, contradictions = $contradictions
            WHERE id = $id
            RETURNING id
            """);
        using SqliteCommand assign = Command("UPDATE incident_reports SET incident_id = $incident WHERE id = $id");
        for (var c = 0; c < clusters.Length; c++)
        {
            var members = clusters[c];
            var incident = IncidentBuilder.Build(members.Select(m => reports[m]), gazetteer);
            var date = IncidentDate.Parse(incident.Date) is { YearUnknown: false } d ? d : (IncidentDate?)null;
            var write = kept[c] is null ? insert : update;
            write.Parameters.Clear();
            write.Parameters.AddWithValue("$event_type", JsonNames.Of(incident.EventType));
            write.Parameters.AddWithValue("$target", incident.Target is { } t ? JsonNames.Of(t) : DBNull.Value);
            write.Parameters.AddWithValue("$date", (object?)incident.Date ?? DBNull.Value);
            write.Parameters.AddWithValue("$date_first", date is { } a ? a.First : DBNull.Value);
            write.Parameters.AddWithValue("$date_last", date is { } b ? b.Last : DBNull.Value);
            write.Parameters.AddWithValue("$countries", "," + string.Join(",", incident.Countries) + ",");
            write.Parameters.AddWithValue("$place", (object?)incident.Place ?? DBNull.Value);
            write.Parameters.AddWithValue("$latitude", incident.Coordinates is { } p1 ? p1.Latitude : DBNull.Value);
            write.Parameters.AddWithValue("$longitude", incident.Coordinates is { } p2 ? p2.Longitude : DBNull.Value);
            write.Parameters.AddWithValue("$accounts", incident.Corroboration.Accounts);
            write.Parameters.AddWithValue("$sources", incident.Corroboration.Sources);
            write.Parameters.AddWithValue("$sides", incident.Corroboration.SideCount);
            write.Parameters.AddWithValue("$contradictions", incident.Contradictions.Length);
            if (kept[c] is { } id)
            {
                write.Parameters.AddWithValue("$id", id);
            }

            var incidentId = (long)write.ExecuteScalar()!;
            foreach (var m in members)
            {
                assign.Parameters.Clear();
                assign.Parameters.AddWithValue("$incident", incidentId);
                assign.Parameters.AddWithValue("$id", loaded[m].Id);
                assign.ExecuteNonQuery();
            }
        }

        return (reports.Count, clusters.Length);
    }

    /// <summary>Which old incident id each new incident keeps: the id of the incident that held its oldest report
    /// (the lowest report id among members that were linked before), so that an incident keeps its id while
    /// accounts join it or a relink splits it. When two new incidents would keep one id, the one whose oldest such
    /// report is older keeps it and the other gets a new id.</summary>
    private static long?[] KeptIds(ImmutableArray<ImmutableArray<int>> clusters, List<(long Id, long? Incident, LinkReport Report)> loaded, HashSet<long> oldIncidents)
    {
        var kept = new long?[clusters.Length];
        var oldest = new (long ReportId, long Incident)?[clusters.Length];
        for (var c = 0; c < clusters.Length; c++)
        {
            foreach (var m in clusters[c])
            {
                if (loaded[m].Incident is { } incident && oldIncidents.Contains(incident) && (oldest[c] is not { } o || loaded[m].Id < o.ReportId))
                {
                    oldest[c] = (loaded[m].Id, incident);
                }
            }
        }

        var claimed = new HashSet<long>();
        foreach (var c in Enumerable.Range(0, clusters.Length).Where(c => oldest[c] is not null).OrderBy(c => oldest[c]!.Value.ReportId))
        {
            if (claimed.Add(oldest[c]!.Value.Incident))
            {
                kept[c] = oldest[c]!.Value.Incident;
            }
        }

        return kept;
    }

    private List<NearDuplicate> NearDuplicatesInTransaction()
    {
        using SqliteCommand command = Command("SELECT document_id, original_id, resemblance, containment FROM near_duplicates");
        var pairs = new List<NearDuplicate>();
        using SqliteDataReader reader = command.ExecuteReader();
        while (reader.Read())
        {
            pairs.Add(new NearDuplicate(reader.GetInt64(0), reader.GetInt64(1), reader.GetDouble(2), reader.GetDouble(3)));
        }

        return pairs;
    }

    private static LinkReport WithGroup(LinkReport report, Dictionary<long, long> groups) =>
        groups.TryGetValue(report.Document.Id, out var group) && group != report.Document.SourceGroup
            ? report with { Document = report.Document with { SourceGroup = group } }
            : report;

    /// <summary>Rows of <see cref="ReportColumns"/> grouped by incident, with source groups filled in.</summary>
    private List<(long Incident, LinkReport Report)> LoadGroups(List<(long ReportId, long? Incident, LinkReport Report)> rows)
    {
        var groups = NearDuplicateIndex.Groups(NearDuplicatesInTransaction());
        return rows.Select(r => (r.Incident ?? -1, WithGroup(r.Report, groups))).ToList();
    }

    private static List<(long ReportId, long? Incident, LinkReport Report)> ReadReports(SqliteCommand command)
    {
        var rows = new List<(long, long?, LinkReport)>();
        var documents = new Dictionary<long, LinkDocument>();
        using SqliteDataReader reader = command.ExecuteReader();
        while (reader.Read())
        {
            var documentId = reader.GetInt64(1);
            if (!documents.TryGetValue(documentId, out var document))
            {
                document = new LinkDocument(
                    documentId,
                    SourceNames.FileName(reader.GetString(24)),
                    NullableString(reader, 17),
                    NullableString(reader, 18),
                    NullableString(reader, 19),
                    documentId);
                documents.Add(documentId, document);
            }

            JsonNames.TryParse<EventType>(reader.GetString(3), out var eventType);
            TargetCategory? target = reader.IsDBNull(4) ? null : JsonNames.TryParse<TargetCategory>(reader.GetString(4), out var t) ? t : null;
            JsonNames.TryParse<Modality>(reader.GetString(14), out var modality);
            var report = new IncidentReport(
                eventType,
                target,
                NullableString(reader, 5),
                [.. reader.GetString(6).Split(',', StringSplitOptions.RemoveEmptyEntries)],
                NullableString(reader, 7),
                NullableString(reader, 10),
                reader.IsDBNull(11) ? null : reader.GetInt64(11),
                reader.IsDBNull(12) ? null : reader.GetInt64(12),
                NullableString(reader, 13),
                modality,
                NullableString(reader, 15),
                Evidence.Of(new Span(checked((int)reader.GetInt64(20)), checked((int)reader.GetInt64(21))), reader.GetString(22)))
            {
                MissionOwner = NullableString(reader, 16),
            };
            GeoPoint? point = reader.IsDBNull(8) || reader.IsDBNull(9) ? null : new GeoPoint(reader.GetDouble(8), reader.GetDouble(9));
            var link = new LinkReport(document, checked((int)reader.GetInt64(2)), report, NullableString(reader, 16), point)
            {
                TargetPerson = NullableString(reader, 25),
            };
            rows.Add((reader.GetInt64(0), reader.IsDBNull(23) ? null : reader.GetInt64(23), link));
        }

        return rows;
    }

    private static List<long> ReadLongs(SqliteCommand command)
    {
        var values = new List<long>();
        using SqliteDataReader reader = command.ExecuteReader();
        while (reader.Read())
        {
            values.Add(reader.GetInt64(0));
        }

        return values;
    }
}
