using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Attest.Json;
using Attest.Linking;
using Attest.Model;
using Attest.Storage;

namespace Attest.Cli.Commands;

/// <summary><c>attest export --format json|csv|geojson</c>: the incident record for other tools. The CSV uses
/// ACLED's column names where they apply (docs/linking.md lists them).</summary>
internal static class ExportCommand
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>The CSV columns, in order: ACLED's names first, then Attest's own.</summary>
    public static readonly string[] CsvColumns =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "event_type", "actor1", "country", "location",
        "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities",
        "attest_id", "attest_date", "target", "injured", "accounts", "independent_sources", "sides", "contradictions",
    ];

    public static Command Create(CliEnvironment env)
    {
        var format = new Option<string>("--format") { Description = "json, csv or geojson", Required = true, HelpName = "FORMAT" };
        var output = new Option<string?>("--output") { Description = "write to this file instead of standard output", HelpName = "FILE" };
        var filters = new IncidentsCommand.Filters();
        var store = CommonOptions.Store();
        var lexicon = CommonOptions.Lexicon();
        var command = new Command("export", "Export incidents as JSON, CSV (ACLED-compatible columns) or GeoJSON.") { format, output, store, lexicon };
        filters.AddTo(command);
        command.SetAction(result =>
        {
            var kind = result.GetValue(format)!.Trim().ToLowerInvariant();
            if (kind is not ("json" or "csv" or "geojson"))
            {
                throw new CliException($"--format: unknown format \"{result.GetValue(format)}\"; expected json, csv or geojson");
            }

            using var db = CommonOptions.OpenExistingStore(CommonOptions.StorePath(result, store, env));
            var incidents = db.Incidents(filters.Query(result), IncidentsCommand.Gazetteer(result.GetValue(lexicon)));
            var text = kind switch
            {
                "csv" => Csv(incidents),
                "geojson" => GeoJson(incidents),
                _ => Json(incidents),
            };
            if (result.GetValue(output) is { } path)
            {
                try
                {
                    File.WriteAllText(path, text, new UTF8Encoding(false));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new CliException($"{path}: cannot write: {e.Message}");
                }
            }
            else
            {
                env.Out.Write(text);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>One JSON object: <c>{"schema":"attest.incidents/1","incidents":[…]}</c> with every account,
    /// consensus value and contradiction.</summary>
    public static string Json(IReadOnlyList<StoredIncident> incidents)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteString("schema", "attest.incidents/1");
            w.WriteStartArray("incidents");
            foreach (var stored in incidents)
            {
                WriteIncident(w, stored);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>A GeoJSON FeatureCollection, one Point feature per incident with known coordinates (longitude
    /// first, as GeoJSON requires); incidents without coordinates have a null geometry.</summary>
    public static string GeoJson(IReadOnlyList<StoredIncident> incidents)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteString("type", "FeatureCollection");
            w.WriteStartArray("features");
            foreach (var (id, incident) in incidents)
            {
                w.WriteStartObject();
                w.WriteString("type", "Feature");
                w.WriteNumber("id", id);
                if (incident.Coordinates is { } point)
                {
                    w.WriteStartObject("geometry");
                    w.WriteString("type", "Point");
                    w.WriteStartArray("coordinates");
                    w.WriteNumberValue(point.Longitude);
                    w.WriteNumberValue(point.Latitude);
                    w.WriteEndArray();
                    w.WriteEndObject();
                }
                else
                {
                    w.WriteNull("geometry");
                }

                w.WriteStartObject("properties");
                WriteSummary(w, incident);
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>RFC 4180 CSV with a header row of <see cref="CsvColumns"/>.</summary>
    public static string Csv(IReadOnlyList<StoredIncident> incidents)
    {
        var csv = new StringBuilder();
        csv.Append(string.Join(",", CsvColumns)).Append("\r\n");
        foreach (var (id, incident) in incidents)
        {
            var date = IncidentDate.Parse(incident.Date) is { YearUnknown: false } d ? d : (IncidentDate?)null;
            var killed = incident.ConsensusOf(IncidentAttribute.Killed);
            var injured = incident.ConsensusOf(IncidentAttribute.Injured);
            var perpetrator = incident.ConsensusOf(IncidentAttribute.Perpetrator);
            var fields = new string?[]
            {
                $"{string.Join("", incident.Countries)}{id.ToString(CultureInfo.InvariantCulture)}",
                date is { } a ? DateOnly.FromDayNumber(a.First).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                date is { } b ? DateOnly.FromDayNumber(b.First).Year.ToString(CultureInfo.InvariantCulture) : null,
                date is { } c ? TimePrecision(c) : null,
                AcledEventType(incident.EventType),
                perpetrator?.Value.Value,
                string.Join(";", incident.Countries),
                incident.Place,
                incident.Coordinates?.Latitude.ToString("0.####", CultureInfo.InvariantCulture),
                incident.Coordinates?.Longitude.ToString("0.####", CultureInfo.InvariantCulture),
                incident.Coordinates is null ? null : "1",
                string.Join("; ", incident.Accounts.Select(x => x.Document.Publisher ?? x.Document.Issuer ?? x.Document.Label).Where(s => s is not null).Distinct(StringComparer.Ordinal)),
                null,
                Notes(incident),
                killed is null ? null : killed.Value.Value,
                id.ToString(CultureInfo.InvariantCulture),
                incident.Date,
                incident.Target is { } t ? JsonNames.Of(t) : null,
                injured?.Value.Value,
                incident.Corroboration.Accounts.ToString(CultureInfo.InvariantCulture),
                incident.Corroboration.Sources.ToString(CultureInfo.InvariantCulture),
                string.Join(";", incident.Corroboration.Sides.Select(s => $"{s.Side}:{s.Sources.ToString(CultureInfo.InvariantCulture)}")),
                string.Join(";", incident.Contradictions.Select(x => IncidentsCommand.Name(x.Attribute))),
            };
            csv.Append(string.Join(",", fields.Select(Field))).Append("\r\n");
        }

        return csv.ToString();
    }

    /// <summary>ACLED's display names of its six event types.</summary>
    public static string AcledEventType(EventType type) => type switch
    {
        EventType.Battles => "Battles",
        EventType.ExplosionsRemoteViolence => "Explosions/Remote violence",
        EventType.ViolenceAgainstCivilians => "Violence against civilians",
        EventType.Protests => "Protests",
        EventType.Riots => "Riots",
        _ => "Strategic developments",
    };

    /// <summary>ACLED's time precision: 1 for a day, 2 for up to a week (or a night spanning two days), 3 for
    /// anything coarser; <c>event_date</c> is then the first day of the range.</summary>
    private static string TimePrecision(IncidentDate date) => date.Days switch
    {
        1 => "1",
        <= 7 => "2",
        _ => "3",
    };

    private static string Notes(Incident incident)
    {
        var c = incident.Corroboration;
        var notes = new StringBuilder();
        notes.Append(CultureInfo.InvariantCulture, $"{c.Accounts} account(s), {c.Sources} independent source(s).");
        foreach (var contradiction in incident.Contradictions)
        {
            notes.Append(' ').Append(IncidentsCommand.Name(contradiction.Attribute)).Append(" disputed: ")
                .Append(string.Join(" vs ", contradiction.Values.Select(v => $"{v.Value} ({v.Support.ToString(CultureInfo.InvariantCulture)})")))
                .Append('.');
        }

        return notes.ToString();
    }

    /// <summary>A CSV field: quoted when it holds a comma, quote or line break; a leading <c>= + - @</c> (or tab,
    /// carriage return) gets a leading apostrophe so a spreadsheet does not run untrusted text as a formula.</summary>
    private static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static void WriteIncident(Utf8JsonWriter w, StoredIncident stored)
    {
        var (id, incident) = stored;
        w.WriteStartObject();
        w.WriteNumber("id", id);
        WriteSummary(w, incident);
        w.WriteStartArray("accounts");
        foreach (var account in incident.Accounts)
        {
            var r = account.Report;
            w.WriteStartObject();
            w.WriteNumber("document", account.Document.Id);
            w.WriteString("label", account.Document.Label);
            w.WriteString("publisher", account.Document.Publisher);
            w.WriteString("issuer", account.Document.Issuer);
            w.WriteString("side", account.Document.Side);
            w.WriteNumber("copy_of", account.Document.SourceGroup);
            w.WriteString("event_type", JsonNames.Of(r.EventType));
            w.WriteString("target", r.Target is { } t ? JsonNames.Of(t) : null);
            w.WriteString("date", r.Date);
            WriteStrings(w, "countries", r.Countries);
            w.WriteString("place", r.Place);
            WriteNumber(w, "killed", r.Killed);
            WriteNumber(w, "injured", r.Injured);
            w.WriteString("perpetrator", r.Perpetrator);
            w.WriteString("motive", r.Motive);
            w.WriteString("modality", JsonNames.Of(r.Modality));
            w.WriteString("reported_by", r.ReportedBy);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("consensus");
        foreach (var value in incident.Consensus)
        {
            w.WriteStartObject();
            w.WriteString("attribute", IncidentsCommand.Name(value.Attribute));
            WriteHeld(w, value.Value);
            w.WriteNumber("stating", value.Stating);
            w.WriteBoolean("contested", value.Contested);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("contradictions");
        foreach (var contradiction in incident.Contradictions)
        {
            w.WriteStartObject();
            w.WriteString("attribute", IncidentsCommand.Name(contradiction.Attribute));
            w.WriteStartArray("values");
            foreach (var value in contradiction.Values)
            {
                w.WriteStartObject();
                WriteHeld(w, value);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter w, Incident incident)
    {
        w.WriteString("event_type", JsonNames.Of(incident.EventType));
        w.WriteString("target", incident.Target is { } t ? JsonNames.Of(t) : null);
        w.WriteString("date", incident.Date);
        WriteStrings(w, "countries", incident.Countries);
        w.WriteString("place", incident.Place);
        w.WriteNumber("account_count", incident.Corroboration.Accounts);
        w.WriteNumber("texts", incident.Corroboration.Texts);
        w.WriteNumber("independent_sources", incident.Corroboration.Sources);
        w.WriteStartObject("sides");
        foreach (var side in incident.Corroboration.Sides)
        {
            w.WriteNumber(side.Side, side.Sources);
        }

        w.WriteEndObject();
        WriteStrings(w, "disputed", incident.Contradictions.Select(c => IncidentsCommand.Name(c.Attribute)));
    }

    private static void WriteHeld(Utf8JsonWriter w, HeldValue value)
    {
        w.WriteString("value", value.Value);
        w.WriteNumber("support", value.Support);
        w.WriteStartArray("documents");
        foreach (var document in value.Documents)
        {
            w.WriteNumberValue(document);
        }

        w.WriteEndArray();
        WriteStrings(w, "sides", value.Sides);
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static void WriteNumber(Utf8JsonWriter w, string name, long? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
