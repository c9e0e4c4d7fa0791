using Attest.Model;
using Attest.Text;
using static Attest.Tests.Attribution.VoicesFixture;

namespace Attest.Tests.Attribution;

/// <summary>The stance of a document's own voice, derived from its claims and demands.</summary>
public sealed class StanceSummaryTests
{
    private static StanceSummary Of(string text) => StanceSummary.Of(Attest.Analysis.Analyzer.Default.Analyze(text));

    [Fact]
    public void Gathers_what_the_own_voice_condemns_and_asks_of_whom()
    {
        var stance = Of(Statement + "We condemn the shelling of the market. We call on the police to investigate the shelling and to inform the families.");

        Assert.Equal(new[] { "shelling of the market" }, stance.Condemns.ToArray());
        var ask = Assert.Single(stance.Asks);
        Assert.Equal("police", ask.Addressee);
        Assert.Equal(new[] { DemandAction.Investigate, DemandAction.Inform }, ask.Actions.ToArray());
    }

    [Fact]
    public void Leaves_out_reported_speech()
    {
        var stance = Of(Statement + "“We condemn the raid and call on the army to withdraw,” Colonel Ivo Maric said.");

        Assert.True(stance.IsEmpty);
    }

    [Theory]
    [InlineData("We welcome the release of the fishermen.", "supports", "release of the fishermen")]
    [InlineData("We accuse the militia of shelling the school.", "accuses", "militia")]
    [InlineData("We are deeply concerned about the fate of the detainees.", "concerned", "fate of the detainees")]
    [InlineData("We reject the accusations of the ministry.", "denies", "accusations of the ministry")]
    public void Sorts_claims_by_their_act(string sentence, string row, string target)
    {
        var stance = Of(Statement + sentence);
        var list = row switch
        {
            "supports" => stance.Supports,
            "accuses" => stance.Accuses,
            "concerned" => stance.ConcernedAbout,
            _ => stance.Denies,
        };

        Assert.Equal(new[] { target }, list.ToArray());
    }

    [Fact]
    public void Names_each_target_once()
    {
        var claims = new[]
        {
            new Claim("Group", ClaimAct.Condemns, "the raid", new Span(0, 1), true, Evidence.Of(new Span(0, 1), "claim.test")),
            new Claim("Group", ClaimAct.Condemns, "The raid", new Span(0, 1), true, Evidence.Of(new Span(0, 1), "claim.test")),
        };
        var analysis = Attest.Analysis.Analyzer.Default.Analyze("Text.") with { Claims = [.. claims] };

        Assert.Equal(new[] { "the raid" }, StanceSummary.Of(analysis).Condemns.ToArray());
    }
}
