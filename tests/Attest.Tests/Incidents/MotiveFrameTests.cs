namespace Attest.Tests.Incidents;

/// <summary>The motive an account gives when it frames the cause as a noun phrase ("on personal motives", "for
/// personal reasons") or restates it in the next sentence ("The motive was personal."), beside the phrases that
/// announce a motive ("motivated by …"). Sentences written for these tests.</summary>
public sealed class MotiveFrameTests
{
    [Theory]
    [InlineData("The attack on the consulate in Lyon on 2 May 2024 was committed on personal motives.", "personal motives")]
    [InlineData("Police are investigating a personal motive for the shooting at the embassy in Oslo on 3 May 2024.", "personal motive")]
    [InlineData("A man attacked the embassy in Vienna on 4 May 2024 for personal reasons.", "personal reasons")]
    [InlineData("A man attacked the embassy in Vienna on 4 May 2024, motivated by hatred of the diplomats.", "hatred of the diplomats")]
    [InlineData("A gunman opened fire on the consulate in Milan on 5 May 2024, driven by revenge.", "revenge")]
    [InlineData("Vandals attacked the embassy in Prague on 6 May 2024 on religious grounds.", "religious grounds")]
    [InlineData("Gunmen attacked the embassy in Riga on 7 May 2024 for purely political reasons.", "purely political reasons")]
    [InlineData("Police suspect political motives behind the attack on the embassy in Oslo on 3 May 2024.", "political motives")]
    [InlineData("The motive for the attack on the embassy in Oslo on 3 May 2024 was revenge.", "revenge")]
    public void A_motive_framed_as_a_noun_phrase_is_the_incidents_motive(string text, string motive) =>
        Assert.Equal(motive, Assert.Single(IncidentPipeline.Find(text).Reports).Motive);

    [Theory]
    [InlineData("The shooting at the embassy in Oslo on 3 May 2024 had no political motive.", "no political motive")]
    [InlineData("Police did not find a political motive for the attack on the embassy in Oslo on 3 May 2024.", "not find a political motive")]
    [InlineData("Police said the attack on the embassy in Oslo on 3 May 2024 was committed without any political motive.", "without any political motive")]
    public void A_negated_motive_keeps_its_negation(string text, string motive) =>
        Assert.Equal(motive, Assert.Single(IncidentPipeline.Find(text).Reports).Motive);

    [Theory]
    [InlineData("A man attacked the embassy in Vienna on 4 May 2024. The motive was personal.", "personal")]
    [InlineData("A man attacked the embassy in Vienna on 4 May 2024. Police said its motive was revenge for the arrests.", "revenge for the arrests")]
    [InlineData("A man attacked the embassy in Vienna on 4 May 2024. The motive for the attack was personal.", "personal")]
    [InlineData("A man attacked the embassy in Vienna on 4 May 2024, police said, and the motive was personal.", "personal")]
    public void A_motive_restated_later_is_read_back(string text, string motive) =>
        Assert.Equal(motive, Assert.Single(IncidentPipeline.Find(text).Reports).Motive);

    [Theory]
    // Motives of something else, in the same sentence or the next.
    [InlineData("The minister, who resigned for personal reasons, said the embassy in Vienna was attacked on 4 May 2024.")]
    [InlineData("A man attacked the embassy in Vienna on 4 May 2024. The motive for the minister's resignation was personal.")]
    [InlineData("A man attacked the embassy in Vienna on 4 May 2024.\n\nThe motive was personal, the minister said of his resignation.")]
    [InlineData("A man attacked the embassy in Vienna on 4 May 2024, and a riot broke out because the motive was unclear.")]
    // Hypothetical and unknown motives.
    [InlineData("A man attacked the embassy in Vienna on 4 May 2024. Investigators asked whether the motive was political.")]
    [InlineData("A man attacked the embassy in Vienna on 4 May 2024. If the motive was political, the police will say so.")]
    [InlineData("A man attacked the embassy in Vienna on 4 May 2024. The motive was unclear.")]
    [InlineData("A man attacked the embassy in Vienna on 4 May 2024 for unknown reasons.")]
    [InlineData("A man attacked the embassy in Vienna on 4 May 2024 for this reason.")]
    // Grounds that are a place, not a motive.
    [InlineData("A man attacked the embassy in Vienna on 4 May 2024 and fled across the palace grounds.")]
    public void No_motive_is_taken_from_a_motive_word_about_something_else(string text) =>
        Assert.Null(Assert.Single(IncidentPipeline.Find(text).Reports).Motive);
}
