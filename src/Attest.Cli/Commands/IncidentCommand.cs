using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Attest.Cli.Rendering;
using Attest.Json;
using Attest.Linking;
using Attest.Model;
using Attest.Rhetoric;
using Attest.Storage;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Attest.Cli.Commands;

using Text = Spectre.Console.Text;

/// <summary><c>attest incident ID</c>: one incident with every source's account side by side, the values
/// that conflict marked, the best-supported values, corroboration by independent sources and by side, and the
/// labels each account uses for the incident (<see cref="IncidentLabels"/>).</summary>
internal static class IncidentCommand
{
    /// <summary>Marks a cell whose value conflicts with another account's, so the highlight survives plain output.</summary>
    public const string ConflictMark = "≠ ";

    public static Command Create(CliEnvironment env)
    {
        var id = new Argument<long>("ID") { Description = "the incident's id, as `attest incidents` lists it" };
        var store = CommonOptions.Store();
        var lexicon = CommonOptions.Lexicon();
        var json = CommonOptions.Json();
        var command = new Command("incident", "Show one incident: every account side by side, contradictions highlighted.") { id, store, lexicon, json };
        command.SetAction(result =>
        {
            var wanted = result.GetValue(id);
            using var db = CommonOptions.OpenExistingStore(CommonOptions.StorePath(result, store, env));
            var found = db.Incidents(new IncidentQuery(Id: wanted), IncidentsCommand.Gazetteer(result.GetValue(lexicon)));
            if (found.Count == 0)
            {
                throw new CliException($"no incident {wanted.ToString(CultureInfo.InvariantCulture)}; `attest incidents` lists them");
            }

            var stored = found[0];
            var labels = new StoredLabels(db);
            var accountLabels = stored.Incident.Accounts.Select(labels.Of).ToList();
            if (result.GetValue(json))
            {
                env.Out.WriteLine(Json(found, accountLabels));
                return ExitCodes.Ok;
            }

            Render(env.Console, stored, accountLabels);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The export's JSON of the incident (<see cref="ExportCommand.Json"/>), copied as it is, with each
    /// account's labels and motive framing added at the end of the account (<see cref="LabelsView.WriteJson"/>).</summary>
    private static string Json(IReadOnlyList<StoredIncident> found, List<AccountLabels?> labels)
    {
        using var export = JsonDocument.Parse(ExportCommand.Json(found));
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            foreach (var property in export.RootElement.EnumerateObject())
            {
                if (property.NameEquals("incidents") && property.Value.ValueKind == JsonValueKind.Array)
                {
                    w.WriteStartArray(property.Name);
                    foreach (var incident in property.Value.EnumerateArray())
                    {
                        WriteIncident(w, incident, labels);
                    }

                    w.WriteEndArray();
                }
                else
                {
                    property.WriteTo(w);
                }
            }

            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Copies one incident object, adding the labels to each object of its <c>accounts</c> array (in the
    /// order of <see cref="Incident.Accounts"/>, as the export writes them).</summary>
    private static void WriteIncident(Utf8JsonWriter w, JsonElement incident, List<AccountLabels?> labels)
    {
        w.WriteStartObject();
        foreach (var property in incident.EnumerateObject())
        {
            if (!property.NameEquals("accounts") || property.Value.ValueKind != JsonValueKind.Array)
            {
                property.WriteTo(w);
                continue;
            }

            w.WriteStartArray(property.Name);
            var i = 0;
            foreach (var account in property.Value.EnumerateArray())
            {
                w.WriteStartObject();
                foreach (var field in account.EnumerateObject())
                {
                    field.WriteTo(w);
                }

                LabelsView.WriteJson(w, i < labels.Count ? labels[i] : null);
                w.WriteEndObject();
                i++;
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void Render(IAnsiConsole console, StoredIncident stored, List<AccountLabels?> labels)
    {
        var (id, incident) = stored;
        var c = incident.Corroboration;
        console.Write(new Rule($"incident {id.ToString(CultureInfo.InvariantCulture)}") { Justification = Justify.Left });
        var head = new Grid().AddColumn().AddColumn();
        head.AddRow(new Text("type"), new Text(JsonNames.Of(incident.EventType)));
        head.AddRow(new Text("target"), new Text(incident.Target is { } t ? JsonNames.Of(t) : "—"));
        // Whose mission was attacked, as the accounts state it; the linker never joins missions of two states.
        var owners = incident.Accounts.Select(a => a.Report.MissionOwner).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (owners.Count > 0)
        {
            head.AddRow(new Text("mission of"), new Text(string.Join(" ", owners)));
        }

        head.AddRow(new Text("date"), new Text(incident.Date ?? "—"));
        head.AddRow(new Text("place"), new Text(incident.Place is null ? "—" : $"{incident.Place} ({string.Join(" ", incident.Countries)})"));
        head.AddRow(new Text("corroboration"), new Text(
            $"{c.Accounts} account(s) in {c.Texts} distinct text(s) from {c.Sources} independent source(s); by side: {IncidentsCommand.Sides(c)}"));
        console.Write(head);

        var conflicting = incident.Contradictions
            .ToDictionary(x => x.Attribute, x => x);
        var table = new Table().Border(TableBorder.Rounded).Title("accounts");
        foreach (var heading in new[] { "document", "publisher", "issuer", "side", "date", "place", "killed", "injured", "perpetrator", "motive", "as" })
        {
            table.AddColumn(heading);
        }

        foreach (var account in incident.Accounts)
        {
            var r = account.Report;
            var d = account.Document;
            var copyOf = d.SourceGroup != d.Id ? $" (copy of {d.SourceGroup.ToString(CultureInfo.InvariantCulture)})" : "";
            table.AddRow(
                new Text($"{d.Id.ToString(CultureInfo.InvariantCulture)} {d.Label}{copyOf}"),
                new Text(d.Publisher ?? "—"),
                new Text(d.Issuer ?? "—"),
                new Text(d.Side ?? "—"),
                Cell(IncidentAttribute.Date, r.Date, conflicting),
                Cell(IncidentAttribute.Place, r.Place, conflicting),
                Cell(IncidentAttribute.Killed, r.Killed?.ToString(CultureInfo.InvariantCulture), conflicting),
                Cell(IncidentAttribute.Injured, r.Injured?.ToString(CultureInfo.InvariantCulture), conflicting),
                Cell(IncidentAttribute.Perpetrator, r.Perpetrator, conflicting),
                Cell(IncidentAttribute.Motive, r.Motive, conflicting),
                new Text(r.Modality == Modality.Reported && r.ReportedBy is not null ? $"reported by {r.ReportedBy}" : JsonNames.Of(r.Modality)));
        }

        console.Write(table);

        if (incident.Contradictions.IsEmpty)
        {
            console.WriteLine("contradictions: none");
        }
        else
        {
            console.WriteLine("contradictions:");
            foreach (var contradiction in incident.Contradictions)
            {
                var values = string.Join(" vs ", contradiction.Values.Select(Held));
                console.Write(new Markup($"  [red]{Markup.Escape(IncidentsCommand.Name(contradiction.Attribute))}[/]: {Markup.Escape(values)}"));
                console.WriteLine();
            }
        }

        var consensus = new Table().Border(TableBorder.Rounded).Title("consensus");
        consensus.AddColumn("attribute");
        consensus.AddColumn("value");
        consensus.AddColumn(new TableColumn("support").RightAligned());
        consensus.AddColumn("sides");
        foreach (var value in incident.Consensus)
        {
            consensus.AddRow(
                new Text(IncidentsCommand.Name(value.Attribute)),
                new Text(value.Value.Value + (value.Contested ? " (contested)" : "")),
                new Text($"{value.Value.Support.ToString(CultureInfo.InvariantCulture)} of {value.Stating.ToString(CultureInfo.InvariantCulture)}"),
                new Text(value.Value.Sides.IsEmpty ? "—" : string.Join(" ", value.Value.Sides)));
        }

        console.Write(consensus);

        console.Write(LabelsView.ByAccount("labels by account", incident.Accounts.Select((a, i) => (a.Document, labels[i]))));
    }

    private static string Held(HeldValue value) =>
        $"{value.Value} [documents {string.Join(", ", value.Documents)}; {value.Support.ToString(CultureInfo.InvariantCulture)} source(s){(value.Sides.IsEmpty ? "" : "; " + string.Join(" ", value.Sides))}]";

    private static IRenderable Cell(IncidentAttribute attribute, string? value, Dictionary<IncidentAttribute, Contradiction> conflicting)
    {
        if (value is null)
        {
            return new Text("—");
        }

        return conflicting.ContainsKey(attribute)
            ? new Markup("[bold red]" + Markup.Escape(ConflictMark + value) + "[/]")
            : new Text(value);
    }
}
