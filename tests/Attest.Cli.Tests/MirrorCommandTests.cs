using System.Text.Json;

namespace Attest.Cli.Tests;

public sealed class MirrorCommandTests
{
    [Fact]
    public void Json_reports_every_document_and_the_rate()
    {
        using var temp = new TempFolder();
        temp.File("a.txt", "Norway condemned the attack on its embassy in Stockholm, the Norwegian ministry said on Monday.\n");
        temp.File("b.txt", "Swedish officials described the rally as an act of terrorism.\n");

        var run = CliRun.Of("mirror", "--docs", temp.Path, "--pair", "Norway:Sweden", "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal(2, root.GetProperty("total").GetInt32());
        Assert.Equal(2, root.GetProperty("documents").GetArrayLength());
        Assert.Equal(["Norway", "Sweden"], root.GetProperty("sides").EnumerateArray().Select(s => s.GetString()));
        var rate = root.GetProperty("rate").GetDouble();
        Assert.InRange(rate, 0.0, 1.0);
        Assert.Equal(rate, root.GetProperty("same").GetInt32() / 2.0);
        Assert.All(root.GetProperty("documents").EnumerateArray(), d => Assert.True(d.GetProperty("names").GetInt32() > 0));
    }

    [Fact]
    public void Table_on_the_samples_names_each_document()
    {
        var run = CliRun.Of("mirror", "--docs", Path.Combine(RepositoryPaths.Samples, "corpus"), "--lexicon",
            Path.Combine(RepositoryPaths.Samples, "lexicon.tsv"), "--pair", "Estravia:Kovaria");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("01_lirensk-courier_vienna-embassy.txt", run.Out);
        Assert.Contains("17 of 17 document(s) with the same structure (rate 1.000)", run.Out);
    }

    [Theory]
    [InlineData("Norway")]
    [InlineData("Norway:Atlantis")]
    public void A_bad_pair_is_one_line_and_exit_code_2(string pair)
    {
        using var temp = new TempFolder();
        temp.File("a.txt", "Norway and Sweden.\n");

        var run = CliRun.Of("mirror", "--docs", temp.Path, "--pair", pair);

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
    }
}
