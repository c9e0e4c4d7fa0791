using System.Text;
using Attest.Ingest;

namespace Attest.Tests.Ingest;

public sealed class DocumentFormatTests : IDisposable
{
    private const string Html = """
        <!doctype html><html><head><title>Consulate attacked</title>
        <meta property="og:site_name" content="Kaldor Wire"><meta property="article:published_time" content="2024-05-04">
        <meta name="author" content="Anna Varga"></head>
        <body><p>The consulate general in Ostrel was attacked on the night of 3 May, the ministry said.</p></body></html>
        """;

    private static readonly string[][][] Pdf = [[["The consulate general in Ostrel was attacked."]]];

    private readonly string folder = Path.Combine(Path.GetTempPath(), "attest-formats-" + Guid.NewGuid().ToString("N"));

    public DocumentFormatTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("page.html")]
    [InlineData("page.htm")]
    [InlineData("page.txt")]
    [InlineData("page")]
    public void Html_is_recognised_by_extension_or_by_its_doctype(string name)
    {
        var read = DocumentReader.Read(Write(name, Encoding.UTF8.GetBytes(Html)));

        Assert.True(read.Success, read.Error);
        var doc = read.Value!;
        Assert.Equal("html", doc.Format);
        Assert.Equal("utf-8", doc.Encoding);
        Assert.Equal("The consulate general in Ostrel was attacked on the night of 3 May, the ministry said.", doc.Text);
        Assert.Equal(new IngestMetadata("Consulate attacked", "2024-05-04", "Kaldor Wire", "Anna Varga"), doc.Metadata);
    }

    [Theory]
    [InlineData("statement.pdf")]
    [InlineData("statement.bin")]
    public void Pdf_is_recognised_by_extension_or_by_its_header(string name)
    {
        var bytes = PdfFixture.Build(Pdf, title: "Statement");
        var read = DocumentReader.Read(Write(name, bytes));

        Assert.True(read.Success, read.Error);
        var doc = read.Value!;
        Assert.Equal("pdf", doc.Format);
        Assert.Equal(bytes.Length, doc.Bytes);
        Assert.Equal("The consulate general in Ostrel was attacked.", doc.Text);
        Assert.Equal("Statement", doc.Metadata.Title);
    }

    [Theory]
    [InlineData("<meta charset=\"windows-1251\">", 1251, "windows-1251")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">", 20866, "koi8-r")]
    public void A_legacy_page_is_decoded_in_the_charset_it_declares(string declaration, int codePage, string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var page = $"<html><head>{declaration}</head><body><p>Посольство в Остреле подверглось нападению.</p></body></html>";

        var read = DocumentReader.FromBytes("old.html", Encoding.GetEncoding(codePage).GetBytes(page));

        Assert.True(read.Success, read.Error);
        Assert.Equal(name, read.Value!.Encoding);
        Assert.Equal("Посольство в Остреле подверглось нападению.", read.Value.Text);
    }

    [Fact]
    public void A_page_quoting_the_pdf_header_is_still_read_as_html()
    {
        var read = DocumentReader.FromBytes("page.html", "<html><body><p>Files start with %PDF- and a version.</p></body></html>"u8);

        Assert.True(read.Success, read.Error);
        Assert.Equal("html", read.Value!.Format);
        Assert.Equal("Files start with %PDF- and a version.", read.Value.Text);
    }

    [Fact]
    public void Plain_text_keeps_empty_metadata_for_analysis_to_fill()
    {
        var read = DocumentReader.FromBytes("note.txt", "<p> is not a page when it does not start like one."u8);

        Assert.True(read.Success, read.Error);
        Assert.Equal("text", read.Value!.Format);
        Assert.True(read.Value.Metadata.IsEmpty);
        Assert.StartsWith("<p>", read.Value.Text, StringComparison.Ordinal);
    }

    public static TheoryData<string, byte[], string> Failures()
    {
        var pdf = PdfFixture.Build(Pdf);
        var junk = new byte[4096];
        new Random(6).NextBytes(junk);
        return new()
        {
            { "junk.html", junk, "binary content" },
            { "junk.pdf", junk, "not a PDF" },
            { "scan.pdf", PdfFixture.WithoutText(), "no text layer (scanned PDF?)" },
            { "cut.pdf", pdf[..40], "malformed or truncated PDF" },
            { "empty.html", Encoding.UTF8.GetBytes("<html><body>  </body></html>"), "no text in the HTML" },
            { "empty.pdf", [], "empty file" },
        };
    }

    [Theory]
    [MemberData(nameof(Failures))]
    public void Unreadable_html_and_pdf_give_one_line_naming_the_file(string name, byte[] bytes, string reason)
    {
        var path = Write(name, bytes);

        var read = DocumentReader.Read(path);

        Assert.False(read.Success);
        Assert.StartsWith(path + ": ", read.Error, StringComparison.Ordinal);
        Assert.Contains(reason, read.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', read.Error!);
        Assert.DoesNotContain('\r', read.Error!);
    }

    [Fact]
    public void Folder_walk_includes_html_and_pdf()
    {
        Write("a.txt", "text"u8.ToArray());
        Write("b.html", Encoding.UTF8.GetBytes(Html));
        Write("c.htm", Encoding.UTF8.GetBytes(Html));
        Write("d.pdf", PdfFixture.Build(Pdf));
        Write("e.png", [0x89, 0x50]);

        var found = SourceFinder.Expand([folder]).Select(e => Path.GetFileName(e.Path)).ToArray();

        Assert.Equal(["a.txt", "b.html", "c.htm", "d.pdf"], found);
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
