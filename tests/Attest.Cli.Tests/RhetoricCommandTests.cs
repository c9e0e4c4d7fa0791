using System.Text.Json;

namespace Attest.Cli.Tests;

public sealed class RhetoricCommandTests
{
    private const string Statement =
        "Published: 3 March 2024\n\nAs representatives of NGOs of Norway, we condemn the barbaric shelling of the village by the aggressor.\n\n" +
        "“These fanatics must be stopped,” Foreign Minister Jane Doe said.\n";

    [Fact]
    public void Json_has_one_row_per_speaker_and_kind_with_an_example()
    {
        using var temp = new TempFolder();
        var store = temp.Combine("attest.db");
        CliRun.Of("analyze", temp.File("statement.txt", Statement), "--store", store);

        var run = CliRun.Of("rhetoric", "--store", store, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var rows = json.RootElement.EnumerateArray().ToList();
        var fanatics = Assert.Single(rows, r => r.GetProperty("kind").GetString() == "extremism_label");
        Assert.Equal("Jane Doe", fanatics.GetProperty("speaker").GetString());
        Assert.Equal(1, fanatics.GetProperty("count").GetInt32());
        Assert.Equal("fanatics", fanatics.GetProperty("example").GetProperty("text").GetString());
        Assert.Contains(rows, r => r.GetProperty("kind").GetString() == "intensifier");
        Assert.Contains(rows, r => r.GetProperty("kind").GetString() == "aggression_label");
    }

    [Theory]
    [InlineData("--kind", "intensifier", 1)]
    [InlineData("--speaker", "jane", 1)]
    [InlineData("--from", "2025-01-01", 0)]
    [InlineData("--to", "2024-03", 3)]
    public void Filters_rows(string option, string value, int expected)
    {
        using var temp = new TempFolder();
        var store = temp.Combine("attest.db");
        CliRun.Of("analyze", temp.File("statement.txt", Statement), "--store", store);

        var run = CliRun.Of("rhetoric", "--store", store, "--json", option, value);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(expected, json.RootElement.GetArrayLength());
    }

    [Fact]
    public void Table_shows_speakers_kinds_and_examples()
    {
        using var temp = new TempFolder();
        var store = temp.Combine("attest.db");
        CliRun.Of("analyze", temp.File("statement.txt", Statement), "--store", store);

        var run = CliRun.Of("rhetoric", "--store", store);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Jane Doe", run.Out);
        Assert.Contains("extremism_label", run.Out);
        Assert.Contains("1 «fanatics»", run.Out);
    }

    [Fact]
    public void Control_characters_from_a_document_are_not_written_to_the_terminal()
    {
        using var temp = new TempFolder();
        var store = temp.Combine("attest.db");
        CliRun.Of("analyze", temp.File("statement.txt", "The \u001b[31mradicals\u001b[0m attacked the gate.\n"), "--store", store);

        var run = CliRun.Of("rhetoric", "--store", store);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain('\u001b', run.Out);
    }

    [Theory]
    [InlineData("--kind", "slur")]
    [InlineData("--from", "March 2024")]
    public void A_bad_filter_is_one_line_and_exit_code_2(string option, string value)
    {
        using var temp = new TempFolder();
        var store = temp.Combine("attest.db");
        CliRun.Of("analyze", temp.File("statement.txt", Statement), "--store", store);

        var run = CliRun.Of("rhetoric", "--store", store, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
    }
}
