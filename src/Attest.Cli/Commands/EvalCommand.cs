using System.CommandLine;
using System.Globalization;
using Attest.Eval;
using Attest.Ingest;
using Attest.Linking;
using Attest.Model;
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

            var analysed = new List<(string Doc, DocumentAnalysis Analysis)>();
            foreach (var entry in SourceFinder.Expand([docsDir]))
            {
                var document = entry.Error is null ? DocumentReader.Read(entry.Path) : null;
                if (document is null || !document.Success)
                {
                    env.Error.WriteLine($"attest: {document?.Error ?? $"{entry.Path}: {entry.Error}"}");
                    failures++;
                    continue;
                }

                analysed.Add((Path.GetFileName(entry.Path), analyzer.Analyze(document.Value!.Text)));
            }

            var predicted = Link(analysed, Gazetteer.From(analyzer.Lexicons));

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

    /// <summary>Links the incidents of all documents as the store does (near-copies found from the texts,
    /// sides from issuers and publishers) and gives each predicted incident its cross-document cluster id.
    /// Reports that are not asserted or reported are not linked.</summary>
    private static List<PredictedDocument> Link(List<(string Doc, DocumentAnalysis Analysis)> analysed, Gazetteer gazetteer)
    {
        var index = new NearDuplicateIndex();
        var pairs = new List<NearDuplicate>();
        for (var d = 0; d < analysed.Count; d++)
        {
            var fingerprint = TextFingerprint.Of(analysed[d].Analysis.Text);
            pairs.AddRange(index.Find(d, fingerprint));
            index.Add(d, fingerprint);
        }

        var groups = NearDuplicateIndex.Groups(pairs);
        var reports = new List<LinkReport>();
        var positions = new List<(int Document, int Incident)>();
        for (var d = 0; d < analysed.Count; d++)
        {
            var analysis = analysed[d].Analysis;
            var document = new LinkDocument(
                d,
                analysed[d].Doc,
                analysis.Metadata.Publisher,
                analysis.Issuer?.Name,
                SourceSides.Of(analysis, gazetteer),
                groups.TryGetValue(d, out var group) ? group : d);
            for (var i = 0; i < analysis.Incidents.Length; i++)
            {
                if (analysis.Incidents[i].Modality is Modality.Asserted or Modality.Reported)
                {
                    reports.Add(new LinkReport(document, i, analysis.Incidents[i], analysis.Incidents[i].MissionOwner)
                    {
                        TargetPerson = gazetteer.Persons.Of(analysis, analysis.Incidents[i]),
                    });
                    positions.Add((d, i));
                }
            }
        }

        var linked = new IncidentLinker(gazetteer).Link(reports);
        var clusters = analysed.Select(a => new string?[a.Analysis.Incidents.Length]).ToList();
        for (var r = 0; r < positions.Count; r++)
        {
            clusters[positions[r].Document][positions[r].Incident] = "incident-" + linked.ClusterOf[r].ToString(CultureInfo.InvariantCulture);
        }

        return [.. analysed.Select((a, d) => new PredictedDocument(a.Doc, a.Analysis, [.. clusters[d]]))];
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
