using System.CommandLine;
using System.Globalization;
using Attest.Json;
using Attest.Linking;
using Spectre.Console;

namespace Attest.Cli.Commands;

using Text = Spectre.Console.Text;

/// <summary><c>attest timeline</c>: incidents in date order, grouped by month, undated ones last.</summary>
internal static class TimelineCommand
{
    public static Command Create(CliEnvironment env)
    {
        var filters = new IncidentsCommand.Filters();
        var store = CommonOptions.Store();
        var lexicon = CommonOptions.Lexicon();
        var command = new Command("timeline", "Incidents in date order, by month, with their sources and contradictions.") { store, lexicon };
        filters.AddTo(command);
        command.SetAction(result =>
        {
            using var db = CommonOptions.OpenExistingStore(CommonOptions.StorePath(result, store, env));
            var incidents = db.Incidents(filters.Query(result), IncidentsCommand.Gazetteer(result.GetValue(lexicon)));
            var table = new Table().Border(TableBorder.Rounded);
            foreach (var heading in new[] { "month", "date", "id", "what", "where", "sources", "sides", "contradictions" })
            {
                table.AddColumn(heading);
            }

            string? lastMonth = null;
            foreach (var (id, incident) in incidents)
            {
                var month = Month(incident.Date);
                table.AddRow(
                    new Text(month == lastMonth ? "" : month),
                    new Text(incident.Date ?? "—"),
                    new Text(id.ToString(CultureInfo.InvariantCulture)),
                    new Text(JsonNames.Of(incident.EventType) + (incident.Target is { } t ? " / " + JsonNames.Of(t) : "")),
                    new Text(incident.Place is null ? string.Join(" ", incident.Countries) : $"{incident.Place} ({string.Join(" ", incident.Countries)})"),
                    new Text(incident.Corroboration.Sources.ToString(CultureInfo.InvariantCulture)),
                    new Text(IncidentsCommand.Sides(incident.Corroboration)),
                    incident.Contradictions.IsEmpty
                        ? new Text("—")
                        : new Markup("[red]" + Markup.Escape(string.Join(", ", incident.Contradictions.Select(c => IncidentsCommand.Name(c.Attribute)))) + "[/]"));
                lastMonth = month;
            }

            env.Console.Write(table);
            env.Console.WriteLine($"{incidents.Count} incident(s)");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>"2024-03" for a date in March 2024; the year alone for coarser dates; "undated" without one.</summary>
    private static string Month(string? date)
    {
        if (IncidentDate.Parse(date) is not { YearUnknown: false } d)
        {
            return date is null ? "undated" : "year unknown";
        }

        var first = DateOnly.FromDayNumber(d.First);
        var last = DateOnly.FromDayNumber(d.Last);
        return first.Year == last.Year && first.Month == last.Month
            ? first.ToString("yyyy-MM", CultureInfo.InvariantCulture)
            : first.Year == last.Year ? first.Year.ToString(CultureInfo.InvariantCulture) : date!;
    }
}
