using Attest.Attribution;
using Attest.Incidents;
using Attest.Lexicons;
using Attest.Mentions;
using Attest.Model;
using Attest.Text;

namespace Attest.Tests.Incidents;

/// <summary>Runs the stages the incident stage reads, as the analyzer does, and returns the stage's whole
/// result (reports and context), which the analysis keeps only the reports of.</summary>
internal static class IncidentPipeline
{
    private static readonly LexiconSet Lexicons = LexiconSet.Bundled;
    private static readonly TextLayerBuilder TextLayer = new(AbbreviationLexicon.FromEntries(Lexicons.All));
    private static readonly LexiconMatcher Matcher = LexiconMatcher.Build(
        LexiconMatcher.MatchableEntries(Lexicons), new LexiconMatcherOptions { Tokenizer = TextLayer });

    private static readonly PlaceStage Places = new(Matcher);
    private static readonly LegalStage Legal = new(Matcher, Lexicons.OfKind(LegalStage.ProvisionKind), TextLayer);
    private static readonly TimeStage Times = new(Lexicons);
    private static readonly FigureStage Figures = new(Lexicons);
    private static readonly PersonStage Persons = new(Matcher, Lexicons, TextLayer);
    private static readonly OrganizationStage Organizations = new(Matcher, Lexicons, TextLayer);
    private static readonly IssuerStage Issuers = new(Lexicons);
    private static readonly QuoteStage Quotes = new(Lexicons);

    public static IncidentStage Stage { get; } = new(Lexicons, TextLayer);

    /// <summary>The incidents of <paramref name="text"/>, published on <paramref name="published"/>.</summary>
    public static IncidentResult Find(string text, string? published = "2024-05-20")
    {
        var metadata = new DocumentMetadata(null, published, null, null, null);
        var layer = TextLayer.Build(text);
        var matches = Matcher.Match(layer);
        var places = Places.Find(layer, matches);
        var legal = Legal.Find(layer, matches);
        var times = Times.Find(layer, published, legal.CitationSpans);
        var persons = Persons.Find(layer, matches);
        var organizations = Organizations.Find(layer, matches, persons, metadata);
        var issuer = Issuers.Find(layer, persons, organizations, metadata);
        var quotes = Quotes.Find(layer, persons, organizations, legal.Citations, issuer);
        return Stage.Find(layer, matches, places, times, Figures.Find(layer), persons, organizations, quotes, metadata);
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
