using static Attest.Tests.Attribution.VoicesFixture;

namespace Attest.Tests.Attribution;

/// <summary>Demands whose addressee or act the demand clause itself does not settle: a release asked of whoever
/// holds the person, coordinated noun acts, a body named inside the act noun, another voice's demand of the same
/// act about the same person, and "visit" that monitors only a place. Every sentence and name is invented;
/// expected values are "action: addressee".</summary>
public sealed class DemandContextTests
{
    [Theory]
    [InlineData("Mayor Anna Kowalczyk called for the immediate release of the teacher Jan Obuya, whom Peru detained last week.", "release: Peru")]
    [InlineData("The teacher Jan Obuya was detained on Monday by officers of the Ministry of Interior of Peru at the border. "
        + "Mayor Anna Kowalczyk demanded his immediate release.", "release: Interior Ministry of Peru")]
    public void A_release_without_an_addressee_is_asked_of_the_named_agent_of_the_detention(string text, string expected) =>
        Assert.Equal(expected, Demands(text));

    [Theory]
    [InlineData("Mayor Anna Kowalczyk demanded the release of the teacher Jan Obuya.")]
    [InlineData("The teacher Jan Obuya was detained on Monday at the border. Mayor Anna Kowalczyk demanded his release.")]
    public void A_release_without_an_addressee_or_a_named_custodian_stays_unaddressed(string text) =>
        Assert.Equal("-", Demands(text));

    [Fact]
    public void Coordinated_noun_acts_after_a_repeated_for_are_separate_demands()
    {
        const string text = "Ambassador Rosa Ibarra called for an OSCE monitoring mission and for the release of the teacher Jan Obuya, "
            + "whom Peru detained in May.";

        Assert.Equal("monitor: OSCE | release: Peru", Demands(text));
    }

    [Fact]
    public void A_body_named_before_the_act_noun_is_asked_to_carry_it_out()
    {
        Assert.Equal("investigate: United Nations", Demands("Ambassador Rosa Ibarra called for a United Nations investigation into the shelling."));
    }

    [Fact]
    public void Another_voice_asking_the_same_act_about_the_same_person_lends_its_addressee()
    {
        const string text = "The reporters' union urged the authorities to release Jan Obuya before the trial. "
            + "On Tuesday, Ambassador Rosa Ibarra called for Obuya's release.";

        Assert.Equal("release: authorities | release: authorities", Demands(text));
    }

    [Fact]
    public void Another_voice_asking_the_same_act_about_someone_else_lends_nothing()
    {
        const string text = "The reporters' union urged the authorities to release Jan Obuya before the trial. "
            + "On Tuesday, Ambassador Rosa Ibarra called for the release of Maria Tulcan.";

        Assert.Equal("release: authorities", Demands(text));
    }

    [Theory]
    [InlineData("Mayor Anna Kowalczyk demanded that Peru release the teacher Jan Obuya. “I demand that Lima release him today,” she said.", "release: Peru")]
    [InlineData("Mayor Anna Kowalczyk demanded that Peru release the teacher Jan Obuya. “I demand that Santiago release him today,” she said.", "release: Peru | release: Santiago")]
    public void A_state_and_its_capital_asked_the_same_act_by_one_speaker_are_one_demand(string text, string expected) =>
        Assert.Equal(expected, Demands(text));

    [Theory]
    [InlineData("We call on the Red Cross to visit the border villages.", "monitor: Red Cross")]
    [InlineData("We call on the Red Cross to visit Peru.", "monitor: Red Cross")]
    [InlineData("We call on the Red Cross to visit the wounded guards.", "other: Red Cross")]
    [InlineData("We call on the Red Cross to visit the families of the missing.", "other: Red Cross")]
    public void Visiting_a_place_is_monitoring_and_visiting_people_is_another_act(string text, string expected) =>
        Assert.Equal(expected, Demands(text));
}
