namespace Attest.Tests.Incidents;

/// <summary>The claimed perpetrator is a noun phrase: it does not end on an article, a preposition, a conjunction,
/// an auxiliary, an adverb or a relative word, does not open with a preposition or conjunction, and does not reach
/// back over an infinitive's "to". Every sentence is invented.</summary>
public sealed class PerpetratorBoundaryTests
{
    [Theory]
    [InlineData("The school in Goma was attacked by rebels and the shelling went on for a week.", "rebels")]
    [InlineData("Government troops have illegally and deliberately shelled the outskirts of Goma on 3 May 2024.", "Government troops")]
    [InlineData("In May 2024 rebel fighters shelled the outskirts of Goma.", "rebel fighters")]
    [InlineData("Residents fled as rebel fighters shelled the outskirts of Goma on 3 May 2024.", "rebel fighters")]
    [InlineData("The police arrested the men who stormed the embassy in Paris on 3 May 2024.", "the men")]
    public void The_perpetrator_ends_and_starts_on_its_noun_phrase(string text, string perpetrator)
    {
        var found = IncidentPipeline.Find(text).Reports.Select(r => r.Perpetrator).ToList();
        Assert.Contains(perpetrator, found);
    }

    [Theory]
    [InlineData("On 3 May 2024, a crowd of nationalists stormed the French embassy in Tbilisi.", "a crowd of nationalists")]
    [InlineData("The journalist was detained by officers of the security service in Minsk.", "officers of the security service")]
    public void A_tidy_phrase_is_left_as_it_is(string text, string perpetrator) =>
        Assert.Equal(perpetrator, Assert.Single(IncidentPipeline.Find(text).Reports).Perpetrator);
}
