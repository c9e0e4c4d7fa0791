using Attest.Rhetoric;
using BenchmarkDotNet.Attributes;

namespace Attest.Benchmarks;

/// <summary>The rhetoric stage alone on one core over the generated corpus, with the mentions, quotes and issuer
/// it reads computed once in setup. MB/s = <see cref="Megabytes"/> / mean time.</summary>
[MemoryDiagnoser]
public class RhetoricBenchmarks
{
    private AnalysedCorpus corpus = null!;
    private RhetoricStage rhetoric = null!;

    /// <summary>Size of the generated corpus.</summary>
    public double Megabytes => BenchCorpus.Megabytes;

    [GlobalSetup]
    public void Setup()
    {
        corpus = AnalysedCorpus.Instance;
        rhetoric = new RhetoricStage(corpus.Analyzer.Lexicons);
    }

    [Benchmark]
    public int Loaded()
    {
        var count = 0;
        for (var i = 0; i < corpus.Layers.Length; i++)
        {
            var a = corpus.Analyses[i];
            count += rhetoric.Find(corpus.Layers[i], a.Issuer, a.Quotes, a.Persons, a.Organizations, a.Places).Length;
        }

        return count;
    }
}
