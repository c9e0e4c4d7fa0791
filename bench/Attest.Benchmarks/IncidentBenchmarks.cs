using System.Collections.Immutable;
using Attest.Attribution;
using Attest.Incidents;
using Attest.Lexicons;
using Attest.Mentions;
using Attest.Text;
using BenchmarkDotNet.Attributes;

namespace Attest.Benchmarks;

/// <summary>The stages between the mentions and the claims, each alone on one core over the generated corpus:
/// incident reports, and the issuer plus quotations. Their inputs (text layers, lexicon matches, places,
/// mentions) are computed once in setup. MB/s = <see cref="Megabytes"/> / mean time.</summary>
[MemoryDiagnoser]
public class IncidentBenchmarks
{
    private AnalysedCorpus corpus = null!;
    private ImmutableArray<LexiconMatch>[] matches = [];
    private PlaceResult[] places = [];
    private IncidentStage incidents = null!;
    private IssuerStage issuers = null!;
    private QuoteStage quotes = null!;

    /// <summary>Size of the generated corpus.</summary>
    public double Megabytes => BenchCorpus.Megabytes;

    [GlobalSetup]
    public void Setup()
    {
        corpus = AnalysedCorpus.Instance;
        var analyzer = corpus.Analyzer;
        var lexicons = analyzer.Lexicons;
        matches = [.. corpus.Layers.Select(analyzer.Matcher.Match)];
        var placeStage = new PlaceStage(analyzer.Matcher);
        places = [.. corpus.Layers.Select((layer, i) => placeStage.Find(layer, matches[i]))];
        incidents = new IncidentStage(lexicons, new TextLayerBuilder(AbbreviationLexicon.FromEntries(lexicons.All)));
        issuers = new IssuerStage(lexicons);
        quotes = new QuoteStage(lexicons);
    }

    [Benchmark]
    public int Incidents()
    {
        var count = 0;
        for (var i = 0; i < corpus.Layers.Length; i++)
        {
            var a = corpus.Analyses[i];
            count += incidents.Find(corpus.Layers[i], matches[i], places[i], a.Times, a.Figures, a.Persons, a.Organizations, a.Quotes, a.Metadata).Reports.Length;
        }

        return count;
    }

    [Benchmark]
    public int IssuerAndQuotes()
    {
        var count = 0;
        for (var i = 0; i < corpus.Layers.Length; i++)
        {
            var a = corpus.Analyses[i];
            var issuer = issuers.Find(corpus.Layers[i], a.Persons, a.Organizations, a.Metadata);
            count += quotes.Find(corpus.Layers[i], a.Persons, a.Organizations, a.Legal, issuer).Length;
        }

        return count;
    }
}
