using System.Collections.Immutable;
using Attest.Analysis;
using Attest.Attribution;
using Attest.Incidents;
using Attest.Lexicons;
using Attest.Mentions;
using Attest.Model;
using Attest.Text;
using BenchmarkDotNet.Attributes;

namespace Attest.Benchmarks;

/// <summary>The stages between the mentions and the claims, each alone on one core over the generated corpus:
/// incident reports, and the issuer plus quotations. Their inputs (text layers, lexicon matches, places,
/// mentions) are computed once in setup. MB/s = <see cref="Megabytes"/> / mean time.</summary>
[MemoryDiagnoser]
public class IncidentBenchmarks
{
    private TextLayer[] layers = [];
    private ImmutableArray<LexiconMatch>[] matches = [];
    private PlaceResult[] places = [];
    private DocumentAnalysis[] analyses = [];
    private IncidentStage incidents = null!;
    private IssuerStage issuers = null!;
    private QuoteStage quotes = null!;

    /// <summary>Size of the generated corpus.</summary>
    public double Megabytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var analyzer = new AnalyzerBuilder().Build();
        var lexicons = analyzer.Lexicons;
        var builder = TextLayerBuilder.Default;
        layers = BenchCorpus.Layers(builder);
        matches = [.. layers.Select(analyzer.Matcher.Match)];
        var placeStage = new PlaceStage(analyzer.Matcher);
        places = [.. layers.Select((layer, i) => placeStage.Find(layer, matches[i]))];
        analyses = [.. BenchCorpus.Texts.Select(t => analyzer.Analyze(t))];
        incidents = new IncidentStage(lexicons, builder);
        issuers = new IssuerStage(lexicons);
        quotes = new QuoteStage(lexicons);
        Megabytes = BenchCorpus.Megabytes;
        Console.WriteLine($"// corpus: {layers.Length} documents, {Megabytes:0.00} MB of text");
    }

    [Benchmark]
    public int Incidents()
    {
        var count = 0;
        for (var i = 0; i < layers.Length; i++)
        {
            var a = analyses[i];
            count += incidents.Find(layers[i], matches[i], places[i], a.Times, a.Figures, a.Persons, a.Organizations, a.Quotes, a.Metadata).Reports.Length;
        }

        return count;
    }

    [Benchmark]
    public int IssuerAndQuotes()
    {
        var count = 0;
        for (var i = 0; i < layers.Length; i++)
        {
            var a = analyses[i];
            var issuer = issuers.Find(layers[i], a.Persons, a.Organizations, a.Metadata);
            count += quotes.Find(layers[i], a.Persons, a.Organizations, a.Legal, issuer).Length;
        }

        return count;
    }
}
