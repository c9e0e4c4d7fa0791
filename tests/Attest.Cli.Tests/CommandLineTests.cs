namespace Attest.Cli.Tests;

public sealed class CommandLineTests
{
    [Theory]
    [InlineData("analyze")]
    [InlineData("documents")]
    [InlineData("show")]
    [InlineData("search")]
    [InlineData("eval")]
    [InlineData("generate")]
    public void Every_command_has_help(string command)
    {
        var run = CliRun.Of(command, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Out);
        Assert.Contains(command, run.Out);
    }

    [Fact]
    public void Root_help_lists_every_command()
    {
        var run = CliRun.Of("--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var command in new[] { "analyze", "documents", "show", "search", "eval", "generate" })
        {
            Assert.Contains(command, run.Out);
        }
    }

    [Fact]
    public void Unknown_command_is_one_line_and_exit_code_2()
    {
        var run = CliRun.Of("frobnicate");

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.StartsWith("attest: error:", run.ErrorLines[0]);
    }

    [Fact]
    public void Missing_required_option_is_one_line_naming_the_help()
    {
        var run = CliRun.Of("eval", "--docs", "x");

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.Contains("attest eval --help", run.ErrorLines[0]);
    }

    [Fact]
    public void Reading_commands_refuse_a_store_that_does_not_exist()
    {
        using var temp = new TempFolder();

        var run = CliRun.Of("documents", "--store", temp.Combine("none.db"));

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.Contains("none.db", run.ErrorLines[0]);
        Assert.False(File.Exists(temp.Combine("none.db")));
    }

    [Fact]
    public void Store_path_comes_from_the_environment_when_no_option_is_given()
    {
        using var temp = new TempFolder();
        var doc = temp.File("a.txt", "The delegation arrived in Geneva on Monday.");
        var store = temp.Combine("env.db");

        var run = CliRun.With(name => name == "ATTEST_STORE" ? store : null, "analyze", doc);

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(store));
    }

    [Fact]
    public void Threads_below_one_are_refused()
    {
        using var temp = new TempFolder();
        var doc = temp.File("a.txt", "Text.");

        var run = CliRun.Of("analyze", doc, "--threads", "0", "--no-store");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--threads", run.Error);
    }
}
