using Attest.Lexicons;
using Attest.Mentions;
using Attest.Text;

namespace Attest.Tests.Mentions;

/// <summary>The document-date finder on short documents written for these tests: headers, a statement's
/// own date line at the top or the bottom, datelines, and documents that give no date of their own.</summary>
public sealed class DocumentDateFinderTests
{
    private static readonly DocumentDateFinder Finder = new(LexiconSet.Bundled);

    private const string Body = "The ministry condemned the attack on the embassy and called on the host state to protect its staff.";

    private static DocumentDate? Find(string text) => Finder.Find(TextLayerBuilder.Default.Build(text));

    [Theory]
    [InlineData("Published: 10 March 2024, 12:05\n\nBy Jane Roe\n\n" + Body, "2024-03-10")]
    [InlineData(" date 2022-09-19 By Example Ledger\n\nBy John Doe\n\n" + Body, "2022-09-19")]
    [InlineData("Example News | March 8, 2024 | 11:20 AM\n\nHeadline of the day\n\n" + Body, "2024-03-08")]
    [InlineData("EXAMPLE OBSERVER | World\nMarch 4, 2024, 8:15 AM\n\nHeadline of the day\n\n" + Body, "2024-03-04")]
    [InlineData("example.org › News\n\nHeadline of the day\n\nMon, 11 Mar 2024, 09:15\nBy Jane Roe\n\n" + Body, "2024-03-11")]
    [InlineData("Cookie notice: we use cookies on this site.\n\n10.03.2024, 11:05 | Source: Example Agency | 3 min read\n\n" + Body, "2024-03-10")]
    [InlineData("Updated: 2023-11-02\n\n" + Body, "2023-11-02")]
    public void Reads_a_publication_header_as_metadata(string text, string expected)
    {
        var date = Find(text);

        Assert.NotNull(date);
        Assert.Equal(expected, date.Value);
        Assert.True(date.IsMetadata);
    }

    [Theory]
    [InlineData(Body + "\n\nWe demand an investigation.\n\n\nSeptember 20, 2022, Baku", "2022-09-20", "Baku")]
    [InlineData(Body + "\n\nTolmany, 11 March 2024\n\n[1] Ministry statement of 8 March 2024.\n[2] Agency report, 8 March 2024.", "2024-03-11", "Tolmany")]
    [InlineData(Body + "\n\n11 March 2024, New Halvorn\n\nCentre for Civil Liberties\n\nJournalists Union NGO\n\nYouth Initiative", "2024-03-11", "New Halvorn")]
    [InlineData("Statement of the Ombudsperson on the shelling\n\n9 March 2024\n\n" + Body, "2024-03-09", null)]
    public void Reads_a_statements_own_date_line_as_text_with_its_place(string text, string expected, string? place)
    {
        var date = Find(text);

        Assert.NotNull(date);
        Assert.Equal(expected, date.Value);
        Assert.Equal(place, date.PlaceOfIssue);
        Assert.False(date.IsMetadata);
    }

    [Theory]
    [InlineData("Headline of the day\n\nLIRENSK, March 8 (Example Agency) — " + Body, "XXXX-03-08", "Lirensk")]
    [InlineData("Headline of the day\n\nGENEVA, Sept. 19, 2023 (Example Agency) — " + Body, "2023-09-19", "Geneva")]
    [InlineData("Headline of the day\n\nNew York, 12 May — " + Body, "XXXX-05-12", "New York")]
    public void Falls_back_to_a_dateline(string text, string expected, string place)
    {
        var date = Find(text);

        Assert.NotNull(date);
        Assert.Equal(expected, date.Value);
        Assert.Equal(place, date.PlaceOfIssue);
    }

    [Fact]
    public void Prefers_a_full_date_line_to_a_dateline()
    {
        var date = Find("Example Agency | March 8, 2024 | 11:20 AM\n\nLIRENSK, March 8 (Example Agency) — " + Body);

        Assert.Equal("2024-03-08", date?.Value);
        Assert.True(date?.IsMetadata);
    }

    [Theory]
    [InlineData(Body + "\n\nSince the statement of 9 November 2020 the border has not been calm.\n\nOpen Society Foundation\n\nPeace Dialogue NGO")]
    [InlineData("On 12 May 2021 troops crossed the border.\n\n" + Body)]
    [InlineData(Body)]
    [InlineData("Headline of the day\n\n" + Body + "\n\nSubscribe to our newsletter\n\nShare via")]
    [InlineData("Published: 06/2004\n\n" + Body)]
    public void Finds_no_date_where_only_running_text_has_one(string text) =>
        Assert.Null(Find(text));

    [Fact]
    public void Points_at_the_date_itself()
    {
        const string text = "Published: 10 March 2024, 12:05\n\n" + Body;

        var date = Find(text);

        Assert.Equal("10 March 2024", date?.Span.In(TextLayerBuilder.Default.Build(text).Text).ToString());
    }
}
