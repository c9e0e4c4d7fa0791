using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Spectre.Console;

namespace Attest.Cli.Commands;

using Text = Spectre.Console.Text;

/// <summary><c>attest documents</c>: what the store holds, with provenance.</summary>
internal static class DocumentsCommand
{
    public static Command Create(CliEnvironment env)
    {
        var store = CommonOptions.Store();
        var json = CommonOptions.Json();
        var command = new Command("documents", "List the stored documents with their provenance.") { store, json };
        command.SetAction(result =>
        {
            using var db = CommonOptions.OpenExistingStore(CommonOptions.StorePath(result, store, env));
            var documents = db.Documents();
            if (result.GetValue(json))
            {
                var rows = documents.Select(d => new Dictionary<string, object?>
                {
                    ["id"] = d.Id,
                    ["source"] = d.Provenance.Source,
                    ["sha256"] = d.Provenance.Sha256,
                    ["bytes"] = d.Provenance.Bytes,
                    ["format"] = d.Provenance.Format,
                    ["encoding"] = d.Provenance.Encoding,
                    ["ingested_at"] = d.Provenance.IngestedAt.ToString("O", CultureInfo.InvariantCulture),
                    ["retrieved_at"] = d.Provenance.RetrievedAt?.ToString("O", CultureInfo.InvariantCulture),
                    ["reader"] = d.Provenance.Reader,
                    ["removed"] = d.Provenance.Removed.Select(r => new Dictionary<string, object> { ["start"] = r.Start, ["at"] = r.At, ["text"] = r.Text, ["rule"] = r.Rule }).ToList(),
                    ["title"] = d.Title,
                    ["published"] = d.Published,
                    ["publisher"] = d.Publisher,
                    ["author"] = d.Author,
                });
                env.Out.WriteLine(JsonSerializer.Serialize(rows, new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
                return ExitCodes.Ok;
            }

            var table = new Table().Border(TableBorder.Rounded);
            foreach (var heading in new[] { "id", "source", "sha256", "bytes", "encoding", "published", "publisher", "ingested" })
            {
                table.AddColumn(heading);
            }

            foreach (var d in documents)
            {
                table.AddRow(
                    new Text(d.Id.ToString(CultureInfo.InvariantCulture)),
                    new Text(d.Provenance.Source),
                    new Text(d.Provenance.Sha256[..12]),
                    new Text(d.Provenance.Bytes.ToString(CultureInfo.InvariantCulture)),
                    new Text(d.Provenance.Encoding),
                    new Text(d.Published ?? "—"),
                    new Text(d.Publisher ?? "—"),
                    new Text(d.Provenance.IngestedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)));
            }

            env.Console.Write(table);
            env.Console.WriteLine($"{documents.Count} document(s)");
            return ExitCodes.Ok;
        });
        return command;
    }
}
