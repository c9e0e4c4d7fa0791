using Attest.Analysis;
using Attest.Attribution;
using Attest.Model;
using Attest.Text;
using BenchmarkDotNet.Attributes;

namespace Attest.Benchmarks;

/// <summary>The claim and demand stages alone on one core over the generated corpus, with the mentions, quotes
/// and issuer they read computed once in setup. MB/s = <see cref="Megabytes"/> / mean time.</summary>
[MemoryDiagnoser]
public class AttributionBenchmarks
{
    private TextLayer[] layers = [];
    private DocumentAnalysis[] analyses = [];
    private DemandStage demands = null!;
    private ClaimStage claims = null!;

    /// <summary>Size of the generated corpus.</summary>
    public double Megabytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var analyzer = new AnalyzerBuilder().Build();
        var builder = new TextLayerBuilder(AbbreviationLexicon.FromEntries(analyzer.Lexicons.All));
        layers = BenchCorpus.Layers(builder);
        analyses = [.. BenchCorpus.Texts.Select(t => analyzer.Analyze(t))];
        demands = new DemandStage(analyzer.Lexicons);
        claims = new ClaimStage(analyzer.Lexicons);
        Megabytes = BenchCorpus.Megabytes;
        Console.WriteLine($"// corpus: {layers.Length} documents, {Megabytes:0.00} MB of text");
    }

    [Benchmark]
    public int Demands()
    {
        var count = 0;
        for (var i = 0; i < layers.Length; i++)
        {
            var a = analyses[i];
            count += demands.Find(layers[i], a.Quotes, a.Issuer, a.Persons, a.Organizations, a.Places, a.Legal).Length;
        }

        return count;
    }

    [Benchmark]
    public int Claims()
    {
        var count = 0;
        for (var i = 0; i < layers.Length; i++)
        {
            var a = analyses[i];
            count += claims.Find(layers[i], a.Quotes, a.Issuer, a.Persons, a.Organizations, a.Places).Length;
        }

        return count;
    }
}
