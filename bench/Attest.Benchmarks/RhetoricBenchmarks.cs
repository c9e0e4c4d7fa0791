using Attest.Analysis;
using Attest.Model;
using Attest.Rhetoric;
using Attest.Text;
using BenchmarkDotNet.Attributes;

namespace Attest.Benchmarks;

/// <summary>The rhetoric stage alone on one core over the generated corpus, with the mentions, quotes and issuer
/// it reads computed once in setup. MB/s = <see cref="Megabytes"/> / mean time.</summary>
[MemoryDiagnoser]
public class RhetoricBenchmarks
{
    private TextLayer[] layers = [];
    private DocumentAnalysis[] analyses = [];
    private RhetoricStage rhetoric = null!;

    /// <summary>Size of the generated corpus.</summary>
    public double Megabytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var analyzer = new AnalyzerBuilder().Build();
        var builder = new TextLayerBuilder(AbbreviationLexicon.FromEntries(analyzer.Lexicons.All));
        layers = BenchCorpus.Layers(builder);
        analyses = [.. BenchCorpus.Texts.Select(t => analyzer.Analyze(t))];
        rhetoric = new RhetoricStage(analyzer.Lexicons);
        Megabytes = BenchCorpus.Megabytes;
        Console.WriteLine($"// corpus: {layers.Length} documents, {Megabytes:0.00} MB of text");
    }

    [Benchmark]
    public int Loaded()
    {
        var count = 0;
        for (var i = 0; i < layers.Length; i++)
        {
            var a = analyses[i];
            count += rhetoric.Find(layers[i], a.Issuer, a.Quotes, a.Persons, a.Organizations, a.Places).Length;
        }

        return count;
    }
}
