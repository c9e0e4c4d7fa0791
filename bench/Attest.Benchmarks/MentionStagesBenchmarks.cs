using Attest.Analysis;
using Attest.Lexicons;
using Attest.Mentions;
using Attest.Model;
using Attest.Text;
using BenchmarkDotNet.Attributes;

namespace Attest.Benchmarks;

/// <summary>The mention stage as one unit (matcher, places, legal, document date, times, figures, persons,
/// organisations) over text layers built beforehand, on one core. MB/s = the printed corpus size / mean.</summary>
[MemoryDiagnoser]
public class MentionStagesBenchmarks
{
    private TextLayer[] layers = [];
    private LexiconMatcher matcher = null!;
    private PlaceStage places = null!;
    private LegalStage legal = null!;
    private DocumentDateFinder documentDates = null!;
    private TimeStage times = null!;
    private FigureStage figures = null!;
    private PersonStage persons = null!;
    private OrganizationStage organizations = null!;

    [GlobalSetup]
    public void Setup()
    {
        var analyzer = new AnalyzerBuilder().Build();
        var lexicons = analyzer.Lexicons;
        var tokenizer = TextLayerBuilder.Default;
        matcher = analyzer.Matcher;
        places = new PlaceStage(matcher);
        legal = new LegalStage(matcher, lexicons.OfKind(LegalStage.ProvisionKind), tokenizer);
        documentDates = new DocumentDateFinder(lexicons);
        times = new TimeStage(lexicons);
        figures = new FigureStage(lexicons);
        persons = new PersonStage(matcher, lexicons, tokenizer);
        organizations = new OrganizationStage(matcher, lexicons, tokenizer);
        layers = BenchCorpus.Layers(tokenizer);
        Console.WriteLine($"// corpus: {layers.Length} documents, {BenchCorpus.Megabytes:0.00} MB of text");
    }

    [Benchmark]
    public int FindMentions()
    {
        var items = 0;
        foreach (var layer in layers)
        {
            var matches = matcher.Match(layer);
            var placeResult = places.Find(layer, matches);
            var legalResult = legal.Find(layer, matches);
            var published = documentDates.Find(layer)?.Value;
            var timeMentions = times.Find(layer, published, legalResult.CitationSpans);
            var figureMentions = figures.Find(layer);
            var personMentions = persons.Find(layer, matches);
            var organizationMentions = organizations.Find(layer, matches, personMentions, DocumentMetadata.Empty);
            items += placeResult.Places.Length + legalResult.Citations.Length + timeMentions.Length
                + figureMentions.Length + personMentions.Length + organizationMentions.Length;
        }

        return items;
    }
}
