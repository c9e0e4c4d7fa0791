using Attest.Lexicons;
using Attest.Mentions;
using Attest.Text;

namespace Attest.Tests.Mentions;

public sealed class PlaceStageTests
{
    private static readonly Lazy<(LexiconMatcher Matcher, PlaceStage Stage)> Bundled = new(() =>
    {
        var matcher = LexiconMatcher.Build(LexiconMatcher.MatchableEntries(LexiconSet.Bundled));
        return (matcher, new PlaceStage(matcher));
    });

    [Theory]
    [InlineData("Protesters gathered outside the embassy in Paris on Friday.", "Paris|FR")]
    [InlineData("Officials in Tbilisi said Georgia would respond.", "Tbilisi|GE; Georgia|GE")]
    [InlineData("The Republic of Armenia protested to Iran.", "Armenia|AM; Iran|IR")]
    [InlineData("Talks between the U.S. and France stalled.", "United States|US; France|FR")]
    [InlineData("Negotiators met in the U.S. last week.", "United States|US")]
    [InlineData("Shelling hit Kalbajar and Lachin districts overnight.", "Kalbajar|AZ; Lachin|AZ")]
    [InlineData("Both sides claim Artsakh as their own.", "Artsakh|AZ")]
    [InlineData("Fighting along the Armenia-Azerbaijan border went on.", "Armenia|AM; Azerbaijan|AZ")]
    [InlineData("The storm hit Atlanta before it reached Georgia farms.", "Atlanta|US; Georgia|US")]
    [InlineData("The mayor of Kyiv met the Kiev city council.", "Kyiv|UA")]
    [InlineData("Georgia and Jordan abstained, the United States said.", "Georgia|GE; Jordan|JO; United States|US")]
    [InlineData("In Tripoli, Libyan officials met. In Tripoli, Lebanon, tyres burned.", "Tripoli|LY; Tripoli|LB; Lebanon|LB")]
    [InlineData("GENEVA, May 2 - Both sides cited the Geneva Conventions.", "Geneva|CH")]
    public void Finds_places_with_their_country(string text, string expected) =>
        Assert.Equal(expected, Places(text));

    [Theory]
    [InlineData("The Azerbaijani embassy was attacked by Armenians.")]
    [InlineData("U.S. troops left the base on Monday.")]
    [InlineData("We roasted a turkey and ordered more china.")]
    [InlineData("She joined the Helsinki Citizens Assembly last year.")]
    [InlineData("Tensions rose across the South Caucasus and the Middle East.")]
    [InlineData("Fans cheered Michael Jordan during the final.")]
    [InlineData("Boats sailed down the Dnipro River at dawn.")]
    [InlineData("Mr. Paris, a lawyer, disagreed.")]
    public void Finds_no_place_where_a_reader_would_count_none(string text) =>
        Assert.Equal(string.Empty, Places(text));

    [Theory]
    [InlineData("The Yerevan Press Circle criticised Armenia.", "Yerevan|AM; Armenia|AM")]
    [InlineData("The Ministry of Defence of Armenia denied the report.", "Armenia|AM")]
    [InlineData("Residents of the village of Tsovakert fled to Armenia.", "Tsovakert|AM; Armenia|AM")]
    [InlineData("Shells fell on Karmir and Norashen villages near Goris.", "Karmir|AM; Norashen|AM; Goris|AM")]
    [InlineData("Signed by NGOs of Serbia.\n\nCivic Initiatives Network – Borsko", "Serbia|RS; Borsko|RS")]
    public void Counts_local_places_inside_names_and_places_the_text_marks(string text, string expected) =>
        Assert.Equal(expected, Places(text));

    [Fact]
    public void Reports_coordinates_from_the_lexicon()
    {
        var place = Assert.Single(Find("Rain fell on Baku.").Places);

        Assert.Equal("AZ", place.Country);
        Assert.NotNull(place.Coordinates);
        Assert.InRange(place.Coordinates.Value.Latitude, 40, 41);
    }

    [Theory]
    [InlineData("The embassy of Azerbaijan in Paris was attacked.", "AZ>Paris|FR")]
    [InlineData("Azerbaijan's consulate in Tbilisi closed.", "AZ>Tbilisi|GE")]
    [InlineData("Police guarded the Iranian embassy all night.", "IR>")]
    [InlineData("A crowd gathered at the embassy in Beirut.", ">Beirut|LB")]
    [InlineData("The embassy reopened on Monday.", "")]
    public void Names_the_owner_and_host_of_a_mission(string text, string expected)
    {
        var missions = Find(text).Missions.Select(m => $"{m.Owner}>{(m.Host is null ? string.Empty : m.Host.Name + "|" + m.HostCountry)}");

        Assert.Equal(expected, string.Join("; ", missions));
    }

    [Fact]
    public void Every_mention_carries_its_span_and_rule()
    {
        const string text = "Officials in Tbilisi spoke.";
        var place = Assert.Single(Find(text).Places);

        Assert.Equal("Tbilisi", place.Evidence.Primary.In(text).ToString());
        Assert.StartsWith("place.lexicon", place.Evidence.RuleId, StringComparison.Ordinal);
    }

    private static string Places(string text) =>
        string.Join("; ", Find(text).Places.Select(p => p.Name + "|" + p.Country).Distinct());

    private static PlaceResult Find(string text)
    {
        var (matcher, stage) = Bundled.Value;
        var layer = TextLayerBuilder.Default.Build(text);
        return stage.Find(layer, matcher.Match(layer));
    }
}
