using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Attest.Ingest;
using Attest.Mirror;
using Spectre.Console;

namespace Attest.Cli.Commands;

using Text = Spectre.Console.Text;

/// <summary><c>attest mirror --docs DIR --pair A:B</c>: analyse every document as written and with the paired
/// sides' names swapped, and report whether the two analyses have the same structure (docs/rhetoric.md).</summary>
internal static class MirrorCommand
{
    private const int ShownDifferences = 6;

    public static Command Create(CliEnvironment env)
    {
        var docs = new Option<string>("--docs") { Description = "folder of documents", Required = true, HelpName = "DIR" };
        var pairs = new Option<string[]>("--pair")
        {
            Description = "two sides to swap, A:B (country names, aliases or ISO codes); repeatable, each side once",
            Required = true,
            HelpName = "A:B",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        var json = new Option<bool>("--json") { Description = "print one JSON object with every document and the overall rate" };
        var lexicon = CommonOptions.Lexicon();
        var command = new Command("mirror", "Swap the names of two sides in every document and check the analysis treats both alike.")
        {
            docs, pairs, json, lexicon,
        };
        command.SetAction(result =>
        {
            var docsDir = result.GetValue(docs)!;
            if (!Directory.Exists(docsDir))
            {
                throw new CliException($"{docsDir}: no such folder");
            }

            var analyzer = CommonOptions.BuildAnalyzer(result.GetValue(lexicon) ?? []);
            var swap = NameSwap.Create(analyzer.Lexicons, result.GetValue(pairs) ?? []);
            if (!swap.Success)
            {
                throw new CliException(swap.Error!);
            }

            var test = new MirrorTest(analyzer, swap.Value!);
            var results = new List<MirrorResult>();
            var failures = 0;
            foreach (var entry in SourceFinder.Expand([docsDir]))
            {
                var document = entry.Error is null ? DocumentReader.Read(entry.Path) : null;
                if (document is null || !document.Success)
                {
                    env.Error.WriteLine($"attest: {document?.Error ?? $"{entry.Path}: {entry.Error}"}");
                    failures++;
                    continue;
                }

                results.Add(test.Run(Path.GetFileName(entry.Path), document.Value!.Text));
            }

            var rate = MirrorTest.Rate(results);
            if (result.GetValue(json))
            {
                env.Out.WriteLine(Json(swap.Value!, results, rate));
            }
            else
            {
                env.Console.Write(Table(results));
                env.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{results.Count(r => r.Same)} of {results.Count} document(s) with the same structure (rate {rate:0.000})"));
            }

            return failures > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
        });
        return command;
    }

    private static Table Table(List<MirrorResult> results)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("document");
        table.AddColumn(new TableColumn("names").RightAligned());
        table.AddColumn("same");
        table.AddColumn("differences (- original only, + swapped only)");
        foreach (var r in results)
        {
            var lines = r.OnlyOriginal.Select(l => "- " + l).Concat(r.OnlySwapped.Select(l => "+ " + l)).ToList();
            var shown = string.Join("\n", lines.Take(ShownDifferences).Select(Plain));
            if (lines.Count > ShownDifferences)
            {
                shown += string.Create(CultureInfo.InvariantCulture, $"\n… {lines.Count - ShownDifferences} more");
            }

            table.AddRow(
                new Text(Plain(r.Document)),
                new Text(r.Names.ToString(CultureInfo.InvariantCulture)),
                new Text(r.Same ? "yes" : "NO"),
                new Text(shown));
        }

        return table;
    }

    private static string Json(NameSwap swap, List<MirrorResult> results, double rate)
    {
        var root = new Dictionary<string, object?>
        {
            ["sides"] = swap.Sides.Select(s => s.Name).ToList(),
            ["documents"] = results.Select(r => new Dictionary<string, object?>
            {
                ["document"] = r.Document,
                ["names"] = r.Names,
                ["same"] = r.Same,
                ["only_original"] = r.OnlyOriginal,
                ["only_swapped"] = r.OnlySwapped,
            }).ToList(),
            ["same"] = results.Count(r => r.Same),
            ["total"] = results.Count,
            ["rate"] = rate,
        };
        return JsonSerializer.Serialize(root, new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>Text from documents shown in a terminal: control characters (escape sequences) made visible.</summary>
    private static string Plain(string value) =>
        string.Create(value.Length, value, static (span, v) =>
        {
            for (var i = 0; i < v.Length; i++)
            {
                span[i] = char.IsControl(v[i]) && v[i] != '\n' ? '\uFFFD' : v[i];
            }
        });
}
