using Attest.Analysis;
using BenchmarkDotNet.Attributes;

namespace Attest.Benchmarks;

/// <summary>The whole analyzer on one core over a generated corpus. MB/s = <see cref="Megabytes"/> / mean time.</summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private string[] documents = [];
    private Analyzer analyzer = null!;

    /// <summary>Size of the generated corpus, printed so the MB/s figure can be computed from the mean.</summary>
    public double Megabytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        documents = BenchCorpus.Texts;
        Megabytes = BenchCorpus.Megabytes;
        analyzer = new AnalyzerBuilder().Build();
        Console.WriteLine($"// corpus: {documents.Length} documents, {Megabytes:0.00} MB of text");
    }

    [Benchmark]
    public int AnalyzeCorpus()
    {
        var items = 0;
        foreach (var text in documents)
        {
            items += analyzer.Analyze(text).Statistics.Tokens;
        }

        return items;
    }
}
