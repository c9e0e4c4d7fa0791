namespace Attest.Cli.Tests;

public sealed class TimelineCommandTests : IDisposable
{
    private readonly IncidentTestStore store = new();

    public void Dispose() => store.Dispose();

    [Fact]
    public void Timeline_lists_incidents_by_date_under_their_month()
    {
        var run = store.Run("timeline");

        Assert.Equal(0, run.ExitCode);
        var battle = run.Out.IndexOf("battles / military", StringComparison.Ordinal);
        var shelling = run.Out.IndexOf("explosions_remote_violence", StringComparison.Ordinal);
        var riot = run.Out.IndexOf("riots / diplomatic_premises", StringComparison.Ordinal);
        Assert.True(battle >= 0 && battle < shelling && shelling < riot, run.Out);
        Assert.Single(run.Out.Split('\n'), line => line.Contains("│ 2024-03 ", StringComparison.Ordinal));
        Assert.Contains("│ 1998 ", run.Out);
    }

    [Fact]
    public void Timeline_takes_the_same_filters_as_incidents()
    {
        var run = store.Run("timeline", "--country", "XV");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 incident(s)", run.Out);
    }
}
