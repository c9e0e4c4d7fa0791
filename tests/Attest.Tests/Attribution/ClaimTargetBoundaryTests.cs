using static Attest.Tests.Attribution.VoicesFixture;

namespace Attest.Tests.Attribution;

/// <summary>Where a claim's target ends: never on a preposition or a conjunction, and, where the token limit cuts
/// a long phrase, not on a determiner nor inside a name either, so names of different lengths end the target at the
/// same word.
/// Every sentence is invented; expected values are "act: target".</summary>
public sealed class ClaimTargetBoundaryTests
{
    [Theory]
    [InlineData("We condemn the attack on the office of the Kingdom of Norway in the Republic of Chile on Monday.",
        "condemns: attack on the office of the Kingdom of Norway")]
    [InlineData("We condemn the attack on the office of the Kingdom of Morocco in the Republic of Chile on Monday.",
        "condemns: attack on the office of the Kingdom of Morocco")]
    [InlineData("We condemn the attack on the office of the Grand Duchy of Luxembourg in Chile on Monday.",
        "condemns: attack on the office of the Grand Duchy of Luxembourg")]
    [InlineData("We condemn the attack on the office of Chile in the Kingdom of Saudi Arabia on Monday.",
        "condemns: attack on the office of Chile")]
    [InlineData("We condemn the attack on the office of the Republic of Chile in the Kingdom of Saudi Arabia on Monday.",
        "condemns: attack on the office of the Republic of Chile")]
    [InlineData("We condemn the burning of the old library of the university of the town of the east.",
        "condemns: burning of the old library of the university of the town")]
    public void A_target_cut_by_the_token_limit_ends_on_its_last_noun(string text, string expected) =>
        Assert.Equal(expected, Claims(text));

    [Theory]
    [InlineData("We condemn the shelling of the market.", "condemns: shelling of the market")]
    [InlineData("We condemn the attack on her.", "condemns: attack on her")]
    [InlineData("We welcome the release of the fishermen.", "welcomes: release of the fishermen")]
    public void A_target_that_ends_before_the_limit_keeps_its_last_word(string text, string expected) =>
        Assert.Equal(expected, Claims(text));
}
