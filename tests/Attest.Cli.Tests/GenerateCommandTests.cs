namespace Attest.Cli.Tests;

public sealed class GenerateCommandTests
{
    [Fact]
    public void The_same_seed_writes_the_same_corpus()
    {
        using var temp = new TempFolder();

        var first = CliRun.Of("generate", "--out", temp.Combine("a"), "--megabytes", "1", "--seed", "7");
        var second = CliRun.Of("generate", "--out", temp.Combine("b"), "--megabytes", "1", "--seed", "7");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        var a = Directory.GetFiles(temp.Combine("a"), "*.txt", SearchOption.AllDirectories).Order().ToArray();
        var b = Directory.GetFiles(temp.Combine("b"), "*.txt", SearchOption.AllDirectories).Order().ToArray();
        Assert.Equal(a.Length, b.Length);
        Assert.True(a.Length > 50);
        Assert.Equal(File.ReadAllText(a[^1]), File.ReadAllText(b[^1]));
        Assert.True(a.Sum(f => new FileInfo(f).Length) >= 1024 * 1024);
    }

    [Fact]
    public void A_generated_corpus_analyses_without_failures()
    {
        using var temp = new TempFolder();
        CliRun.Of("generate", "--out", temp.Combine("corpus"), "--megabytes", "1");

        var run = CliRun.Of("analyze", temp.Combine("corpus"), "--no-store");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Error);
    }
}
