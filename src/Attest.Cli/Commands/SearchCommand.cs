using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace Attest.Cli.Commands;

using Text = Spectre.Console.Text;

/// <summary><c>attest search QUERY</c>: full-text search over the stored documents.</summary>
internal static class SearchCommand
{
    public static Command Create(CliEnvironment env)
    {
        var query = new Argument<string[]>("QUERY") { Description = "words to find; \"quoted words\" find an exact phrase", Arity = ArgumentArity.OneOrMore };
        var store = CommonOptions.Store();
        var limit = new Option<int>("--limit") { Description = "most hits to show", DefaultValueFactory = _ => 20, HelpName = "N" };
        var command = new Command("search", "Search the text of stored documents (ranked, with snippets).") { query, store, limit };
        command.SetAction(result =>
        {
            using var db = CommonOptions.OpenExistingStore(CommonOptions.StorePath(result, store, env));
            var text = string.Join(' ', result.GetValue(query)!);
            var hits = db.Search(text, Math.Max(1, result.GetValue(limit)));
            var table = new Table().Border(TableBorder.Rounded);
            table.AddColumn("id");
            table.AddColumn("source");
            table.AddColumn("snippet");
            foreach (var hit in hits)
            {
                table.AddRow(
                    new Text(hit.DocumentId.ToString(CultureInfo.InvariantCulture)),
                    new Text(Path.GetFileName(hit.Source)),
                    new Text(hit.Snippet.ReplaceLineEndings(" ")));
            }

            env.Console.Write(table);
            env.Console.WriteLine($"{hits.Count} hit(s) for {text}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
