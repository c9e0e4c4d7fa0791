using Attest.Attribution;
using Attest.Incidents;
using Attest.Lexicons;
using Attest.Mentions;
using Attest.Model;
using Attest.Text;

namespace Attest.Tests.Incidents;

/// <summary>Runs the stages the incident stage reads, as the analyzer does, and returns the stage's whole
/// result (reports and context), which the analysis keeps only the reports of.</summary>
internal sealed class IncidentPipeline
{
    private static readonly IncidentPipeline Bundled = new(LexiconSet.Bundled);

    private readonly TextLayerBuilder textLayer;
    private readonly LexiconMatcher matcher;
    private readonly PlaceStage places;
    private readonly LegalStage legal;
    private readonly TimeStage times;
    private readonly FigureStage figures;
    private readonly PersonStage persons;
    private readonly OrganizationStage organizations;
    private readonly IssuerStage issuers;
    private readonly QuoteStage quotes;
    private readonly IncidentStage stage;

    /// <summary>A pipeline over <paramref name="lexicons"/>, for tests that add invented entries to the bundled ones.</summary>
    public IncidentPipeline(LexiconSet lexicons)
    {
        textLayer = new(AbbreviationLexicon.FromEntries(lexicons.All));
        matcher = LexiconMatcher.Build(LexiconMatcher.MatchableEntries(lexicons), new LexiconMatcherOptions { Tokenizer = textLayer });
        places = new(matcher);
        legal = new(matcher, lexicons.OfKind(LegalStage.ProvisionKind), textLayer);
        times = new(lexicons);
        figures = new(lexicons);
        persons = new(matcher, lexicons, textLayer);
        organizations = new(matcher, lexicons, textLayer);
        issuers = new(lexicons);
        quotes = new(lexicons);
        stage = new(lexicons, textLayer);
    }

    public static IncidentStage Stage => Bundled.stage;

    /// <summary>The incidents of <paramref name="text"/>, published on <paramref name="published"/>, read with the
    /// bundled lexicons.</summary>
    public static IncidentResult Find(string text, string? published = "2024-05-20") => Bundled.Run(text, published);

    /// <summary>The incidents of <paramref name="text"/>, published on <paramref name="published"/>.</summary>
    public IncidentResult Run(string text, string? published = "2024-05-20")
    {
        var metadata = new DocumentMetadata(null, published, null, null, null);
        var layer = textLayer.Build(text);
        var matches = matcher.Match(layer);
        var foundPlaces = places.Find(layer, matches);
        var foundLegal = legal.Find(layer, matches);
        var foundTimes = times.Find(layer, published, foundLegal.CitationSpans);
        var foundPersons = persons.Find(layer, matches);
        var foundOrganizations = organizations.Find(layer, matches, foundPersons, metadata);
        var issuer = issuers.Find(layer, foundPersons, foundOrganizations, metadata);
        var foundQuotes = quotes.Find(layer, foundPersons, foundOrganizations, foundLegal.Citations, issuer);
        return stage.Find(layer, matches, foundPlaces, foundTimes, figures.Find(layer), foundPersons, foundOrganizations, foundQuotes, metadata);
    }

    /// <summary>The reports in one line each: "riots FR 2022-09-18", countries joined by commas, "-" for no date.</summary>
    public static string Summary(IncidentResult result) =>
        string.Join(" | ", result.Reports.Select(Line));

    public static string Line(IncidentReport r) =>
        $"{Snake(r.EventType)} {string.Join(",", r.Countries)} {r.Date ?? "-"}";

    private static string Snake(EventType type) => type switch
    {
        EventType.Battles => "battles",
        EventType.ExplosionsRemoteViolence => "explosions",
        EventType.ViolenceAgainstCivilians => "violence",
        EventType.Protests => "protests",
        EventType.Riots => "riots",
        _ => "developments",
    };
}
