using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Attest.Json;
using Attest.Model;
using Attest.Rhetoric;
using Spectre.Console;

namespace Attest.Cli.Commands;

using Text = Spectre.Console.Text;

/// <summary><c>attest rhetoric</c>: who used which loaded labels, from the analyses in the store — a table of
/// speakers × kinds with counts and one example each (docs/rhetoric.md).</summary>
internal static class RhetoricCommand
{
    private const int ExampleLength = 48;

    public static Command Create(CliEnvironment env)
    {
        var store = CommonOptions.Store();
        var json = CommonOptions.Json();
        var speaker = new Option<string?>("--speaker") { Description = "only speakers whose name contains this text", HelpName = "TEXT" };
        var side = new Option<string?>("--side") { Description = "only speakers of this country (ISO code, e.g. AZ)", HelpName = "CODE" };
        var kind = new Option<string?>("--kind") { Description = "only this kind (terror_label, extremism_label, dehumanising, aggression_label, atrocity_label, disinformation_label, intensifier, other)", HelpName = "KIND" };
        var from = new Option<string?>("--from") { Description = "only documents published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)", HelpName = "DATE" };
        var to = new Option<string?>("--to") { Description = "only documents published on or before this date", HelpName = "DATE" };
        var all = new Option<bool>("--all") { Description = "also count negated, hypothetical, denied and distanced labels" };
        var command = new Command("rhetoric", "Loaded language by speaker and kind, from the stored analyses.")
        {
            store, json, speaker, side, kind, from, to, all,
        };
        command.SetAction(result =>
        {
            LoadedKind? wantedKind = null;
            if (result.GetValue(kind) is { } kindName)
            {
                if (!Enum.TryParse<LoadedKind>(kindName.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
                {
                    throw new CliException($"--kind \"{kindName}\": expected one of {string.Join(", ", Enum.GetValues<LoadedKind>().Select(SnakeCase))}");
                }

                wantedKind = parsed;
            }

            foreach (var date in new[] { result.GetValue(from), result.GetValue(to) })
            {
                if (date is not null && !IsDate(date))
                {
                    throw new CliException($"date \"{date}\": expected YYYY, YYYY-MM or YYYY-MM-DD");
                }
            }

            var filter = new RhetoricFilter(result.GetValue(speaker), result.GetValue(side), wantedKind, result.GetValue(from), result.GetValue(to), result.GetValue(all));
            using var db = CommonOptions.OpenExistingStore(CommonOptions.StorePath(result, store, env));
            var analyses = new List<(string, DocumentAnalysis)>();
            foreach (var document in db.Documents())
            {
                if (db.AnalysisJson(document.Id) is not { } stored || AnalysisJson.Read(stored) is not { Success: true } read)
                {
                    continue;
                }

                var analysis = read.Value!;
                if (analysis.Metadata.Published is null && document.Published is not null)
                {
                    analysis = analysis with { Metadata = analysis.Metadata with { Published = document.Published } };
                }

                analyses.Add((Path.GetFileName(document.Provenance.Source), analysis));
            }

            var rows = RhetoricTally.Count(analyses, filter);
            if (result.GetValue(json))
            {
                env.Out.WriteLine(Json(rows));
            }
            else
            {
                env.Console.Write(Table(rows));
                env.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{rows.Select(r => r.Speaker).Distinct(StringComparer.Ordinal).Count()} speaker(s), {rows.Sum(r => r.Count)} label(s) in {analyses.Count} document(s)"));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Table Table(IReadOnlyList<RhetoricRow> rows)
    {
        var kinds = rows.Select(r => r.Kind).Distinct().Order().ToList();
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("speaker");
        table.AddColumn("side");
        foreach (var kind in kinds)
        {
            table.AddColumn(SnakeCase(kind));
        }

        foreach (var group in rows.GroupBy(r => r.Speaker, StringComparer.Ordinal))
        {
            var cells = new List<Text> { new(Plain(group.Key)), new(Plain(group.Select(r => r.Side).FirstOrDefault(s => s is not null) ?? "—")) };
            foreach (var kind in kinds)
            {
                var row = group.FirstOrDefault(r => r.Kind == kind);
                cells.Add(new Text(row is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"{row.Count} «{Plain(Short(row.Example))}»")));
            }

            table.AddRow(cells);
        }

        return table;
    }

    private static string Json(IEnumerable<RhetoricRow> rows) =>
        JsonSerializer.Serialize(
            rows.Select(r => new Dictionary<string, object?>
            {
                ["speaker"] = r.Speaker,
                ["side"] = r.Side,
                ["kind"] = SnakeCase(r.Kind),
                ["count"] = r.Count,
                ["example"] = new Dictionary<string, object?> { ["document"] = r.Document, ["text"] = r.Example },
            }),
            new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static string SnakeCase(LoadedKind kind)
    {
        var name = kind.ToString();
        var builder = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }

    private static bool IsDate(string value) =>
        value.Length is 4 or 7 or 10
        && value.Select((c, i) => i is 4 or 7 ? c == '-' : char.IsAsciiDigit(c)).All(ok => ok);

    private static string Short(string value) => value.Length <= ExampleLength ? value : value[..(ExampleLength - 1)] + "…";

    /// <summary>Text from documents shown in a terminal: control characters (escape sequences) made visible.</summary>
    private static string Plain(string value) =>
        string.Create(value.Length, value, static (span, v) =>
        {
            for (var i = 0; i < v.Length; i++)
            {
                span[i] = char.IsControl(v[i]) ? '\uFFFD' : v[i];
            }
        });
}
