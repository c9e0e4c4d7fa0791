using Attest.Eval;
using Attest.Model;
using static Attest.Tests.Eval.EvalFixtures;

namespace Attest.Tests.Eval;

public sealed class IncidentTests
{
    [Theory]
    [InlineData(null, null, true)]
    [InlineData(null, "2022-09-18", true)]
    [InlineData("2022-09-18", null, false)]
    [InlineData("2022-09-18", "2022-09-18", true)]
    [InlineData("2022-09-18", "2022-09-17", false)]
    [InlineData("2022-09", "2022-09-18", true)]
    [InlineData("2022-09-18", "2022-09", true)]
    [InlineData("2022-09", "2022-10-01", false)]
    [InlineData("2022", "2022-12-31", true)]
    [InlineData("2022", "2023-01-01", false)]
    [InlineData("2022-09-12/2022-09-13", "2022-09-13", true)]
    [InlineData("2022-09-12/2022-09-13", "2022-09-14", false)]
    [InlineData("2022-09-12/2022-09-13", "2022-09-13/2022-09-20", true)]
    [InlineData("2022-09-12", "2022-09-10/2022-09-12", true)]
    [InlineData("199X", "1995-03-02", true)]
    [InlineData("199X", "1990", true)]
    [InlineData("199X", "2000", false)]
    [InlineData("199X", "1989-12-31/1990-01-01", true)]
    [InlineData("199X", "198X", false)]
    [InlineData("XXXX-10-14", "2022-10-14", true)]
    [InlineData("XXXX-10-14", "1999-10-14", true)]
    [InlineData("XXXX-10-14", "2022-10-15", false)]
    [InlineData("XXXX-10-14", "2022-10", true)]
    [InlineData("XXXX-10-14", "XXXX-10-14", true)]
    [InlineData("XXXX-10-14", "XXXX-10", true)]
    [InlineData("XXXX-10-14", "2022", true)]
    [InlineData("2022-10-14", "XXXX-10-14", true)]
    [InlineData("XXXX-02-29", "2024-02-29", true)]
    [InlineData("XXXX-02-29", "2023-02", false)]
    [InlineData("last week", "last week", true)]
    [InlineData("last week", "2022-09-18", false)]
    public void Incident_dates_are_compatible_when_their_days_overlap(string? gold, string? predicted, bool compatible) =>
        Assert.Equal(compatible, DocumentScorer.DatesCompatible(gold, predicted));

    [Theory]
    [InlineData(EventType.Battles, "2022-09-13", new[] { "AM" }, true)]
    [InlineData(EventType.Battles, "2022-09-13", new[] { "TR", "AZ" }, true)]
    [InlineData(EventType.Battles, "2022-09-13", new[] { "TR" }, false)]
    [InlineData(EventType.Battles, "2022-09-13", new string[0], false)]
    [InlineData(EventType.Riots, "2022-09-13", new[] { "AM" }, false)]
    [InlineData(EventType.Battles, "2022-09-14", new[] { "AM" }, false)]
    [InlineData(EventType.Battles, null, new[] { "AM" }, false)]
    public void Incident_needs_event_type_a_gold_country_and_a_compatible_date(EventType type, string? date, string[] countries, bool matches)
    {
        var gold = Gold("""
            "incidents": [{"key": "k", "event_type": "battles", "date": "2022-09-12/2022-09-13", "country": ["AZ", "AM"]}]
            """);

        var score = ScoreOne(gold, EmptyAnalysis() with { Incidents = [Incident(type, date, countries)] })["incidents"];

        AssertCounts(score, matches ? 1 : 0, matches ? 0 : 1, matches ? 0 : 1);
    }

    [Fact]
    public void A_second_account_of_a_matched_incident_is_a_false_positive()
    {
        var gold = Gold("""
            "incidents": [{"key": "k", "event_type": "riots", "date": null, "country": ["FR"]}]
            """);
        var predicted = EmptyAnalysis() with { Incidents = [Incident(EventType.Riots, "2022-09-18", "FR"), Incident(EventType.Riots, null, "FR")] };

        AssertCounts(ScoreOne(gold, predicted)["incidents"], 1, 1, 0);
    }
}
