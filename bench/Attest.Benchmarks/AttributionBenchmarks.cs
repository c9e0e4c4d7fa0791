using Attest.Attribution;
using BenchmarkDotNet.Attributes;

namespace Attest.Benchmarks;

/// <summary>The claim and demand stages alone on one core over the generated corpus, with the mentions, quotes
/// and issuer they read computed once in setup. MB/s = <see cref="Megabytes"/> / mean time.</summary>
[MemoryDiagnoser]
public class AttributionBenchmarks
{
    private AnalysedCorpus corpus = null!;
    private DemandStage demands = null!;
    private ClaimStage claims = null!;

    /// <summary>Size of the generated corpus.</summary>
    public double Megabytes => BenchCorpus.Megabytes;

    [GlobalSetup]
    public void Setup()
    {
        corpus = AnalysedCorpus.Instance;
        demands = new DemandStage(corpus.Analyzer.Lexicons);
        claims = new ClaimStage(corpus.Analyzer.Lexicons);
    }

    [Benchmark]
    public int Demands()
    {
        var count = 0;
        for (var i = 0; i < corpus.Layers.Length; i++)
        {
            var a = corpus.Analyses[i];
            count += demands.Find(corpus.Layers[i], a.Quotes, a.Issuer, a.Persons, a.Organizations, a.Places, a.Legal).Length;
        }

        return count;
    }

    [Benchmark]
    public int Claims()
    {
        var count = 0;
        for (var i = 0; i < corpus.Layers.Length; i++)
        {
            var a = corpus.Analyses[i];
            count += claims.Find(corpus.Layers[i], a.Quotes, a.Issuer, a.Persons, a.Organizations, a.Places).Length;
        }

        return count;
    }
}
