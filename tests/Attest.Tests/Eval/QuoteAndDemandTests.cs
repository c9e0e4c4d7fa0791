using Attest.Model;
using static Attest.Tests.Eval.EvalFixtures;

namespace Attest.Tests.Eval;

/// <summary>Quotes and demands: counted item by item.</summary>
public sealed class QuoteAndDemandTests
{
    private const string Said = "\u201CWe strongly condemn the criminal actions of the group,\u201D the ministry said.";

    private static readonly Attest.Eval.GoldDocument QuoteGold = Gold("""
        "organizations": [{"name": "Foreign Ministry of Azerbaijan", "aliases": ["Azerbaijani Foreign Ministry"]}],
        "quotes": [{"speaker": "Foreign Ministry of Azerbaijan", "starts": "We strongly condemn the criminal actions"}]
        """);

    [Theory]
    [InlineData(0, 55)]
    [InlineData(1, 54)]
    [InlineData(0, 56)]
    public void Quote_prefix_matches_with_or_without_the_opening_curly_quote(int start, int length)
    {
        var predicted = EmptyAnalysis(Said) with { Quotes = [Quote(start, length, "Foreign Ministry of Azerbaijan")] };

        AssertCounts(ScoreOne(QuoteGold, predicted)["quotes"], 1, 0, 0);
    }

    [Fact]
    public void Quote_speaker_may_be_any_name_of_the_gold_speaker()
    {
        var predicted = EmptyAnalysis(Said) with { Quotes = [Quote(1, 54, "Azerbaijani Foreign Ministry")] };

        AssertCounts(ScoreOne(QuoteGold, predicted)["quotes"], 1, 0, 0);
    }

    [Theory]
    [InlineData("Ministry of Defence")]
    [InlineData(null)]
    public void Quote_with_another_or_no_speaker_is_wrong(string? speaker)
    {
        var predicted = EmptyAnalysis(Said) with { Quotes = [Quote(1, 54, speaker)] };

        AssertCounts(ScoreOne(QuoteGold, predicted)["quotes"], 0, 1, 1);
    }

    [Fact]
    public void Quote_that_starts_later_in_the_gold_words_is_wrong()
    {
        var predicted = EmptyAnalysis(Said) with { Quotes = [Quote(4, 51, "Foreign Ministry of Azerbaijan")] };

        AssertCounts(ScoreOne(QuoteGold, predicted)["quotes"], 0, 1, 1);
    }

    [Fact]
    public void Quote_prefix_compares_typographic_apostrophes_and_case_folded()
    {
        var gold = Gold("""
            "quotes": [{"speaker": "Ilham Aliyev", "starts": "We can't accept it"}]
            """);
        const string text = "\u201Cwe can\u2019t  ACCEPT it, ever.\u201D";

        AssertCounts(ScoreOne(gold, EmptyAnalysis(text) with { Quotes = [Quote(0, text.Length - 1, "Ilham Aliyev")] })["quotes"], 1, 0, 0);
    }

    [Fact]
    public void A_second_prediction_of_a_matched_quote_is_a_false_positive()
    {
        var predicted = EmptyAnalysis(Said) with
        {
            Quotes = [Quote(1, 54, "Foreign Ministry of Azerbaijan"), Quote(0, 55, "Foreign Ministry of Azerbaijan")],
        };

        AssertCounts(ScoreOne(QuoteGold, predicted)["quotes"], 1, 1, 0);
    }

    [Fact]
    public void A_quote_span_outside_the_text_is_refused() =>
        Assert.Throws<ArgumentException>(() => ScoreOne(QuoteGold, EmptyAnalysis("short") with { Quotes = [Quote(2, 10, "x")] }));

    [Theory]
    [InlineData("host nations", DemandAction.Protect, true)]
    [InlineData("the host nations", DemandAction.Protect, true)]
    [InlineData("host", DemandAction.Protect, true)]
    [InlineData("Host States", DemandAction.Protect, true)]
    [InlineData("host nations", DemandAction.Investigate, false)]
    [InlineData("international community", DemandAction.Protect, false)]
    [InlineData("", DemandAction.Protect, false)]
    public void Demand_needs_the_action_and_an_addressee_containing_or_contained_in_a_gold_one(string addressee, DemandAction action, bool matches)
    {
        var gold = Gold("""
            "demands": [{"speaker": "x", "addressee_any": ["host nations", "host states"], "action": "protect"}]
            """);

        var score = ScoreOne(gold, EmptyAnalysis() with { Demands = [Demand(addressee, action)] })["demands"];

        AssertCounts(score, matches ? 1 : 0, matches ? 0 : 1, matches ? 0 : 1);
    }

    [Theory]
    [InlineData("France", true)]
    [InlineData("the governments of the United States, France and other countries", true)]
    [InlineData("Islamic Republic of Iran", false)]
    [InlineData("Fran", false)]
    public void Demand_addressee_containment_works_both_ways_on_whole_words(string addressee, bool matches)
    {
        var gold = Gold("""
            "demands": [{"speaker": "x", "addressee_any": ["governments of the United States, France", "France"], "action": "fulfil_obligations"}]
            """);

        var score = ScoreOne(gold, EmptyAnalysis() with { Demands = [Demand(addressee, DemandAction.FulfilObligations)] })["demands"];

        AssertCounts(score, matches ? 1 : 0, matches ? 0 : 1, matches ? 0 : 1);
    }

    [Fact]
    public void Demand_containment_needs_whole_words_not_letters()
    {
        // "UN" is inside the letters of "community", but not one of its words.
        var gold = Gold("""
            "demands": [{"speaker": "x", "addressee_any": ["international community"], "action": "monitor"}]
            """);

        AssertCounts(ScoreOne(gold, EmptyAnalysis() with { Demands = [Demand("UN", DemandAction.Monitor)] })["demands"], 0, 1, 1);
    }

    [Fact]
    public void The_same_demand_predicted_twice_counts_once_but_another_addressee_is_a_false_positive()
    {
        var gold = Gold("""
            "demands": [{"speaker": "x", "addressee_any": ["Iran", "Islamic Republic of Iran"], "action": "punish"}]
            """);
        var predicted = EmptyAnalysis() with
        {
            Demands = [Demand("Iran", DemandAction.Punish), Demand("iran", DemandAction.Punish, "other speaker"), Demand("Islamic Republic of Iran", DemandAction.Punish)],
        };

        AssertCounts(ScoreOne(gold, predicted)["demands"], 1, 1, 0);
    }

    [Theory]
    [InlineData(DemandAction.FulfilObligations, "fulfil_obligations")]
    [InlineData(DemandAction.HoldAccountable, "hold_accountable")]
    [InlineData(DemandAction.AcceptResponsibility, "accept_responsibility")]
    [InlineData(DemandAction.TakeMeasures, "take_measures")]
    [InlineData(DemandAction.EndPolicy, "end_policy")]
    [InlineData(DemandAction.PayAttention, "pay_attention")]
    [InlineData(DemandAction.Protect, "protect")]
    [InlineData(DemandAction.Other, "other")]
    public void Demand_actions_match_the_snake_case_names_of_the_gold_format(DemandAction action, string goldAction)
    {
        var gold = Gold($$"""
            "demands": [{"speaker": "x", "addressee_any": ["France"], "action": "{{goldAction}}"}]
            """);

        AssertCounts(ScoreOne(gold, EmptyAnalysis() with { Demands = [Demand("France", action)] })["demands"], 1, 0, 0);
    }
}
