namespace Attest.Tests.Incidents;

/// <summary>Events a text refers to without an act verb ("what happened at the embassy", "the damage to the
/// consulate") and wars named by their year with no place in their sentence. Sentences written for these tests;
/// the publication date is 20 May 2024.</summary>
public sealed class EventReferenceTests
{
    [Theory]
    [InlineData("What happened outside the embassy in Lyon on 4 May 2024 was a disgrace.", "riots FR 2024-05-04")]
    [InlineData("The incident at the consulate in Milan on 5 May 2024 was condemned by the government.", "riots IT 2024-05-05")]
    [InlineData("The minister asked the hosts to pay for the damage to the embassy in Oslo.", "riots NO 2024-05")]
    public void An_event_referred_to_by_a_noun_is_an_incident_at_its_target(string text, string expected) =>
        Assert.Equal(expected, IncidentPipeline.Summary(IncidentPipeline.Find(text)));

    [Theory]
    [InlineData("The incident was discussed at length by the ministry.")]
    [InlineData("The dispute did lasting damage to relations between the two states.")]
    [InlineData("Nobody knows what happened to the old treaty.")]
    public void A_reference_without_a_target_or_place_is_no_incident(string text) =>
        Assert.Empty(IncidentPipeline.Find(text).Reports);

    [Fact]
    public void A_war_named_by_its_year_takes_the_state_its_paragraph_names()
    {
        var result = IncidentPipeline.Find("Residents of Goma buried their dead on 3 May 2024. Families who rebuilt their homes after the 1998 war have lost them again.");

        Assert.Contains("battles CD 1998", IncidentPipeline.Summary(result), StringComparison.Ordinal);
    }

    [Theory]
    // No year: a war the text only alludes to.
    [InlineData("Residents of Goma buried their dead on 3 May 2024. Families who rebuilt their homes after the war have lost them again.")]
    // The place is in another paragraph.
    [InlineData("Residents of Goma buried their dead on 3 May 2024.\n\nFamilies who rebuilt their homes after the 1998 war have lost them again.")]
    public void A_war_without_a_year_or_a_place_in_its_paragraph_is_no_incident(string text) =>
        Assert.DoesNotContain("1998", IncidentPipeline.Summary(IncidentPipeline.Find(text)), StringComparison.Ordinal);
}
