using Attest.Analysis;
using Attest.Attribution;
using Attest.Model;
using Attest.Text;
using static Attest.Tests.Attribution.AttributionFixture;

namespace Attest.Tests.Attribution;

/// <summary>Whose voice a document speaks in. Every sentence is invented.</summary>
public sealed class IssuerStageTests
{
    [Theory]
    [InlineData("As NGOs from Chile, we condemn the attack on the consulate.", "Chilean NGOs")]
    [InlineData("As NGOs of Peru, we call for calm.", "Peruvian NGOs")]
    [InlineData("As representatives of the Kenyan civil society, we demand an inquiry.", "Kenyan civil society")]
    [InlineData("As members of human rights groups in Ghana, we ask for access to the detainees.", "Ghanaian human rights groups")]
    [InlineData("We, as Norwegian journalists, protest the arrest of our colleague.", "Norwegian journalists")]
    [InlineData("The undersigned Ghanaian civil society organisations are alarmed by the shelling.", "Ghanaian civil society organisations")]
    [InlineData("The undersigned organisations of Norway urge both sides to stop.", "Norwegian organisations")]
    [InlineData("The undersigned human rights defenders call on the government to act.", "human rights defenders")]
    [InlineData("On behalf of women's associations from Chile, we welcome the ceasefire.", "Chilean women's associations")]
    public void Names_a_group_that_speaks_in_the_first_person_plural(string text, string issuer) => Assert.Equal(issuer, IssuerName(text));

    [Theory]
    [InlineData("As NGOs from Chile, we condemn the attack on the consulate.")]
    [InlineData("We, as Norwegian journalists, protest the arrest of our colleague.")]
    [InlineData("The undersigned human rights defenders call on the government to act.")]
    [InlineData("On behalf of women's associations from Chile, we welcome the ceasefire.")]
    [InlineData("Kestrel Wire reports that the statement reads:\n\n\"As NGOs from Chile, we condemn the attack on the consulate.")]
    [InlineData("As expected, we saw long queues at the border.")]
    [InlineData("The envoy was recalled, Northwind Daily reports, citing the foreign ministry.")]
    public void Reads_the_same_issuer_alone_as_after_the_name_stages(string text)
    {
        // The analyzer's issuer reads the name stages' per-token cues; a stage run alone on a fresh layer has none
        // to read and looks the words up itself.
        var analysis = Analyzer.Default.Analyze(text);
        var layer = TextLayerBuilder.Default.Build(text);
        var alone = new IssuerStage(Analyzer.Default.Lexicons).Find(layer, analysis.Persons, analysis.Organizations, analysis.Metadata);
        Assert.Equal(analysis.Issuer?.Name, alone?.Name);
        Assert.Equal(analysis.Issuer?.Kind, alone?.Kind);
    }

    [Fact]
    public void Keeps_the_texts_own_words_when_the_country_follows_a_verb()
    {
        var text = "As representatives of organizations operating in Chile, we condemn the attack.";
        Assert.Equal("organizations operating in Chile", IssuerName(text));
    }

    [Fact]
    public void Marks_a_group_as_civil_society()
    {
        Assert.Equal("Chilean NGOs (CivilSociety)", IssuerWithKind("As NGOs from Chile, we condemn the attack."));
    }

    [Theory]
    [InlineData("Kestrel Wire reports that the border crossing was closed overnight.", "Kestrel Wire")]
    [InlineData("The Harbour Times reports that the envoy was recalled.", "Harbour Times")]
    [InlineData("The envoy was recalled, Northwind Daily reports, citing the foreign ministry.", "Northwind Daily")]
    [InlineData("The envoy was recalled, Northwind Daily reported, citing two officials.", "Northwind Daily")]
    [InlineData("LIMA, May 3 (Andes Wire) — Protesters gathered outside the embassy on Friday.", "Andes Wire")]
    [InlineData("SANTIAGO, June 9 (Pacific Press) – Two people were hurt in the blast.", "Pacific Press")]
    [InlineData("RIVER POST | World | May 3, 2024\n\nProtesters gathered outside the embassy.", "River Post")]
    [InlineData("Harbour Times | Politics\n\nThe envoy was recalled on Friday.", "Harbour Times")]
    [InlineData("The envoy was recalled on Friday.\n\n© 2024 Harbour Times | harbour-times.example | Cookies", "Harbour Times")]
    [InlineData("The envoy was recalled on Friday.\n\n© Harbour Times. All rights reserved.", "Harbour Times")]
    [InlineData("Flood waters reach the old town\n\nBy Reuters\n\nFlood waters reached the old town on Sunday.", "Reuters")]
    public void Names_the_news_outlet_of_a_lead_in_dateline_or_masthead(string text, string issuer) => Assert.Equal(issuer, IssuerName(text));

    [Fact]
    public void Prefers_the_group_voice_over_the_outlet_that_carries_it()
    {
        var text = "Kestrel Wire reports that the statement reads:\n\n\"As NGOs from Chile, we condemn the attack on the consulate.";
        Assert.Equal("Chilean NGOs", IssuerName(text));
    }

    [Theory]
    [InlineData("As expected, we saw long queues at the border.")]
    [InlineData("As a result, we postponed the hearing.")]
    [InlineData("As always, we thank our readers.")]
    [InlineData("Chile reports that the border crossing was closed.")]
    [InlineData("It reports that the border crossing was closed.")]
    [InlineData("The ministry reports that the border crossing was closed.")]
    [InlineData("The envoy was recalled, she reported, citing two officials.")]
    [InlineData("Mayor Anna Kowalczyk reports that the road is closed.")]
    [InlineData("The undersigned was not present at the hearing.")]
    [InlineData("The ministry received 31 reports of looting.")]
    [InlineData("Police detained 31 people (Sunday) after the march.")]
    [InlineData("Flood waters reach the old town\n\nBy Anna Kowalczyk\n\nFlood waters reached the old town on Sunday.")]
    [InlineData("Reuters was denied access to the court.")]
    public void Finds_no_issuer_without_a_voice_cue(string text) => Assert.Equal("-", IssuerName(text));

    [Fact]
    public void Falls_back_to_the_publisher_in_the_metadata()
    {
        var metadata = new DocumentMetadata(null, null, "Harbour Times", null, null);
        Assert.Equal("Harbour Times", IssuerName("Protesters gathered outside the embassy on Friday.", metadata));
    }

    [Fact]
    public void Prefers_a_voice_in_the_text_over_the_metadata_publisher()
    {
        var metadata = new DocumentMetadata(null, null, "Harbour Times", null, null);
        Assert.Equal("Chilean NGOs", IssuerName("As NGOs from Chile, we condemn the attack.", metadata));
    }
}
