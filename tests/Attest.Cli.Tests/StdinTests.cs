using Attest.Storage;

namespace Attest.Cli.Tests;

/// <summary><c>attest analyze -</c> reads one document from standard input.</summary>
public sealed class StdinTests
{
    [Fact]
    public void A_document_piped_to_standard_input_is_analysed_and_stored_as_stdin()
    {
        using var temp = new TempFolder();
        var store = temp.Combine("a.db");

        var (code, output, error) = CliProcess.Run(
            "Published: 12 March 2024\n\nBy Anna Varga\n\nThe delegation arrived in Geneva on Monday.\n",
            "analyze", "-", "--store", store);

        Assert.True(code == 0, error);
        Assert.Contains("1 added, 0 already stored, 0 failed", output);
        using var opened = SqliteStore.Open(store);
        var document = Assert.Single(opened.Documents());
        Assert.Equal("stdin", document.Provenance.Source);
        Assert.Equal(("text", "utf-8"), (document.Provenance.Format, document.Provenance.Encoding));
        Assert.Equal(("2024-03-12", "Anna Varga"), (document.Published, document.Author));
    }

    [Fact]
    public void Empty_standard_input_fails_in_one_line_with_exit_code_1()
    {
        var (code, _, error) = CliProcess.Run("", "analyze", "-", "--no-store");

        Assert.Equal(1, code);
        Assert.Equal("attest: stdin: empty file", error.Trim());
    }

    [Fact]
    public void Standard_input_larger_than_the_cap_is_refused_not_cut()
    {
        var (code, _, error) = CliProcess.Run(new string('a', 1024 * 1024 + 10), "analyze", "-", "--no-store", "--max-mb", "1");

        Assert.Equal(1, code);
        Assert.StartsWith("attest: stdin: too large (", error.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_is_read_once_only()
    {
        var run = CliRun.Of("analyze", "-", "-", "--no-store");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("standard input (-) can be read once only", run.Error);
    }
}
