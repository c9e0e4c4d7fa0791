using System.Text.Json;

namespace Attest.Cli.Tests;

/// <summary>The bundled samples, analysed into a store, show the cross-document record at work: an incident
/// whose sources contradict each other and one that several independent sources corroborate.</summary>
public sealed class IncidentSamplesTests
{
    [Fact]
    public void The_samples_show_a_contradiction_and_an_incident_corroborated_by_several_independent_sources()
    {
        using var temp = new TempFolder();
        var db = temp.Combine("samples.db");
        var lexicon = Path.Combine(RepositoryPaths.Samples, "lexicon.tsv");
        Assert.Equal(0, CliRun.Of("analyze", Path.Combine(RepositoryPaths.Samples, "corpus"), "--lexicon", lexicon, "--store", db).ExitCode);

        using var list = JsonDocument.Parse(CliRun.Of("incidents", "--json", "--store", db, "--lexicon", lexicon).Out);
        var incidents = list.RootElement.GetProperty("incidents").EnumerateArray().ToList();
        var contradicted = incidents.First(i => i.GetProperty("disputed").GetArrayLength() > 0).GetProperty("id").GetInt64();
        var corroborated = incidents.First(i => i.GetProperty("independent_sources").GetInt32() >= 3).GetProperty("id").GetInt64();

        var disputed = CliRun.Of("incident", contradicted.ToString(System.Globalization.CultureInfo.InvariantCulture), "--store", db, "--lexicon", lexicon);
        var backed = CliRun.Of("incident", corroborated.ToString(System.Globalization.CultureInfo.InvariantCulture), "--store", db, "--lexicon", lexicon);

        Assert.Equal(0, disputed.ExitCode);
        Assert.Contains("contradictions:", disputed.Out);
        Assert.DoesNotContain("contradictions: none", disputed.Out);
        Assert.Contains("≠ ", disputed.Out);
        Assert.Equal(0, backed.ExitCode);
        Assert.Matches(@"from ([3-9]|\d\d+) independent source\(s\)", backed.Out);
    }

    [Fact]
    public void The_near_copy_among_the_samples_counts_once()
    {
        using var temp = new TempFolder();
        var db = temp.Combine("samples.db");
        var lexicon = Path.Combine(RepositoryPaths.Samples, "lexicon.tsv");
        CliRun.Of("analyze", Path.Combine(RepositoryPaths.Samples, "corpus"), "--lexicon", lexicon, "--store", db);

        using var list = JsonDocument.Parse(CliRun.Of("export", "--format", "json", "--store", db, "--lexicon", lexicon).Out);
        var accounts = list.RootElement.GetProperty("incidents").EnumerateArray()
            .SelectMany(i => i.GetProperty("accounts").EnumerateArray())
            .Where(a => a.GetProperty("label").GetString()!.StartsWith("10_", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(accounts);
        Assert.All(accounts, a => Assert.NotEqual(a.GetProperty("document").GetInt64(), a.GetProperty("copy_of").GetInt64()));
    }
}
