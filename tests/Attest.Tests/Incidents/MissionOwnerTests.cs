using Attest.Linking;
using Attest.Model;

namespace Attest.Tests.Incidents;

/// <summary>Whose mission a diplomatic target is (<see cref="IncidentReport.MissionOwner"/>), read from the target's
/// own noun phrase in sentences written for these tests; "-" stands for no owner.</summary>
public sealed class MissionOwnerTests
{
    [Theory]
    // "the embassy of A", "the consulate general of A"
    [InlineData("Extremists stormed the embassy of Azerbaijan in Paris on 18 September 2022.", "AZ")]
    [InlineData("Vandals attacked the consulate general of Armenia in Istanbul on 2 May 2024.", "AM")]
    [InlineData("The embassy of the Netherlands in Ankara was attacked on 7 May 2024.", "NL")]
    // "A's embassy"
    [InlineData("Protesters attacked Turkey's consulate in Athens on 12 April 2024.", "TR")]
    [InlineData("A mob stormed Poland's embassy in Minsk on 3 May 2024.", "PL")]
    // adjective or demonym before the mission or diplomat word
    [InlineData("On 3 May 2024, a crowd of nationalists stormed the French embassy in Tbilisi.", "FR")]
    [InlineData("Unknown gunmen opened fire on the Iraqi embassy in Amman on 2 February 2024.", "IQ")]
    [InlineData("Gunmen shot at Iranian diplomats in Beirut on 5 May 2024.", "IR")]
    [InlineData("The Azerbaijani embassy in Paris was attacked on 18 September 2022.", "AZ")]
    public void The_owner_is_the_state_the_text_names_for_the_mission(string text, string expected) =>
        Assert.Equal(expected, Owner(text));

    [Theory]
    // The host city or state is where it happened, never whose mission it is.
    [InlineData("A mob ransacked the embassy in Khartoum on 6 April 2024.")]
    [InlineData("The embassy in France was attacked on 2 May 2024.")]
    [InlineData("Rioters set fire to a car outside the embassy in Tripoli on 9 March 2024.")]
    [InlineData("Greek police said a crowd attacked the consulate in Athens on 5 May 2024.")]
    [InlineData("A crowd attacked the Athens consulate on 5 May 2024.")]
    public void The_host_is_never_taken_for_the_owner(string text) =>
        Assert.Equal("-", Owner(text));

    [Theory]
    [InlineData("Artillery shelled the town of Kharkiv on 5 March 2024, killing three civilians.")]
    [InlineData("Rebels attacked army positions near Goma on 3 March 2024.")]
    [InlineData("Troops shelled Armenian villages near Goris on 4 May 2024.")]
    [InlineData("Thousands of people held a peaceful rally in Warsaw on 1 May 2024.")]
    public void A_target_that_is_no_mission_has_no_owner(string text)
    {
        var report = Assert.Single(IncidentPipeline.Find(text).Reports);

        Assert.Null(report.MissionOwner);
    }

    [Fact]
    public void Attacks_on_missions_of_two_states_in_one_city_are_two_reports()
    {
        var result = IncidentPipeline.Find(
            "On 3 May 2024 protesters attacked the Turkish embassy in Athens. On 3 May 2024 another crowd attacked the Iranian embassy in Athens.");

        Assert.Equal(["TR", "IR"], result.Reports.Select(r => r.MissionOwner ?? "-"));
    }

    [Fact]
    public void A_later_mention_without_owner_keeps_the_owner_of_the_incident()
    {
        var report = Assert.Single(IncidentPipeline.Find(
            "A crowd stormed the embassy of Poland in Minsk on 3 May 2024. The attack on the embassy lasted an hour.").Reports);

        Assert.Equal("PL", report.MissionOwner);
    }

    [Fact]
    public void Documents_about_missions_of_two_states_in_one_city_link_only_by_owner()
    {
        string[] texts =
        [
            "Protesters stormed the Turkish embassy in Athens on 3 May 2024.",
            "Protesters stormed the Iranian embassy in Athens on 3 May 2024.",
            "A crowd attacked the embassy of Turkey in Athens on 3 May 2024.",
        ];
        var reports = texts
            .Select((text, i) => (Document: new LinkDocument(i + 1, $"doc{i + 1}.txt", $"Outlet {i + 1}", null, null, i + 1), Report: Assert.Single(IncidentPipeline.Find(text).Reports)))
            .Select(x => new LinkReport(x.Document, 0, x.Report, x.Report.MissionOwner))
            .ToList();

        var result = new IncidentLinker().Link(reports);

        Assert.Equal(result.ClusterOf[0], result.ClusterOf[2]);
        Assert.NotEqual(result.ClusterOf[0], result.ClusterOf[1]);
    }

    private static string Owner(string text)
    {
        var report = Assert.Single(IncidentPipeline.Find(text).Reports);
        Assert.True(report.Target is TargetCategory.DiplomaticPremises or TargetCategory.DiplomaticPersonnel, $"target {report.Target}");
        return report.MissionOwner ?? "-";
    }
}
