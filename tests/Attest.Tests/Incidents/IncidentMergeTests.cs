namespace Attest.Tests.Incidents;

/// <summary>How later mentions of one fight join the report a place already locates, from sentences written for
/// these tests (published 20 May 2024).</summary>
public sealed class IncidentMergeTests
{
    [Theory]
    // The sides named by "returned fire" are who fought, not where: the report stays where the place puts it.
    [InlineData("Rebels attacked army positions near Goma on 3 May 2024. Rwandan units returned fire.", "battles CD 2024-05-03")]
    [InlineData("Rebels attacked army positions near Goma on 3 May 2024. Congolese units returned fire.", "battles CD 2024-05-03")]
    // A battle and shelling at one town are one incident; a later placeless "returned fire" joins it.
    [InlineData("On 3 May 2024 rebels attacked army positions near Goma and shelled Goma. Congolese units returned fire.", "battles CD 2024-05-03")]
    // Fighting that no place locates is still placed by its sides.
    [InlineData("Border clashes between Armenian and Azerbaijani forces broke out on 13 September 2022.", "battles AM,AZ 2022-09-13")]
    public void A_later_mention_of_the_same_fight_joins_its_report(string text, string expected) =>
        Assert.Equal(expected, IncidentPipeline.Summary(IncidentPipeline.Find(text)));
}
