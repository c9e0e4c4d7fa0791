using Attest.Attribution;
using Attest.Incidents;
using Attest.Lexicons;
using Attest.Mentions;
using Attest.Model;
using Attest.Text;

namespace Attest.Tests.Incidents;

/// <summary>An agreement the text names by a cited instrument ("the 2001 Lakeview ceasefire agreement") is placed
/// where the instrument's name says it was signed and dated by the instrument's year, though the place stage leaves
/// the town inside the name to the instrument and the time stage leaves the year to the citation. The town and the
/// instrument are invented for these tests and added to the bundled lexicons.</summary>
public sealed class InstrumentAgreementTests
{
    private static readonly string[] Extra =
    [
        "city\tLakeview\t\tcountry=NO;lat=60.00;lon=10.00",
        "instrument\tLakeview Ceasefire Agreement\tLakeview ceasefire agreement|Lakeview ceasefire|Lakeview agreement\tid=LAKEVIEW2001;year=2001",
    ];

    private static readonly LexiconSet Lexicons = new(LexiconSet.Bundled.All.Concat(Extra.Select((line, i) => LexiconFile.ParseLine(line, $"test:{i + 1}").Value!)));
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
    private static readonly IncidentStage Stage = new(Lexicons, TextLayer);

    [Theory]
    [InlineData("These acts violate the 2001 Lakeview ceasefire agreement.", "developments NO 2001")]
    [InlineData("The shelling breaks the Lakeview ceasefire agreement.", "developments NO 2001")]
    public void An_agreement_named_by_an_instrument_takes_its_place_and_year(string text, string expected) =>
        Assert.Equal(expected, IncidentPipeline.Summary(Find(text)));

    [Fact]
    public void An_instrument_that_names_no_agreement_word_is_no_incident() =>
        Assert.Empty(Find("Both sides cited the Lakeview agreement in their letters.").Reports);

    private static IncidentResult Find(string text)
    {
        const string published = "2024-05-20";
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
}
