using Attest.Analysis;

namespace Attest.Tests.Attribution;

/// <summary>"The X embassy said": a nation's adjective after "the" qualifies the speaker's noun and names no body,
/// even when a body named after the nation's people is in the text. Every sentence and body is invented.</summary>
public sealed class QuoteSpeakerNationalityTests
{
    private static readonly Analyzer WithBodies = Build();

    [Theory]
    [InlineData("Swiss", "Switzerland", "Swiss of Chile")]
    [InlineData("Lebanese", "Lebanon", "Lebanese of Chile")]
    public void A_nation_adjective_after_the_is_not_a_body_of_that_name(string adjective, string country, string body)
    {
        var text = $"The {adjective} embassy in Santiago said in a note that {country} “had nothing to do with” the rally. "
            + $"The organisers, a group calling itself {body}, wrote that they had come to protest.";

        var analysis = WithBodies.Analyze(text);

        Assert.Contains(analysis.Organizations, o => o.Name == body);
        Assert.DoesNotContain(analysis.Quotes, q => q.Speaker == body);
    }

    [Fact]
    public void A_head_noun_after_the_still_names_the_body_it_belongs_to()
    {
        const string text = "The Chilean Press Council met in Santiago on Monday.\n\n“The ruling has gone too far for a free press,” the council said in a statement.";

        var analysis = WithBodies.Analyze(text);

        Assert.Equal("Chilean Press Council", Assert.Single(analysis.Quotes).Speaker);
    }

    private static Analyzer Build()
    {
        var builder = new AnalyzerBuilder();
        var added = builder.AddLexicon(new StringReader(
            "organization\tSwiss of Chile\t\tcountry=CL\n" +
            "organization\tLebanese of Chile\t\tcountry=CL\n" +
            "organization\tChilean Press Council\t\tcountry=CL\n"), "test");
        Assert.True(added.Success, added.Error);
        return builder.Build();
    }
}
