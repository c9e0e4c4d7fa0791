using System.CommandLine;
using System.Collections.Immutable;
using System.Globalization;
using Attest.Eval;
using Attest.Ingest;
using Spectre.Console;

namespace Attest.Cli.Commands;

/// <summary><c>attest eval --docs DIR --gold DIR</c>: analyse documents in memory and score them against gold
/// annotations (precision, recall, F1 per category and for cross-document incident linking).</summary>
internal static class EvalCommand
{
    public static Command Create(CliEnvironment env)
    {
        var docs = new Option<string>("--docs") { Description = "folder of documents", Required = true, HelpName = "DIR" };
        var gold = new Option<string>("--gold") { Description = "folder of gold files (NAME.gold.json, docs/eval.md)", Required = true, HelpName = "DIR" };
        var json = new Option<bool>("--json") { Description = "print exactly one JSON object with every category, linking and micro scores" };
        var lexicon = CommonOptions.Lexicon();
        var command = new Command("eval", "Score the analyzer against gold annotations.") { docs, gold, json, lexicon };
        command.SetAction(result =>
        {
            var docsDir = result.GetValue(docs)!;
            var goldDir = result.GetValue(gold)!;
            foreach (var dir in new[] { docsDir, goldDir })
            {
                if (!Directory.Exists(dir))
                {
                    throw new CliException($"{dir}: no such folder");
                }
            }

            var analyzer = CommonOptions.BuildAnalyzer(result.GetValue(lexicon) ?? []);
            var failures = 0;
            var goldDocuments = new List<GoldDocument>();
            foreach (var path in Directory.GetFiles(goldDir, "*.gold.json").Order(StringComparer.Ordinal))
            {
                var parsed = GoldReader.Read(path);
                if (parsed.Success)
                {
                    goldDocuments.Add(parsed.Value!);
                }
                else
                {
                    env.Error.WriteLine($"attest: {parsed.Error}");
                    failures++;
                }
            }

            var predicted = new List<PredictedDocument>();
            foreach (var entry in SourceFinder.Expand([docsDir]))
            {
                var document = entry.Error is null ? DocumentReader.Read(entry.Path) : null;
                if (document is null || !document.Success)
                {
                    env.Error.WriteLine($"attest: {document?.Error ?? $"{entry.Path}: {entry.Error}"}");
                    failures++;
                    continue;
                }

                var analysis = analyzer.Analyze(document.Value!.Text);
                // Cross-document linking arrives with the incident linker; until then no incident is linked.
                var clusters = Enumerable.Repeat<string?>(null, analysis.Incidents.Length).ToImmutableArray();
                predicted.Add(new PredictedDocument(Path.GetFileName(entry.Path), analysis, clusters));
            }

            var report = Scorer.Score(goldDocuments, predicted);
            if (result.GetValue(json))
            {
                env.Out.WriteLine(EvalReportJson.Write(report));
            }
            else
            {
                env.Console.Write(Table(report));
                env.Console.WriteLine($"{predicted.Count} document(s), {goldDocuments.Count} gold file(s), analyzer {analyzer.Version}");
            }

            return failures > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
        });
        return command;
    }

    private static Table Table(EvalReport report)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("category");
        foreach (var heading in new[] { "precision", "recall", "F1", "tp", "fp", "fn" })
        {
            table.AddColumn(new TableColumn(heading).RightAligned());
        }

        void Row(string name, Score s) => table.AddRow(
            name,
            s.Precision.ToString("0.000", CultureInfo.InvariantCulture),
            s.Recall.ToString("0.000", CultureInfo.InvariantCulture),
            s.F1.ToString("0.000", CultureInfo.InvariantCulture),
            s.TruePositives.ToString(CultureInfo.InvariantCulture),
            s.FalsePositives.ToString(CultureInfo.InvariantCulture),
            s.FalseNegatives.ToString(CultureInfo.InvariantCulture));

        foreach (var category in report.Categories)
        {
            Row(category.Name, category.Score);
        }

        table.AddEmptyRow();
        Row("linking", report.Linking);
        Row("micro", report.Micro);
        return table;
    }
}
