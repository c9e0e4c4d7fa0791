using Attest.Analysis;
using Attest.Lexicons;
using Attest.Linking;
using Attest.Model;

namespace Attest.Tests.Linking;

public sealed class TargetPersonsTests
{
    private static readonly Analyzer Analyzer = new AnalyzerBuilder().Build();
    private static readonly TargetPersons Persons = TargetPersons.From(LexiconSet.Bundled);

    [Theory]
    [InlineData("Police in Leeds detained the journalist Amira Solen on 4 May 2024.", "Amira Solen")]
    [InlineData("Police in Leeds arrested the blogger Petar Voss on 4 May 2024.", "Petar Voss")]
    [InlineData("Interior Minister Hal Brody said police had detained the blogger Petar Voss in Leeds on 4 May 2024.", "Petar Voss")]
    public void Finds_the_named_person_a_detention_was_aimed_at(string text, string expected)
    {
        var analysis = Analyzer.Analyze(text);

        var report = Assert.Single(analysis.Incidents);
        Assert.Equal(expected, Persons.Of(analysis, report));
    }

    [Fact]
    public void Gives_no_person_for_an_incident_not_aimed_at_one()
    {
        var analysis = Analyzer.Analyze("Artillery shelled Leeds on 4 May 2024, killing two civilians, spokesman Ivo Dant said.");

        Assert.All(analysis.Incidents, report => Assert.Null(Persons.Of(analysis, report)));
        Assert.NotEmpty(analysis.Incidents);
    }

    [Fact]
    public void The_speaker_is_not_the_person_detained()
    {
        var analysis = Analyzer.Analyze("Interior Minister Hal Brody said police had detained three protesters in Leeds on 4 May 2024.");

        Assert.Null(Persons.Of(analysis, Assert.Single(analysis.Incidents)));
    }

    [Fact]
    public void Knows_no_person_without_the_lexicons_event_words()
    {
        var analysis = Analyzer.Analyze("Police in Leeds detained the journalist Amira Solen on 4 May 2024.");

        Assert.Null(TargetPersons.None.Of(analysis, Assert.Single(analysis.Incidents)));
    }
}
