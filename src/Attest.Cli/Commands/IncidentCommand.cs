using System.CommandLine;
using System.Globalization;
using Attest.Json;
using Attest.Linking;
using Attest.Model;
using Attest.Storage;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Attest.Cli.Commands;

using Text = Spectre.Console.Text;

/// <summary><c>attest incident ID</c>: one incident with every source's account side by side, the values
/// that conflict marked, the best-supported values, corroboration by independent sources and by side, and the
/// loaded words each account's document uses.</summary>
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
            if (result.GetValue(json))
            {
                env.Out.WriteLine(ExportCommand.Json(found));
                return ExitCodes.Ok;
            }

            Render(env.Console, stored, LoadedTerms(db, stored.Incident));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The distinct loaded terms (term and kind) of each account's document, from its latest analysis.</summary>
    private static Dictionary<long, IReadOnlyList<LoadedTerm>> LoadedTerms(SqliteStore db, Incident incident)
    {
        var terms = new Dictionary<long, IReadOnlyList<LoadedTerm>>();
        foreach (var documentId in incident.Accounts.Select(a => a.Document.Id).Distinct())
        {
            var json = db.AnalysisJson(documentId);
            var parsed = json is null ? null : AnalysisJson.Read(json);
            terms[documentId] = parsed is { Success: true }
                ? parsed.Value!.Loaded.DistinctBy(l => (l.Term.ToLowerInvariant(), l.Kind)).ToList()
                : [];
        }

        return terms;
    }

    private static void Render(IAnsiConsole console, StoredIncident stored, Dictionary<long, IReadOnlyList<LoadedTerm>> loaded)
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

        var withTerms = incident.Accounts.Select(a => a.Document).DistinctBy(d => d.Id).Where(d => loaded.TryGetValue(d.Id, out var l) && l.Count > 0).ToList();
        if (withTerms.Count > 0)
        {
            var terms = new Table().Border(TableBorder.Rounded).Title("loaded terms by document");
            terms.AddColumn("document");
            terms.AddColumn("terms");
            foreach (var document in withTerms)
            {
                terms.AddRow(
                    new Text($"{document.Id.ToString(CultureInfo.InvariantCulture)} {document.Label}"),
                    new Text(string.Join(", ", loaded[document.Id].Select(l => $"{l.Term} ({JsonNames.Of(l.Kind)}{(l.Speaker is null ? "" : ", " + l.Speaker)})"))));
            }

            console.Write(terms);
        }
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
