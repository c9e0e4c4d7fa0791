using Attest.Model;

namespace Attest.Tests.Incidents;

/// <summary>People named by their nation are civilians, whether the nation's word for them is its own
/// ("Norwegians") or the adjective ("French", "Lebanese", "Swiss"); the adjective qualifying a noun ("Lebanese
/// militants") names no people. Every sentence is invented.</summary>
public sealed class NationalityTargetTests
{
    [Theory]
    [InlineData("In 2019 explosions in Oslo killed more than forty peaceful Norwegians.")]
    [InlineData("In 2019 explosions in Oslo killed more than forty peaceful French.")]
    [InlineData("In 2019 more than forty peaceful Lebanese died in explosions in Oslo.")]
    [InlineData("In 2019 more than forty peaceful Swiss died in explosions in Oslo.")]
    public void A_nation_named_for_its_people_is_a_civilian_target(string text)
    {
        var report = Assert.Single(IncidentPipeline.Find(text).Reports);
        Assert.Equal(TargetCategory.Civilians, report.Target);
    }

    [Theory]
    [InlineData("Lebanese", "Swiss")]
    [InlineData("French", "Norwegian")]
    [InlineData("Swiss", "Norwegian")]
    public void The_adjective_before_a_noun_reads_as_the_distinct_adjective_does(string shared, string distinct)
    {
        foreach (var text in new[]
        {
            "In 2019 {0} militants attacked a checkpoint near Oslo.",
            "Two soldiers killed in {0} attack near Oslo on 3 May 2024.",
        })
        {
            var a = IncidentPipeline.Find(string.Format(System.Globalization.CultureInfo.InvariantCulture, text, shared)).Reports;
            var b = IncidentPipeline.Find(string.Format(System.Globalization.CultureInfo.InvariantCulture, text, distinct)).Reports;
            Assert.NotEmpty(b);
            Assert.Equal(b.Select(r => r.Target), a.Select(r => r.Target));
            Assert.Equal(b.Select(r => r.EventType), a.Select(r => r.EventType));
        }
    }
}
