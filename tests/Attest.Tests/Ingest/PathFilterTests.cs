using Attest.Ingest;

namespace Attest.Tests.Ingest;

public sealed class PathFilterTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "attest-filter-" + Guid.NewGuid().ToString("N"));

    public PathFilterTests() => Directory.CreateDirectory(root);

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Theory]
    [InlineData("*.pdf", "a.pdf", true)]
    [InlineData("*.pdf", "deep/er/a.PDF", true)]
    [InlineData("*.pdf", "a.pdf.txt", false)]
    [InlineData("report-??.txt", "x/report-01.txt", true)]
    [InlineData("report-??.txt", "report-1.txt", false)]
    [InlineData("report-[0-9]*.txt", "report-7b.txt", true)]
    [InlineData("report-[!0-9]*.txt", "report-7b.txt", false)]
    [InlineData("drafts/*.txt", "drafts/a.txt", true)]
    [InlineData("drafts/*.txt", "drafts/sub/a.txt", false)]
    [InlineData("drafts/*.txt", "other/drafts/a.txt", false)]
    [InlineData("drafts/**", "drafts/sub/a.txt", true)]
    [InlineData("**/2024/*.html", "2024/a.html", true)]
    [InlineData("**/2024/*.html", "news/2024/a.html", true)]
    [InlineData("**/2024/*.html", "news/2024/x/a.html", false)]
    [InlineData("./drafts/", "drafts/a.txt", true)]
    [InlineData(@"drafts\*.txt", "drafts/a.txt", true)]
    public void Patterns_match_names_at_any_depth_and_paths_from_the_walked_folder(string pattern, string path, bool matches)
    {
        var glob = GlobPattern.Parse(pattern);

        Assert.True(glob.Success, glob.Error);
        Assert.Equal(matches, glob.Value!.IsMatch(path));
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("report-[0-9.txt", "'[' without ']'")]
    [InlineData("a[].txt", "empty set")]
    public void A_broken_pattern_is_refused_in_one_line_naming_it(string pattern, string reason)
    {
        var filter = PathFilter.Create(["*.txt", pattern], []);

        Assert.False(filter.Success);
        Assert.Contains(reason, filter.Error);
        Assert.StartsWith($"pattern \"{pattern}\"", filter.Error);
    }

    [Fact]
    public void Include_patterns_select_files_whatever_their_extension_and_exclude_patterns_win()
    {
        Touch("a.txt");
        Touch("b.html");
        Touch("notes.log");
        Touch("drafts/c.txt");
        Touch("archive/2024/d.txt");
        Touch("archive/2024/e.pdf");
        var filter = PathFilter.Create(["*.txt", "*.log"], ["drafts", "archive/**/*.pdf"]).Value!;

        var found = Relative(SourceFinder.Expand([root], filter));

        Assert.Equal(["a.txt", "notes.log", "archive/2024/d.txt"], found);
    }

    [Fact]
    public void Without_include_patterns_the_readable_formats_are_read_less_the_excluded()
    {
        Touch("a.txt");
        Touch("b.html");
        Touch("notes.log");
        Touch("old/c.pdf");
        var filter = PathFilter.Create([], ["old/"]).Value!;

        var found = Relative(SourceFinder.Expand([root], filter));

        Assert.Equal(["a.txt", "b.html"], found);
    }

    [Fact]
    public void A_file_named_explicitly_is_read_whatever_the_patterns()
    {
        var path = Touch("drafts/c.txt");
        var filter = PathFilter.Create(["*.html"], ["drafts"]).Value!;

        var found = SourceFinder.Expand([path], filter).ToList();

        Assert.Equal([path], found.Select(e => e.Path));
    }

    private string[] Relative(IEnumerable<SourceEntry> entries) =>
        [.. entries.Select(e => Path.GetRelativePath(root, e.Path).Replace('\\', '/'))];

    private string Touch(string relative)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "text");
        return path;
    }
}
