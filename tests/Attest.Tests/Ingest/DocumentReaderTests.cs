using System.Text;
using Attest.Ingest;

namespace Attest.Tests.Ingest;

public sealed class DocumentReaderTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "attest-ingest-" + Guid.NewGuid().ToString("N"));

    public DocumentReaderTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Records_provenance_hash_size_format_and_encoding()
    {
        var path = Write("note.md", "Talks resumed in Vienna.");

        var read = DocumentReader.Read(path);

        Assert.True(read.Success);
        var doc = read.Value!;
        Assert.Equal(path, doc.Source);
        Assert.Equal(24, doc.Bytes);
        Assert.Equal("markdown", doc.Format);
        Assert.Equal("utf-8", doc.Encoding);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path))), doc.Sha256);
    }

    [Fact]
    public void Identical_bytes_give_identical_hashes_whatever_the_path()
    {
        var a = DocumentReader.Read(Write("a.txt", "Same text.")).Value!;
        var b = DocumentReader.Read(Write("b.txt", "Same text.")).Value!;

        Assert.Equal(a.Sha256, b.Sha256);
    }

    [Theory]
    [InlineData("", "empty file")]
    [InlineData(" \n\t\n ", "no text")]
    public void Files_without_text_are_refused_naming_the_file(string content, string reason)
    {
        var path = Write("blank.txt", content);

        var read = DocumentReader.Read(path);

        Assert.False(read.Success);
        Assert.StartsWith(path + ": ", read.Error);
        Assert.Contains(reason, read.Error);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_without_reading_it()
    {
        var path = Write("big.txt", new string('a', 4096));

        var read = DocumentReader.Read(path, new ReadOptions(MaxBytes: 1024));

        Assert.False(read.Success);
        Assert.Contains("too large", read.Error);
    }

    [Fact]
    public void A_missing_file_is_one_line_naming_it()
    {
        var path = Path.Combine(folder, "nope.txt");

        var read = DocumentReader.Read(path);

        Assert.Equal($"{path}: no such file", read.Error);
    }

    [Fact]
    public void Errors_are_single_lines()
    {
        var path = Path.Combine(folder, "dir.txt");
        Directory.CreateDirectory(path);

        var read = DocumentReader.Read(path);

        Assert.False(read.Success);
        Assert.DoesNotContain('\n', read.Error!);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }
}
