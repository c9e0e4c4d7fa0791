using Attest.Incidents;
using Attest.Lexicons;

namespace Attest.Tests.Incidents;

/// <summary>An agreement the text names by a cited instrument ("the 2001 Lakeview ceasefire agreement") is placed
/// where the instrument's name says it was signed and dated by the instrument's year, though the place stage leaves
/// the town inside the name to the instrument and the time stage leaves the year to the citation. The town and the
/// instrument are invented for these tests and added to the bundled lexicons.</summary>
public sealed class InstrumentAgreementTests
{
    private static readonly string[] Extra =
    [
        "city\tLakeview\t\tcountry=NO;lat=60.00;lon=10.00",
        "instrument\tLakeview Ceasefire Agreement\tLakeview ceasefire agreement|Lakeview ceasefire|Lakeview agreement\tid=LAKEVIEW2001;year=2001",
    ];

    private static readonly IncidentPipeline Pipeline =
        new(new LexiconSet(LexiconSet.Bundled.All.Concat(Extra.Select((line, i) => LexiconFile.ParseLine(line, $"test:{i + 1}").Value!))));

    [Theory]
    [InlineData("These acts violate the 2001 Lakeview ceasefire agreement.", "developments NO 2001")]
    [InlineData("The shelling breaks the Lakeview ceasefire agreement.", "developments NO 2001")]
    public void An_agreement_named_by_an_instrument_takes_its_place_and_year(string text, string expected) =>
        Assert.Equal(expected, IncidentPipeline.Summary(Find(text)));

    [Fact]
    public void An_instrument_that_names_no_agreement_word_is_no_incident() =>
        Assert.Empty(Find("Both sides cited the Lakeview agreement in their letters.").Reports);

    private static IncidentResult Find(string text) => Pipeline.Run(text);
}
