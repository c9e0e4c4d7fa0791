using Attest.Ingest;

namespace Attest.Tests.Ingest;

public sealed class SourceFinderTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "attest-find-" + Guid.NewGuid().ToString("N"));

    public SourceFinderTests() => Directory.CreateDirectory(root);

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void Folders_are_walked_recursively_in_a_stable_order()
    {
        Touch("b.txt");
        Touch("a.md");
        Touch("sub/c.txt");
        Touch("sub/deeper/d.text");

        var found = SourceFinder.Expand([root]).Select(e => Path.GetRelativePath(root, e.Path)).ToArray();

        Assert.Equal(["a.md", "b.txt", Path.Combine("sub", "c.txt"), Path.Combine("sub", "deeper", "d.text")], found);
    }

    [Fact]
    public void Hidden_entries_and_unknown_extensions_are_skipped_in_folders()
    {
        Touch(".hidden.txt");
        Touch(".git/config.txt");
        Touch("image.png");
        Touch("kept.txt");

        var found = SourceFinder.Expand([root]).Select(e => Path.GetFileName(e.Path)).ToArray();

        Assert.Equal(["kept.txt"], found);
    }

    [Fact]
    public void A_file_named_explicitly_is_read_whatever_its_extension()
    {
        var path = Touch("notes.log");

        var entry = Assert.Single(SourceFinder.Expand([path]));

        Assert.Null(entry.Error);
    }

    [Fact]
    public void A_missing_path_becomes_an_error_entry_and_the_rest_go_on()
    {
        var kept = Touch("kept.txt");

        var entries = SourceFinder.Expand([Path.Combine(root, "missing"), kept]).ToArray();

        Assert.Equal("no such file or folder", entries[0].Error);
        Assert.Null(entries[1].Error);
    }

    private string Touch(string relative)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "text");
        return path;
    }
}
