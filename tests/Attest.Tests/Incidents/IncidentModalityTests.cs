using Attest.Model;

namespace Attest.Tests.Incidents;

/// <summary>How the stage reads the modality of an event: only asserted and reported events become reports; the
/// others are kept as context with their modality.</summary>
public sealed class IncidentModalityTests
{
    [Theory]
    // Hypothetical: modals, "possible", "threat of", "prevent", conditions, plans.
    [InlineData("Embassies in Paris may be attacked again.")]
    [InlineData("The ministry warned of possible attacks on embassies in Paris.")]
    [InlineData("Missions in Berlin could face similar attacks.")]
    [InlineData("Diplomatic missions in Rome might be stormed by radicals.")]
    [InlineData("If the guards are removed, radicals will storm the embassy in Paris.")]
    [InlineData("The host state must prevent any attack on the embassy in London.")]
    [InlineData("Rebels threatened to attack the town of Goma.")]
    [InlineData("The group planned a protest outside the embassy in Vienna.")]
    [InlineData("Officials fear further shelling of Kharkiv.")]
    [InlineData("The opposition called for a ceasefire in Sudan.")]
    [InlineData("Soldiers would open fire on the village near Goma.")]
    [InlineData("There is a risk of clashes near Juba.")]
    public void Hypothetical_events_are_context_not_reports(string text) =>
        AssertContext(text, Modality.Hypothetical);

    [Theory]
    [InlineData("The rebels did not attack the town of Goma.")]
    [InlineData("The gathering in Vienna was not a protest.")]
    [InlineData("Troops never fired on the village of Kharkiv.")]
    [InlineData("No embassy was attacked in Paris.")]
    [InlineData("Soldiers have not shelled Donetsk.")]
    public void Negated_events_are_context_not_reports(string text) =>
        AssertContext(text, Modality.Negated);

    [Theory]
    [InlineData("Troops regularly open fire on villages near Goma.")]
    [InlineData("Soldiers fire on the town of Kharkiv almost daily.")]
    [InlineData("Militants routinely attack convoys near Mosul.")]
    [InlineData("Rebels frequently raid villages near Goma.")]
    [InlineData("Gunmen often shoot at cars in Juba.")]
    [InlineData("Artillery shells Donetsk every night.")]
    public void Habitual_events_are_context_not_reports(string text) =>
        AssertContext(text, Modality.Habitual);

    [Theory]
    [InlineData("Rebels used to raid villages near Goma.")]
    [InlineData("In the past, protesters stormed the embassy in Tehran.")]
    [InlineData("Historically, militias clashed with the army near Mosul.")]
    public void Historical_events_without_a_date_are_context_not_reports(string text) =>
        AssertContext(text, Modality.Historical);

    [Theory]
    [InlineData("Troops shelled the town of Kharkiv on 5 March 2024, the ministry said.")]
    [InlineData("According to the police, protesters attacked the consulate in Athens on 2 May 2024.")]
    [InlineData("The ministry denied that its troops shelled the town of Kharkiv on 5 March 2024.")]
    [InlineData("The agency reported that rebels attacked army positions near Goma on 3 March 2024.")]
    [InlineData("Officials claimed that gunmen attacked the embassy in Kabul on 8 May 2024.")]
    public void Reported_events_are_reports_with_reported_modality(string text)
    {
        var result = IncidentPipeline.Find(text);
        Assert.Equal(Modality.Reported, Assert.Single(result.Reports).Modality);
    }

    [Theory]
    [InlineData("Extremists stormed the embassy in Paris on 18 September 2022.")]
    [InlineData("Artillery shelled the town of Kharkiv on 5 March 2024.")]
    [InlineData("In 1998, a crowd stormed the embassy in Tehran.")]
    public void Events_told_in_the_writers_own_voice_are_asserted(string text) =>
        Assert.Equal(Modality.Asserted, Assert.Single(IncidentPipeline.Find(text).Reports).Modality);

    [Fact]
    public void An_event_inside_a_quotation_is_reported_by_its_speaker()
    {
        var result = IncidentPipeline.Find("“Extremists stormed our embassy in Paris on 18 September 2022,” Foreign Minister Jane Doe said.");
        var report = Assert.Single(result.Reports);
        Assert.Equal(Modality.Reported, report.Modality);
        Assert.Equal("Jane Doe", report.ReportedBy);
    }

    [Fact]
    public void An_asserted_report_names_no_reporter() =>
        Assert.Null(Assert.Single(IncidentPipeline.Find("Extremists stormed the embassy in Paris on 18 September 2022.").Reports).ReportedBy);

    [Fact]
    public void A_hypothetical_mention_does_not_merge_into_a_real_incident_of_the_same_place()
    {
        var result = IncidentPipeline.Find("Extremists stormed the embassy in Paris on 18 September 2022. The ministry warned that the consulate in Lyon could face similar attacks.");
        Assert.Equal("riots FR 2022-09-18", IncidentPipeline.Summary(result));
        Assert.Equal(Modality.Hypothetical, Assert.Single(result.Context, c => c.Modality != Modality.Asserted).Modality);
    }

    private static void AssertContext(string text, Modality modality)
    {
        var result = IncidentPipeline.Find(text);
        Assert.Empty(result.Reports);
        Assert.Contains(result.Context, c => c.Modality == modality);
    }
}
