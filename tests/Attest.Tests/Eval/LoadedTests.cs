using Attest.Model;
using static Attest.Tests.Eval.EvalFixtures;

namespace Attest.Tests.Eval;

public sealed class LoadedTests
{
    [Theory]
    [InlineData("provocation", LoadedKind.AggressionLabel, true)]
    [InlineData("provocations", LoadedKind.AggressionLabel, true)]
    [InlineData("Provocations", LoadedKind.AggressionLabel, true)]
    [InlineData("armed provocation", LoadedKind.AggressionLabel, true)]
    [InlineData("provocation", LoadedKind.TerrorLabel, false)]
    [InlineData("provocative", LoadedKind.AggressionLabel, false)]
    public void Loaded_term_matches_with_plurals_folded_and_whole_word_containment(string term, LoadedKind kind, bool matches)
    {
        var gold = Gold("""
            "loaded": [{"term": "provocation", "kind": "aggression_label", "speaker": "S"}]
            """);

        var score = ScoreOne(gold, EmptyAnalysis() with { Loaded = [Loaded(term, kind, "S")] })["loaded"];

        AssertCounts(score, matches ? 1 : 0, matches ? 0 : 1, matches ? 0 : 1);
    }

    [Theory]
    [InlineData("terrorist", "terrorist act", true)]
    [InlineData("terror", "terrorist", false)]
    [InlineData("ethnic cleansing", "ethnic cleansings", true)]
    [InlineData("ethnic cleansing", "cleansing", false)]
    [InlineData("anti-Azerbaijani campaign", "anti-Azerbaijani campaigns", true)]
    [InlineData("barbarian", "Barbárians", true)]
    public void Loaded_term_matches_the_gold_words_inside_a_longer_prediction_only_as_whole_words(string goldTerm, string predicted, bool matches)
    {
        var gold = Gold($$"""
            "loaded": [{"term": "{{goldTerm}}", "kind": "other", "speaker": "S"}]
            """);

        var score = ScoreOne(gold, EmptyAnalysis() with { Loaded = [Loaded(predicted, LoadedKind.Other, "S")] })["loaded"];

        AssertCounts(score, matches ? 1 : 0, matches ? 0 : 1, matches ? 0 : 1);
    }

    [Fact]
    public void Loaded_term_matches_a_gold_alias()
    {
        var gold = Gold("""
            "loaded": [{"term": "blatant", "aliases": ["blatantly"], "kind": "intensifier", "speaker": "S"}]
            """);

        AssertCounts(ScoreOne(gold, EmptyAnalysis() with { Loaded = [Loaded("blatantly", LoadedKind.Intensifier, "S")] })["loaded"], 1, 0, 0);
    }

    [Fact]
    public void Predicting_an_optional_term_is_neither_right_nor_wrong()
    {
        var gold = Gold("""
            "loaded": [{"term": "hostage", "kind": "other", "speaker": "S", "optional": true}]
            """);

        var report = ScoreOne(gold, EmptyAnalysis() with { Loaded = [Loaded("hostages", LoadedKind.Other, "S")] });

        AssertCounts(report["loaded"], 0, 0, 0);
        AssertCounts(report["loaded_attributed"], 0, 0, 0);
    }

    [Fact]
    public void Missing_an_optional_term_costs_nothing()
    {
        var gold = Gold("""
            "loaded": [{"term": "hostage", "kind": "other", "speaker": "S", "optional": true},
                       {"term": "absurd", "kind": "intensifier", "speaker": "S"}]
            """);

        AssertCounts(ScoreOne(gold, EmptyAnalysis() with { Loaded = [Loaded("absurd", LoadedKind.Intensifier, "S")] })["loaded"], 1, 0, 0);
    }

    [Fact]
    public void Repeated_uses_of_a_term_count_once_right_or_wrong()
    {
        var gold = Gold("""
            "loaded": [{"term": "radical", "kind": "extremism_label", "speaker": "S"}]
            """);
        var predicted = EmptyAnalysis() with
        {
            Loaded = [.. Many(Loaded("radicals", LoadedKind.ExtremismLabel, "S"), 3), .. Many(Loaded("savage", LoadedKind.Dehumanising, "S"), 2)],
        };

        AssertCounts(ScoreOne(gold, predicted)["loaded"], 1, 1, 0);
    }

    [Fact]
    public void One_term_of_two_speakers_is_one_loaded_item_and_two_attributed_items()
    {
        var gold = Gold("""
            "persons": [{"name": "Rahman Mustafayev", "aliases": ["Mustafayev"]}],
            "loaded": [{"term": "fanatic", "aliases": ["fanatics"], "kind": "extremism_label", "speaker": "Foreign Ministry"},
                       {"term": "fanatic", "kind": "extremism_label", "speaker": "Rahman Mustafayev"}]
            """);
        var predicted = EmptyAnalysis() with
        {
            Loaded = [Loaded("fanatics", LoadedKind.ExtremismLabel, "Foreign Ministry"), Loaded("fanatics", LoadedKind.ExtremismLabel, "Mustafayev")],
        };

        var report = ScoreOne(gold, predicted);

        AssertCounts(report["loaded"], 1, 0, 0);
        AssertCounts(report["loaded_attributed"], 2, 0, 0);
    }

    [Theory]
    [InlineData("Rahman Mustafayev", 1, 0, 0)]
    [InlineData("Mustafayev", 1, 0, 0)]
    [InlineData("Sabina Aliyeva", 0, 1, 1)]
    [InlineData(null, 0, 1, 1)]
    public void Attributed_loaded_term_needs_a_name_of_the_gold_speaker(string? speaker, int tp, int fp, int fn)
    {
        var gold = Gold("""
            "issuer": {"name": "Azernews"},
            "persons": [{"name": "Rahman Mustafayev", "aliases": ["Mustafayev"]}],
            "loaded": [{"term": "barbarian", "aliases": ["barbarians"], "kind": "dehumanising", "speaker": "Rahman Mustafayev"}]
            """);

        var report = ScoreOne(gold, EmptyAnalysis() with { Loaded = [Loaded("barbarians", LoadedKind.Dehumanising, speaker)] });

        AssertCounts(report["loaded"], 1, 0, 0);
        AssertCounts(report["loaded_attributed"], tp, fp, fn);
    }

    [Fact]
    public void A_term_without_speaker_is_the_issuers_on_both_sides()
    {
        var gold = Gold("""
            "issuer": {"name": "Azernews"},
            "loaded": [{"term": "extremist", "kind": "extremism_label"}]
            """);
        var predicted = EmptyAnalysis() with
        {
            Issuer = new Issuer("Azernews", IssuerKind.NewsOutlet, Ev),
            Loaded = [Loaded("extremists", LoadedKind.ExtremismLabel)],
        };

        AssertCounts(ScoreOne(gold, predicted)["loaded_attributed"], 1, 0, 0);
    }
}
