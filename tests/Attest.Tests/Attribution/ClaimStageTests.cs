using Attest.Model;
using static Attest.Tests.Attribution.VoicesFixture;

namespace Attest.Tests.Attribution;

/// <summary>Speech acts, their targets and whose voice they are in. Every sentence is invented; expected values
/// are "act: target".</summary>
public sealed class ClaimStageTests
{
    [Theory]
    [InlineData("We condemn the shelling of the market.", "condemns: shelling of the market")]
    [InlineData("We strongly condemn the arson attack on the library.", "condemns: arson attack on the library")]
    [InlineData("We denounce the arrest of the editor.", "condemns: arrest of the editor")]
    [InlineData("We deplore the destruction of the bridge.", "condemns: destruction of the bridge")]
    [InlineData("We condemn the attacks committed against the clinics by the militia.", "condemns: attacks")]
    [InlineData("We condemn the raid and call on the police to investigate it.", "condemns: raid")]
    [InlineData("We express our strong condemnation of the bombing.", "condemns: bombing")]
    [InlineData("We accuse the militia of shelling the school.", "accuses: militia")]
    [InlineData("We blame the army for the deaths of three farmers.", "accuses: army")]
    [InlineData("We hold the government of Peru responsible for the safety of the reporters.", "accuses: government of Peru")]
    [InlineData("We hold the commanders accountable for the looting.", "accuses: commanders")]
    [InlineData("We deny that our members took part in the riot.", "denies: ")]
    [InlineData("We reject the accusations of the ministry.", "denies: accusations of the ministry")]
    [InlineData("We dismiss the report as propaganda.", "denies: report")]
    [InlineData("We welcome the release of the fishermen.", "welcomes: release of the fishermen")]
    [InlineData("We praise the rescue teams for their courage.", "welcomes: rescue teams for their courage")]
    [InlineData("We commend the decision of the court.", "welcomes: decision of the court")]
    [InlineData("We are deeply concerned about the fate of the detainees.", "expresses_concern: fate of the detainees")]
    [InlineData("We are alarmed by the rise in attacks on journalists.", "expresses_concern: rise in attacks on journalists")]
    [InlineData("We are worried about the closure of the border.", "expresses_concern: closure of the border")]
    [InlineData("We express deep concern over the detention of the lawyers.", "expresses_concern: detention of the lawyers")]
    [InlineData("We promise to publish every document.", "promises: ")]
    [InlineData("We pledge to rebuild the school.", "promises: ")]
    [InlineData("We warn that the ceasefire will collapse.", "warns: ")]
    [InlineData("We warn the armed groups against any attack on the camp.", "warns: armed groups against any attack on the camp")]
    public void Reads_the_act_and_its_target(string text, string expected) => Assert.Equal(expected, Claims(text));

    [Theory]
    [InlineData("We did not condemn the protest.")]
    [InlineData("We never accused the mayor of lying.")]
    [InlineData("We would welcome a ceasefire.")]
    [InlineData("The council could condemn the raid next week.")]
    [InlineData("The minister refused to condemn the attack.")]
    [InlineData("The raid was condemned by the council.")]
    [InlineData("The accused was taken to court.")]
    [InlineData("A warning was issued to the ships.")]
    [InlineData("We call on the council to condemn the raid.")]
    [InlineData("The aim of denouncing the truce is clear.")]
    [InlineData("The paper quoted the \"strong condemnation of the raid\" in its headline.")]
    [InlineData("The report concerns the attack on the bridge.")]
    [InlineData("Condemn the raid, the crowd chanted.")]
    public void Reads_no_claim_from_a_negated_hypothetical_passive_or_asked_for_act(string text) => Assert.Equal("-", Claims(text));

    [Fact]
    public void The_statement_s_own_claims_are_in_its_own_voice()
    {
        var claim = Assert.Single(ClaimItems(Statement + "We condemn the shelling of the market."));
        Assert.True(claim.OwnVoice);
        Assert.Equal("human rights organisations", claim.Speaker, ignoreCase: true);
    }

    [Fact]
    public void A_quoted_official_s_claim_is_reported_speech()
    {
        var claim = Assert.Single(ClaimItems("“We condemn the shelling of the market,” Mayor Anna Kowalczyk said."));
        Assert.False(claim.OwnVoice);
        Assert.Equal("Anna Kowalczyk", claim.Speaker);
    }

    [Theory]
    [InlineData("President Jane Marlowe condemned the attack on the convoy.", "Jane Marlowe")]
    [InlineData("Foreign Minister Tomas Brandt accused the rebels of breaking the truce.", "Tomas Brandt")]
    [InlineData("Colonel Ivo Maric denied that his troops fired first.", "Ivo Maric")]
    [InlineData("Ambassador Rosa Ibarra arrived on Monday. She welcomed the release of the sailors.", "Rosa Ibarra")]
    [InlineData("The Ministry of Foreign Affairs of Peru warned that the talks could fail.", "Ministry")]
    [InlineData("The Ministry of Foreign Affairs of Peru met the envoy. The ministry condemned the raid.", "Ministry")]
    public void A_reported_claim_is_its_subject_s(string text, string speakerPart)
    {
        var claim = Assert.Single(ClaimItems(text));
        Assert.Contains(speakerPart, claim.Speaker, StringComparison.Ordinal);
        Assert.False(claim.OwnVoice);
    }

    [Fact]
    public void A_news_report_s_unknown_subject_is_not_the_outlet_s_voice()
    {
        var claim = Assert.Single(ClaimItems("The Daily Courier reports that the raid went on for hours.\n\nThe spokesman warned that the talks could fail."));
        Assert.False(claim.OwnVoice);
    }

    [Fact]
    public void A_preamble_participle_is_the_statement_s_claim()
    {
        var claim = Assert.Single(ClaimItems(Statement + "welcoming the decision of the court to free the editor;"));
        Assert.Equal(ClaimAct.Welcomes, claim.Act);
        Assert.True(claim.OwnVoice);
    }

    [Fact]
    public void Keeps_the_content_span_from_the_verb_to_the_end_of_the_clause()
    {
        const string text = "We condemn the shelling of the market; it killed three people.";
        var claim = Assert.Single(ClaimItems(text));
        Assert.Equal("condemn the shelling of the market", claim.Content.In(text).ToString());
        Assert.Equal("claim.object", claim.Evidence.RuleId);
    }

    [Fact]
    public void Finds_several_claims_in_one_sentence()
    {
        Assert.Equal(
            "condemns: raid | welcomes: release of the hostages",
            Claims("We condemn the raid but welcome the release of the hostages."));
    }
}
