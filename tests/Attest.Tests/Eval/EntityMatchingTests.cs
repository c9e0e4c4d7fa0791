using Attest.Model;
using static Attest.Tests.Eval.EvalFixtures;

namespace Attest.Tests.Eval;

/// <summary>Persons, organisations, places, times, figures and legal citations: mention-level predictions.</summary>
public sealed class EntityMatchingTests
{
    [Theory]
    [InlineData("Rahman Mustafayev")]
    [InlineData("Mustafayev")]
    [InlineData("rahman   MUSTAFAYEV")]
    [InlineData(" Rahman\u00A0Mustafayev ")]
    public void Person_matches_the_gold_name_or_an_alias_ignoring_case_and_spacing(string predicted)
    {
        var gold = Gold("""
            "persons": [{"name": "Rahman Mustafayev", "aliases": ["Mustafayev"]}]
            """);

        AssertCounts(ScoreOne(gold, EmptyAnalysis() with { Persons = [Person(predicted)] })["persons"], 1, 0, 0);
    }

    [Theory]
    [InlineData("Željana Zovko", "Zeljana Zovko")]
    [InlineData("Zeljana Zovko", "Željana Zovko")]
    [InlineData("Željana Zovko", "Z\u030Celjana Zovko")]
    [InlineData("Andrey Kovatchev", "ANDREY KOVATCHEV")]
    [InlineData("Łukasz Ślęzak", "Lukasz Slezak")]
    public void Names_compare_with_diacritics_folded(string goldName, string predicted)
    {
        var gold = Gold($$"""
            "persons": [{"name": "{{goldName}}"}]
            """);

        AssertCounts(ScoreOne(gold, EmptyAnalysis() with { Persons = [Person(predicted)] })["persons"], 1, 0, 0);
    }

    [Theory]
    [InlineData("Martuni Women's Community Council", "Martuni Women\u2019s Community Council")]
    [InlineData("Open Society Foundations \u2013 Armenia", "Open Society Foundations - Armenia")]
    [InlineData("\"Asparez\" Journalists Club", "\u201CAsparez\u201D Journalists Club")]
    public void Names_compare_with_typographic_punctuation_folded(string goldName, string predicted)
    {
        var gold = Gold($$"""
            "organizations": [{"name": {{System.Text.Json.JsonSerializer.Serialize(goldName)}}}]
            """);

        AssertCounts(ScoreOne(gold, EmptyAnalysis() with { Organizations = [Organization(predicted)] })["organizations"], 1, 0, 0);
    }

    [Fact]
    public void A_shorter_or_longer_name_is_not_a_match()
    {
        var gold = Gold("""
            "persons": [{"name": "Sabina Aliyeva", "aliases": ["Aliyeva"]}]
            """);

        AssertCounts(ScoreOne(gold, EmptyAnalysis() with { Persons = [Person("Aliyev"), Person("Sabina Aliyeva Khanum")] })["persons"], 0, 2, 1);
    }

    [Fact]
    public void Repeated_mentions_of_a_matched_name_are_not_false_positives()
    {
        var gold = Gold("""
            "persons": [{"name": "Ilham Aliyev", "aliases": ["Aliyev"]}]
            """);
        var predicted = EmptyAnalysis() with { Persons = [Person("Ilham Aliyev"), Person("Aliyev"), Person("Aliyev")] };

        AssertCounts(ScoreOne(gold, predicted)["persons"], 1, 0, 0);
    }

    [Fact]
    public void Unmatched_mentions_count_once_per_distinct_name()
    {
        var predicted = EmptyAnalysis() with { Persons = [Person("John Smith"), Person("john smith"), Person("Jane Doe")] };

        AssertCounts(ScoreOne(Gold(string.Empty), predicted)["persons"], 0, 2, 0);
    }

    [Theory]
    [InlineData("FR", 1, 0, 0)]
    [InlineData("fr", 1, 0, 0)]
    [InlineData("US", 0, 1, 1)]
    [InlineData(null, 0, 1, 1)]
    public void Place_needs_the_gold_country(string? country, int tp, int fp, int fn)
    {
        var gold = Gold("""
            "places": [{"name": "Paris", "country": "FR"}]
            """);

        AssertCounts(ScoreOne(gold, EmptyAnalysis() with { Places = [Place("Paris", country)] })["places"], tp, fp, fn);
    }

