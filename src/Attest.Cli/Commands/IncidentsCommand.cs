using System.CommandLine;
using System.Globalization;
using Attest.Json;
using Attest.Lexicons;
using Attest.Linking;
using Attest.Model;
using Attest.Storage;
using Spectre.Console;

namespace Attest.Cli.Commands;

using Text = Spectre.Console.Text;

/// <summary><c>attest incidents</c>: the cross-document incidents in the store, filtered by country, date range,
/// event type and target. Also holds what the incident commands share: their filter options, the gazetteer and
/// the short forms of values.</summary>
internal static class IncidentsCommand
{
    public static Command Create(CliEnvironment env)
    {
        var filters = new Filters();
        var store = CommonOptions.Store();
        var lexicon = CommonOptions.Lexicon();
        var json = CommonOptions.Json();
        var command = new Command("incidents", "List incidents linked across documents, with how many independent sources tell of each and where they conflict.")
        {
            store, lexicon, json,
        };
        filters.AddTo(command);
        command.SetAction(result =>
        {
            using var db = CommonOptions.OpenExistingStore(CommonOptions.StorePath(result, store, env));
            var incidents = db.Incidents(filters.Query(result), Gazetteer(result.GetValue(lexicon)));
            if (result.GetValue(json))
            {
                env.Out.WriteLine(ExportCommand.Json(incidents));
                return ExitCodes.Ok;
            }

            var table = new Table().Border(TableBorder.Rounded);
            foreach (var heading in new[] { "id", "date", "type", "target", "place", "countries", "accounts", "sources", "sides", "contradictions" })
            {
                table.AddColumn(heading);
            }

            foreach (var (id, incident) in incidents)
            {
                table.AddRow(
                    new Text(id.ToString(CultureInfo.InvariantCulture)),
                    new Text(incident.Date ?? "—"),
                    new Text(JsonNames.Of(incident.EventType)),
                    new Text(incident.Target is { } t ? JsonNames.Of(t) : "—"),
                    new Text(incident.Place ?? "—"),
                    new Text(string.Join(" ", incident.Countries)),
                    new Text(incident.Corroboration.Accounts.ToString(CultureInfo.InvariantCulture)),
                    new Text(incident.Corroboration.Sources.ToString(CultureInfo.InvariantCulture)),
                    new Text(Sides(incident.Corroboration)),
                    incident.Contradictions.IsEmpty
                        ? new Text("—")
                        : new Markup("[red]" + Markup.Escape(string.Join(", ", incident.Contradictions.Select(c => Name(c.Attribute)))) + "[/]"));
            }

            env.Console.Write(table);
            env.Console.WriteLine($"{incidents.Count} incident(s)");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The gazetteer of the bundled lexicons plus the user's <c>--lexicon</c> files.</summary>
    public static Gazetteer Gazetteer(string[]? lexicons)
    {
        var set = LexiconSet.Bundled;
        foreach (var path in lexicons ?? [])
        {
            if (!File.Exists(path))
            {
                throw new CliException($"{path}: no such lexicon file");
            }

            using var reader = File.OpenText(path);
            var parsed = LexiconFile.Parse(reader, Path.GetFileName(path));
            if (!parsed.Success)
            {
                throw new CliException(parsed.Error!);
            }

            set = set.With(parsed.Value);
        }

        return Linking.Gazetteer.From(set);
    }

    /// <summary>"XE 2, XV 1": independent sources per side.</summary>
    public static string Sides(Corroboration corroboration) =>
        corroboration.Sides.IsEmpty ? "—" : string.Join(", ", corroboration.Sides.Select(s => $"{s.Side} {s.Sources.ToString(CultureInfo.InvariantCulture)}"));

    public static string Name(IncidentAttribute attribute) => attribute switch
    {
        IncidentAttribute.Date => "date",
        IncidentAttribute.Place => "place",
        IncidentAttribute.Killed => "killed",
        IncidentAttribute.Injured => "injured",
        IncidentAttribute.Perpetrator => "perpetrator",
        _ => "motive",
    };

    /// <summary>The filter options the listing, timeline and export commands share.</summary>
    public sealed class Filters
    {
        private readonly Option<string?> country = new("--country") { Description = "only incidents in this country (ISO 3166-1 alpha-2 code)", HelpName = "CODE" };
        private readonly Option<string?> from = new("--from") { Description = "only incidents on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)", HelpName = "DATE" };
        private readonly Option<string?> to = new("--to") { Description = "only incidents on or before this date (YYYY, YYYY-MM or YYYY-MM-DD)", HelpName = "DATE" };
        private readonly Option<string?> type = new("--type") { Description = "only this event type: " + string.Join(", ", Enum.GetValues<EventType>().Select(v => JsonNames.Of(v))), HelpName = "TYPE" };
        private readonly Option<string?> target = new("--target") { Description = "only this target: " + string.Join(", ", Enum.GetValues<TargetCategory>().Select(v => JsonNames.Of(v))), HelpName = "TARGET" };

        public void AddTo(Command command)
        {
            command.Options.Add(country);
            command.Options.Add(from);
            command.Options.Add(to);
            command.Options.Add(type);
            command.Options.Add(target);
        }

        public IncidentQuery Query(ParseResult result)
        {
            var fromValue = Date(result.GetValue(from), "--from");
            var toValue = Date(result.GetValue(to), "--to");
            EventType? eventType = null;
            if (result.GetValue(type) is { } typeName)
            {
                eventType = JsonNames.TryParse<EventType>(typeName.Trim(), out var parsed)
                    ? parsed
                    : throw new CliException($"--type: unknown event type \"{typeName}\"; expected one of {string.Join(", ", Enum.GetValues<EventType>().Select(v => JsonNames.Of(v)))}");
            }

            TargetCategory? targetCategory = null;
            if (result.GetValue(target) is { } targetName)
            {
                targetCategory = JsonNames.TryParse<TargetCategory>(targetName.Trim(), out var parsed)
                    ? parsed
                    : throw new CliException($"--target: unknown target \"{targetName}\"; expected one of {string.Join(", ", Enum.GetValues<TargetCategory>().Select(v => JsonNames.Of(v)))}");
            }

            var code = result.GetValue(country)?.Trim();
            if (code is not null && (code.Length != 2 || !char.IsAsciiLetter(code[0]) || !char.IsAsciiLetter(code[1])))
            {
                throw new CliException($"--country: \"{code}\" is not a two-letter ISO 3166-1 code");
            }

            return new IncidentQuery(code, fromValue, toValue, eventType, targetCategory);
        }

        private static string? Date(string? value, string option)
        {
            if (value is null)
            {
                return null;
            }

            return IncidentDate.Parse(value) is { YearUnknown: false }
                ? value.Trim()
                : throw new CliException($"{option}: \"{value}\" is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD");
        }
    }
}
