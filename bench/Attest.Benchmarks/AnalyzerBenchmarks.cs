using Attest.Analysis;
using Attest.Ingest;
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
        var corpus = new SyntheticCorpus(seed: 1);
        var list = new List<string>();
        long chars = 0;
        while (chars < 2_000_000)
        {
            var text = corpus.Next();
            list.Add(text);
            chars += text.Length;
        }

        documents = [.. list];
        Megabytes = chars / (1024.0 * 1024.0);
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
