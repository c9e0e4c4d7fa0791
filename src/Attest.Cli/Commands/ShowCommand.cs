using Spectre.Console;
using System.CommandLine;
using Attest.Cli.Rendering;
using Attest.Json;

namespace Attest.Cli.Commands;

/// <summary><c>attest show DOC</c>: a stored document's text with every extracted item highlighted, and the labels
/// it uses for each incident it reports beside the labels of the other accounts of that incident.</summary>
internal static class ShowCommand
{
    public static Command Create(CliEnvironment env)
    {
        var reference = new Argument<string>("DOC") { Description = "document id, sha256 prefix (6+ hex digits), or source path / file name" };
        var store = CommonOptions.Store();
        var json = new Option<bool>("--json") { Description = "print the stored analysis as JSON (docs/schema.md)" };
        var command = new Command("show", "Show a document's text with every extracted item highlighted, a legend, the item list and the labels it uses for each incident beside the other accounts'.")
        {
            reference, store, json,
        };
        command.SetAction(result =>
        {
            using var db = CommonOptions.OpenExistingStore(CommonOptions.StorePath(result, store, env));
            var wanted = result.GetValue(reference)!;
            var document = db.Find(wanted) ?? throw new CliException($"no stored document matches \"{wanted}\" (see `attest documents`)");
            var stored = db.AnalysisJson(document.Id) ?? throw new CliException($"document {document.Id} has no analysis; run `attest analyze` on it again");
            if (result.GetValue(json))
            {
                env.Out.WriteLine(stored);
                return ExitCodes.Ok;
            }

            var analysis = AnalysisJson.Read(stored);
            if (!analysis.Success)
            {
                throw new CliException($"document {document.Id}: {analysis.Error}");
            }

            var labels = LabelsView.ForDocument(document.Id, analysis.Value!, db.IncidentsOf(document.Id), new StoredLabels(db));
            foreach (var renderable in AnalysisView.Render($"#{document.Id} {document.Provenance.Source}", analysis.Value!, env.Interactive).Concat(labels))
            {
                env.Console.Write(renderable);
                env.Console.WriteLine();
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
