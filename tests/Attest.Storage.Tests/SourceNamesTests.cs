namespace Attest.Storage.Tests;

public sealed class SourceNamesTests
{
    [Theory]
    [InlineData("report.txt", "report.txt")]
    [InlineData("corpus/seeds/report.txt", "report.txt")]
    [InlineData("/data/corpus/report.txt", "report.txt")]
    [InlineData(@"C:\data\corpus\report.txt", "report.txt")]
    [InlineData("https://example.org/news/report.html?id=3#top", "report.html")]
    [InlineData("https://example.org/news/r%C3%A9sum%C3%A9.html", "résumé.html")]
    [InlineData("https://example.org/", "https://example.org/")]
    [InlineData("corpus/", "corpus/")]
    public void File_name_is_the_last_segment_of_a_path_or_url(string source, string expected)
    {
        Assert.Equal(expected, SourceNames.FileName(source));
    }
}
