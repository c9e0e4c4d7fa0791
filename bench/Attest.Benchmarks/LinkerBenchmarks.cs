using Attest.Linking;
using BenchmarkDotNet.Attributes;

namespace Attest.Benchmarks;

/// <summary>Linking generated incident reports (<see cref="LinkerCorpus"/>) into incidents; the target is a
/// million reports in under a minute. Building the incident summaries is measured apart, on the incidents of
/// the smaller run.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class LinkerBenchmarks
{
    private List<LinkReport> reports = [];
    private LinkResult linked = null!;

    [Params(100_000, 1_000_000)]
    public int Reports { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        reports = LinkerCorpus.Reports(Reports);
        linked = new IncidentLinker().Link(reports);
    }

    [Benchmark]
    public int Link() => new IncidentLinker().Link(reports).ClusterCount;

    [Benchmark]
    public int BuildIncidents()
    {
        var contradictions = 0;
        foreach (var members in linked.Clusters())
        {
            contradictions += IncidentBuilder.Build(members.Select(m => reports[m])).Contradictions.Length;
        }

        return contradictions;
    }
}
