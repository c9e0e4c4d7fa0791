using System.Text.Json;

namespace Attest.Cli.Tests;

public sealed class EvalCommandTests
{
    private static readonly string[] Categories =
        ["persons", "organizations", "places", "times", "figures", "legal", "quotes", "demands", "incidents", "loaded"];

    [Fact]
    public void Json_on_the_shared_seeds_is_exactly_one_object_with_every_category()
    {
        var docs = Path.Combine(RepositoryPaths.Shared, "corpus", "seeds");
        var gold = Path.Combine(RepositoryPaths.Shared, "eval", "seeds");

        var run = CliRun.Of("eval", "--docs", docs, "--gold", gold, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal(["categories", "linking", "micro"], root.EnumerateObject().Select(p => p.Name));
        foreach (var category in Categories)
        {
            var score = root.GetProperty("categories").GetProperty(category);
            Assert.Equal(["precision", "recall", "f1", "tp", "fp", "fn"], score.EnumerateObject().Select(p => p.Name));
        }

        Assert.True(root.GetProperty("micro").GetProperty("fn").GetInt32() > 0);
    }

    [Fact]
    public void Table_lists_every_category_linking_and_micro()
    {
        var docs = Path.Combine(RepositoryPaths.Shared, "corpus", "seeds");
        var gold = Path.Combine(RepositoryPaths.Shared, "eval", "seeds");

        var run = CliRun.Of("eval", "--docs", docs, "--gold", gold);

        Assert.Equal(0, run.ExitCode);
        foreach (var category in Categories.Append("linking").Append("micro"))
        {
            Assert.Contains(category, run.Out);
        }
    }

    [Fact]
    public void A_missing_folder_is_one_line_and_exit_code_2()
    {
        var run = CliRun.Of("eval", "--docs", "no-such-folder", "--gold", "no-such-gold");

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.Contains("no-such-folder", run.ErrorLines[0]);
    }
}
