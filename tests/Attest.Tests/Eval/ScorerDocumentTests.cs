using Attest.Eval;
using Attest.Model;
using static Attest.Tests.Eval.EvalFixtures;

namespace Attest.Tests.Eval;

/// <summary>How gold and predicted documents pair up, and the totals across categories.</summary>
public sealed class ScorerDocumentTests
{
    private static readonly GoldDocument Sample = Gold("""
        "issuer": {"name": "Foreign Ministry", "aliases": []},
        "persons": [{"name": "Rahman Mustafayev", "aliases": ["Mustafayev"]}],
        "places": [{"name": "Paris", "country": "FR"}],
        "times": [{"text": "On September 18", "value": "2022-09-18"}],
        "incidents": [{"key": "k", "event_type": "riots", "date": "2022-09-18", "country": ["FR"]}]
        """);

    private static DocumentAnalysis PerfectSample() => EmptyAnalysis() with
    {
        Issuer = new Issuer("Foreign Ministry", IssuerKind.Government, Ev),
        Persons = [Person("Mustafayev")],
        Places = [Place("Paris", "FR")],
        Times = [Time("2022-09-18")],
        Incidents = [Incident(EventType.Riots, "2022-09-18", "FR")],
    };

    [Fact]
    public void Perfect_predictions_score_one_in_every_category_with_gold()
    {
        var report = ScoreOne(Sample, PerfectSample());

        foreach (var name in new[] { "persons", "places", "times", "incidents", "issuer" })
        {
            AssertCounts(report[name], 1, 0, 0);
        }

        AssertCounts(report.Micro, 5, 0, 0);
        Assert.Equal(1.0, report.Micro.F1);
    }

    [Fact]
    public void Empty_predictions_count_every_gold_item_as_missed()
    {
        var report = ScoreOne(Sample, EmptyAnalysis());

        AssertCounts(report.Micro, 0, 0, 5);
        Assert.Equal(0.0, report.Micro.F1);
    }

    [Fact]
    public void Gold_without_a_predicted_document_counts_every_gold_item_as_missed()
    {
        var report = Scorer.Score([Sample], [Predicted(PerfectSample(), "other.txt")]);

        AssertCounts(report.Micro, 0, 0, 5);
    }

    [Fact]
    public void A_predicted_document_without_gold_is_ignored()
    {
        var report = Scorer.Score([Sample], [Predicted(PerfectSample()), Predicted(PerfectSample(), "unannotated.txt")]);

        AssertCounts(report.Micro, 5, 0, 0);
    }

    [Fact]
    public void Empty_gold_makes_every_distinct_prediction_a_false_positive()
    {
        var report = ScoreOne(Gold(string.Empty), PerfectSample() with { Persons = [Person("Mustafayev"), Person("Mustafayev")] });

        AssertCounts(report["persons"], 0, 1, 0);
        AssertCounts(report["issuer"], 0, 1, 0);
        AssertCounts(report.Micro, 0, 5, 0);
        Assert.Equal(1.0, report["figures"].F1);
    }

    [Fact]
    public void Partial_predictions_score_hits_misses_and_errors()
    {
        var gold = Gold("""
            "persons": [{"name": "Emmanuel Macron", "aliases": ["Macron"]}, {"name": "Sabina Aliyeva", "aliases": ["Aliyeva"]}],
            "organizations": [{"name": "Azernews"}]
            """);
        var predicted = EmptyAnalysis() with
        {
            Persons = [Person("Macron"), Person("Aliyev")],
            Organizations = [Organization("Azernews"), Organization("APA")],
        };

        var report = ScoreOne(gold, predicted);

        AssertCounts(report["persons"], 1, 1, 1);
        AssertCounts(report["organizations"], 1, 1, 0);
        Assert.Equal(0.5, report["persons"].F1);
    }

    [Fact]
    public void Documents_pair_by_file_name_wherever_the_prediction_was_read_from()
    {
        var report = Scorer.Score([Sample], [Predicted(PerfectSample(), Path.Combine("corpus", "seeds", DocName))]);

        AssertCounts(report.Micro, 5, 0, 0);
    }

    [Fact]
    public void Micro_sums_every_category_except_loaded_attributed()
    {
        var gold = Gold("""
            "persons": [{"name": "A B"}],
            "loaded": [{"term": "barbarian", "kind": "dehumanising", "speaker": "A B"}]
            """);
        var predicted = EmptyAnalysis() with { Persons = [Person("A B")], Loaded = [Loaded("barbarians", LoadedKind.Dehumanising, "C D")] };

        var report = ScoreOne(gold, predicted);

        AssertCounts(report["loaded"], 1, 0, 0);
        AssertCounts(report["loaded_attributed"], 0, 1, 1);
        AssertCounts(report.Micro, 2, 0, 0);
    }

    [Fact]
    public void Categories_come_in_the_fixed_order() =>
        Assert.Equal(
            ["persons", "organizations", "places", "times", "figures", "legal", "quotes", "demands", "incidents", "loaded", "loaded_attributed", "issuer"],
            ScoreOne(Sample, EmptyAnalysis()).Categories.Select(c => c.Name));

    [Fact]
    public void Two_gold_files_for_one_document_are_refused() =>
        Assert.Throws<ArgumentException>(() => Scorer.Score([Sample, Sample], []));

    [Fact]
    public void Incident_clusters_that_do_not_line_up_with_incidents_are_refused() =>
        Assert.Throws<ArgumentException>(() => Scorer.Score([Sample], [Predicted(PerfectSample(), DocName, "x", "y")]));

    [Theory]
    [InlineData("Foreign Ministry", 1, 0, 0)]
    [InlineData("foreign  ministry", 1, 0, 0)]
    [InlineData("MFA", 1, 0, 0)]
    [InlineData("Ministry of Defence", 0, 1, 1)]
    [InlineData(null, 0, 0, 1)]
    public void Issuer_matches_the_gold_name_or_an_alias(string? predicted, int tp, int fp, int fn)
    {
        var gold = Gold("""
            "issuer": {"name": "Foreign Ministry", "aliases": ["MFA"]}
            """);
        var analysis = EmptyAnalysis() with { Issuer = predicted is null ? null : new Issuer(predicted, IssuerKind.Government, Ev) };

        AssertCounts(ScoreOne(gold, analysis)["issuer"], tp, fp, fn);
    }

    [Fact]
    public void Issuer_also_answers_to_the_aliases_of_the_gold_organisation_it_names()
    {
        var gold = Gold("""
            "issuer": {"name": "Foreign Ministry of Azerbaijan", "aliases": []},
            "organizations": [{"name": "Foreign Ministry of Azerbaijan", "aliases": ["Azerbaijani Foreign Ministry"]}]
            """);
        var analysis = EmptyAnalysis() with { Issuer = new Issuer("Azerbaijani Foreign Ministry", IssuerKind.Government, Ev) };

        AssertCounts(ScoreOne(gold, analysis)["issuer"], 1, 0, 0);
    }
}
