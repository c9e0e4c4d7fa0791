namespace Attest.Cli.Tests;

public sealed class ReadingCommandsTests
{
    [Fact]
    public void Show_prints_the_text_a_legend_and_the_item_table()
    {
        using var temp = new TempFolder();
        var doc = temp.File("report.txt", "The delegation arrived in Geneva on Monday.\n\nTalks resume tomorrow.\n");
        var store = temp.Combine("a.db");
        CliRun.Of("analyze", doc, "--store", store);

        var run = CliRun.Of("show", "1", "--store", store);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("legend:", run.Out);
        Assert.Contains("The delegation arrived in {Geneva|place}", run.Out);
        Assert.Contains("extracted items", run.Out);
        Assert.Matches(@"place\s+│\s+Geneva\s+│\s+Geneva \(CH\)", run.Out);
    }

    [Fact]
    public void Show_finds_a_document_by_file_name_and_by_hash_prefix()
    {
        using var temp = new TempFolder();
        var doc = temp.File("report.txt", "The delegation arrived in Geneva on Monday.");
        var store = temp.Combine("a.db");
        CliRun.Of("analyze", doc, "--store", store);
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(doc)));

        Assert.Equal(0, CliRun.Of("show", "report.txt", "--store", store).ExitCode);
        Assert.Equal(0, CliRun.Of("show", hash[..8], "--store", store).ExitCode);
    }

    [Fact]
    public void Show_escapes_markup_in_document_text()
    {
        using var temp = new TempFolder();
        var doc = temp.File("markup.txt", "The sign read [red]danger[/] and [bold] twice.");
        var store = temp.Combine("a.db");
        CliRun.Of("analyze", doc, "--store", store);

        var run = CliRun.Of("show", "1", "--store", store);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("[red]danger[/]", run.Out);
    }

    [Fact]
    public void Show_of_an_unknown_document_is_one_line_and_exit_code_2()
    {
        using var temp = new TempFolder();
        var doc = temp.File("report.txt", "Text here.");
        var store = temp.Combine("a.db");
        CliRun.Of("analyze", doc, "--store", store);

        var run = CliRun.Of("show", "999", "--store", store);

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.Contains("999", run.ErrorLines[0]);
    }

    [Fact]
    public void Show_json_prints_the_stored_analysis()
    {
        using var temp = new TempFolder();
        var doc = temp.File("report.txt", "Text here.");
        var store = temp.Combine("a.db");
        CliRun.Of("analyze", doc, "--store", store);

        var run = CliRun.Of("show", "1", "--store", store, "--json");

        using var json = System.Text.Json.JsonDocument.Parse(run.Out);
        Assert.Equal("Text here.", json.RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public void Search_finds_documents_by_their_words()
    {
        using var temp = new TempFolder();
        temp.File("docs/a.txt", "Shelling hit the border village at dawn.");
        temp.File("docs/b.txt", "The ministry welcomed the ceasefire agreement.");
        var store = temp.Combine("a.db");
        CliRun.Of("analyze", temp.Combine("docs"), "--store", store);

        var run = CliRun.Of("search", "ceasefire", "--store", store);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("b.txt", run.Out);
        Assert.DoesNotContain("a.txt", run.Out);
        Assert.Contains("1 hit(s)", run.Out);
    }

    [Theory]
    [InlineData("\"; DROP TABLE documents; --")]
    [InlineData("NEAR(")]
    [InlineData("border OR")]
    [InlineData("*")]
    public void Search_treats_hostile_input_as_words(string query)
    {
        using var temp = new TempFolder();
        temp.File("docs/a.txt", "Shelling hit the border village at dawn.");
        var store = temp.Combine("a.db");
        CliRun.Of("analyze", temp.Combine("docs"), "--store", store);

        var run = CliRun.Of("search", query, "--store", store);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 document(s)", CliRun.Of("documents", "--store", store).Out);
    }
}
