using Attest.Eval;
using Attest.Model;
using static Attest.Tests.Eval.EvalFixtures;

namespace Attest.Tests.Eval;

/// <summary>Three documents: "paris" is reported by all three, "beirut" by the first two, "tehran" by the third.
/// Gold pairs across documents: paris 3, beirut 1 — four pairs to join; every other pair is to stay apart.</summary>
public sealed class LinkingTests
{
    private static readonly GoldDocument[] Golds =
    [
        Gold(Incidents(("paris", "FR"), ("beirut", "LB")), "one.txt"),
        Gold(Incidents(("paris", "FR"), ("beirut", "LB")), "two.txt"),
        Gold(Incidents(("paris", "FR"), ("tehran", "IR")), "three.txt"),
    ];

    [Fact]
    public void Perfect_clusters_join_every_gold_pair_and_nothing_else()
    {
        var report = Score(["paris", "beirut"], ["paris", "beirut"], ["paris", "tehran"]);

        AssertCounts(report.Linking, 4, 0, 0);
        Assert.Equal(1.0, report.Linking.F1);
    }

    [Fact]
    public void One_cluster_for_everything_joins_every_pair()
    {
        var report = Score(["all", "all"], ["all", "all"], ["all", "all"]);

        // 6 incidents in 3 documents: 15 pairs, 3 within a document, 12 across; 4 are right.
        AssertCounts(report.Linking, 4, 8, 0);
    }

    [Fact]
    public void A_cluster_per_account_joins_nothing()
    {
        var report = Score(["a", "b"], ["c", "d"], ["e", "f"]);

        AssertCounts(report.Linking, 0, 0, 4);
    }

    [Fact]
    public void Unlinked_accounts_join_nothing()
    {
        var report = Score([null, null], [null, null], [null, null]);

        AssertCounts(report.Linking, 0, 0, 4);
    }

    [Fact]
    public void A_gold_incident_that_was_not_found_misses_all_its_pairs()
    {
        var predicted = new[]
        {
            Predicted(Accounts("FR", "LB"), "one.txt", "x", "y"),
            Predicted(Accounts("FR"), "two.txt", "x"),
            Predicted(Accounts("FR", "IR"), "three.txt", "x", "z"),
        };

        var report = Scorer.Score(Golds, predicted);

        AssertCounts(report["incidents"], 5, 0, 1);
        AssertCounts(report.Linking, 3, 0, 1);
    }

    [Fact]
    public void A_gold_document_without_predictions_misses_all_its_pairs()
    {
        var predicted = new[]
        {
            Predicted(Accounts("FR", "LB"), "one.txt", "x", "y"),
            Predicted(Accounts("FR", "LB"), "two.txt", "x", "y"),
        };

        var report = Scorer.Score(Golds, predicted);

        // paris one–two and beirut one–two are found; paris one–three and two–three are missed.
        AssertCounts(report.Linking, 2, 0, 2);
    }

    [Fact]
    public void Accounts_in_one_document_are_not_pairs()
    {
        var golds = new[] { Gold(Incidents(("paris", "FR"), ("paris", "FR")), "one.txt") };

        var report = Scorer.Score(golds, [Predicted(Accounts("FR", "FR"), "one.txt", "x", "x")]);

        AssertCounts(report.Linking, 0, 0, 0);
    }

    [Fact]
    public void Look_alike_incidents_of_one_document_keep_their_order_when_nothing_tells_them_apart()
    {
        var golds = new[]
        {
            Gold(Incidents(("first-raid", "FR"), ("second-raid", "FR")), "one.txt"),
            Gold(Incidents(("first-raid", "FR")), "two.txt"),
            Gold(Incidents(("second-raid", "FR")), "three.txt"),
        };
        var predicted = new[]
        {
            Predicted(Accounts("FR", "FR"), "one.txt", "first", "second"),
            Predicted(Accounts("FR"), "two.txt", "first"),
            Predicted(Accounts("FR"), "three.txt", "second"),
        };

        AssertCounts(Scorer.Score(golds, predicted).Linking, 2, 0, 0);
    }

    [Fact]
    public void Look_alike_incidents_pair_with_the_accounts_that_agree_on_place()
    {
        var golds = new[]
        {
            Gold("""
                "incidents": [{"key": "paris", "event_type": "riots", "country": ["FR"], "place": "Paris"},
                              {"key": "lyon", "event_type": "riots", "country": ["FR"], "place": "Lyon"}]
                """, "one.txt"),
            Gold(Incidents(("lyon", "FR")), "two.txt"),
        };
        var one = EmptyAnalysis() with
        {
            Incidents = [Incident(EventType.Riots, null, "FR") with { Place = "Lyon" }, Incident(EventType.Riots, null, "FR") with { Place = "Paris" }],
        };

        var report = Scorer.Score(golds, [Predicted(one, "one.txt", "lyon-cluster", "paris-cluster"), Predicted(Accounts("FR"), "two.txt", "lyon-cluster")]);

        AssertCounts(report.Linking, 1, 0, 0);
    }

    private static EvalReport Score(string?[] one, string?[] two, string?[] three) =>
        Scorer.Score(Golds, [Predicted(Accounts(Golds[0]), "one.txt", one), Predicted(Accounts(Golds[1]), "two.txt", two), Predicted(Accounts(Golds[2]), "three.txt", three)]);

    /// <summary>One predicted account per gold incident of <paramref name="gold"/>, each in its gold country.</summary>
    private static DocumentAnalysis Accounts(GoldDocument gold) => Accounts([.. gold.Incidents.Select(i => i.Countries[0])]);

    private static DocumentAnalysis Accounts(params string[] countries) =>
        EmptyAnalysis() with { Incidents = [.. countries.Select(country => Incident(EventType.Riots, "2022-09-18", country))] };

    private static string Incidents(params (string Key, string Country)[] incidents) =>
        "\"incidents\": [" + string.Join(", ", incidents.Select(i => $$"""{"key": "{{i.Key}}", "event_type": "riots", "date": null, "country": ["{{i.Country}}"]}""")) + "]";
}