    [Theory]
    [InlineData("2022-09-18", "2022-09-18", true)]
    [InlineData("2022-09-12/2022-09-13", "2022-09-12/2022-09-13", true)]
    [InlineData("2022-09-12/2022-09-13", "2022-09-12", false)]
    [InlineData("2022-09", "2022-09", true)]
    [InlineData("2022-09", "2022-09-18", false)]
    [InlineData("2022", "2022-09-18", false)]
    [InlineData("2022-09-18", "2022", false)]
    [InlineData("XXXX-10-14", "XXXX-10-14", true)]
    [InlineData("XXXX-10-14", "xxxx-10-14", true)]
    [InlineData("XXXX-10-14", "2022-10-14", false)]
    [InlineData("2022-10-14", "XXXX-10-14", false)]
    [InlineData("199X", "199X", true)]
    [InlineData("199X", "199x", true)]
    [InlineData("199X", "1995", false)]
    [InlineData("199X", "1990/1999", true)]
    public void Time_matches_only_a_value_that_denotes_the_same_days(string goldValue, string predicted, bool matches)
    {
        var gold = Gold($$"""
            "times": [{"text": "t", "value": "{{goldValue}}"}]
            """);

        var score = ScoreOne(gold, EmptyAnalysis() with { Times = [Time(predicted)] })["times"];

        AssertCounts(score, matches ? 1 : 0, matches ? 0 : 1, matches ? 0 : 1);
    }

    [Fact]
    public void Gold_times_with_the_same_value_count_once()
    {
        var gold = Gold("""
            "times": [{"text": "9 November 2020", "value": "2020-11-09"}, {"text": "November 9", "value": "2020-11-09"}]
            """);

        AssertCounts(ScoreOne(gold, EmptyAnalysis() with { Times = [Time("2020-11-09")] })["times"], 1, 0, 0);
    }

    [Theory]
    [InlineData("\"count\": 79", 79L, null, FigureKind.Killed, true)]
    [InlineData("\"count\": 79", 79L, null, FigureKind.Injured, false)]
    [InlineData("\"count\": 79", 78L, null, FigureKind.Killed, false)]
    [InlineData("\"count_min\": 2000", null, 2000L, FigureKind.Killed, true)]
    [InlineData("\"count_min\": 2000", 2000L, null, FigureKind.Killed, false)]
    [InlineData("\"count\": 2000", null, 2000L, FigureKind.Killed, false)]
    public void Figure_matches_count_or_lower_bound_and_kind(string goldCount, long? count, long? countMin, FigureKind kind, bool matches)
    {
        var gold = Gold($$"""
            "figures": [{"text": "t", {{goldCount}}, "kind": "killed"}]
            """);

        var score = ScoreOne(gold, EmptyAnalysis() with { Figures = [Figure(count, countMin, kind)] })["figures"];

        AssertCounts(score, matches ? 1 : 0, matches ? 0 : 1, matches ? 0 : 1);
    }

    [Theory]
    [InlineData("null", "VCDR", null, true)]
    [InlineData("null", "VCDR", "22", false)]
    [InlineData("\"22\"", "VCDR", null, false)]
    [InlineData("\"22\"", "VCDR", "22", true)]
    [InlineData("\"22\"", "vcdr", "22", true)]
    [InlineData("22", "VCDR", "22", true)]
    [InlineData("\"22\"", "VCCR", "22", false)]
    public void Legal_citation_matches_instrument_and_article_with_null_only_matching_null(string goldArticle, string instrument, string? article, bool matches)
    {
        var gold = Gold($$"""
            "legal": [{"instrument": "VCDR", "article": {{goldArticle}}}]
            """);

        var score = ScoreOne(gold, EmptyAnalysis() with { Legal = [Legal(instrument, article)] })["legal"];

        AssertCounts(score, matches ? 1 : 0, matches ? 0 : 1, matches ? 0 : 1);
    }

    [Fact]
    public void Citations_of_an_instrument_with_and_without_article_are_two_items()
    {
        var gold = Gold("""
            "legal": [{"instrument": "VCDR", "article": null}, {"instrument": "VCDR", "article": "22"}]
            """);
        var predicted = EmptyAnalysis() with { Legal = [Legal("VCDR", null), Legal("VCDR", "22"), Legal("VCDR", null)] };

        AssertCounts(ScoreOne(gold, predicted)["legal"], 2, 0, 0);
    }

    [Fact]
    public void Matching_is_one_to_one_and_finds_the_largest_matching()
    {
        // "Aliyev" fits both gold persons; a greedy matcher would give it to the first, Heydar Aliyev, and
        // leave "Heydar Aliyev" no partner and Ilham Aliyev unmatched.
        var gold = Gold("""
            "persons": [{"name": "Heydar Aliyev", "aliases": ["Aliyev"]}, {"name": "Ilham Aliyev", "aliases": ["Aliyev"]}]
            """);
        var predicted = EmptyAnalysis() with { Persons = [Person("Aliyev"), Person("Heydar Aliyev")] };

        AssertCounts(ScoreOne(gold, predicted)["persons"], 2, 0, 0);
    }
}
