using System.Text;
using Attest.Storage;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Attest.Cli.Tests;

/// <summary><c>attest analyze</c> on a folder mixing plain text, web pages and PDFs written for these tests:
/// every file stored once with its format, encoding and metadata; include and exclude patterns obeyed.</summary>
public sealed class IngestFolderTests
{
    private const string Report = " date 2024-03-08 By Kaldorwire\n\nBy Anna Varga\n\nThe talks resumed in Vienna on Friday, Kaldorwire reports, citing the foreign ministry.\n\nBoth delegations met for six hours.\n\nSubscribe to our newsletter\n";

    private const string Page = """
        <!DOCTYPE html><html><head><title>Consulate attacked</title>
        <meta property="og:site_name" content="Varn Daily"><meta property="article:published_time" content="2024-05-04T06:30:00+03:00">
        <meta name="author" content="Ilse Brandt"></head>
        <body><article><h1>Consulate attacked</h1>
        <p>The consulate general in Ostrel was attacked on the night of 3 May and windows were broken.</p>
        <p>We call on the authorities to investigate the attack without delay, the ministry said.</p></article></body></html>
        """;

    [Fact]
    public void A_folder_of_text_html_and_pdf_is_stored_with_the_metadata_of_each()
    {
        using var temp = new TempFolder();
        temp.File("in/report.txt", Report);
        temp.File("in/web/page.html", Page);
        temp.Bytes("in/statement.pdf", Pdf());
        temp.Bytes("in/legacy.txt", Encoding.GetEncoding(1251).GetBytes("Заявление министерства\n\nМы осуждаем нападение на консульство.\n\n20 сентября 2022 года\n"));
        var store = temp.Combine("a.db");

        var run = CliRun.Of("analyze", temp.Combine("in"), "--store", store);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("4 added, 0 already stored, 0 failed", run.Out);
        using var opened = SqliteStore.Open(store);
        var documents = opened.Documents().ToDictionary(d => Path.GetFileName(d.Provenance.Source));
        Assert.Equal(4, documents.Count);

        var report = documents["report.txt"];
        Assert.Equal(("text", "utf-8"), (report.Provenance.Format, report.Provenance.Encoding));
        Assert.Equal(("2024-03-08", "Kaldorwire", "Anna Varga"), (report.Published, report.Publisher, report.Author));
        Assert.DoesNotContain("Subscribe", opened.Text(report.Id));

        var page = documents["page.html"];
        Assert.Equal(("html", "utf-8"), (page.Provenance.Format, page.Provenance.Encoding));
        Assert.Equal(("Consulate attacked", "2024-05-04", "Varn Daily", "Ilse Brandt"), (page.Title, page.Published, page.Publisher, page.Author));

        var statement = documents["statement.pdf"];
        Assert.Equal(("pdf", "binary"), (statement.Provenance.Format, statement.Provenance.Encoding));
        Assert.Equal(("Statement on the consulate", "2024-05-04", "Press Office"), (statement.Title, statement.Published, statement.Author));

        var legacy = documents["legacy.txt"];
        Assert.Equal(("text", "windows-1251"), (legacy.Provenance.Format, legacy.Provenance.Encoding));
        Assert.StartsWith("Заявление министерства", opened.Text(legacy.Id));
    }

    [Fact]
    public void Each_document_records_the_reader_that_read_it_and_the_text_it_removed()
    {
        using var temp = new TempFolder();
        temp.File("in/report.txt", Report);
        temp.File("in/web/page.html", Page);
        temp.Bytes("in/statement.pdf", Pdf());
        var store = temp.Combine("a.db");

        var run = CliRun.Of("analyze", temp.Combine("in"), "--store", store);

        Assert.True(run.ExitCode == 0, run.Error);
        using var opened = SqliteStore.Open(store);
        var documents = opened.Documents().ToDictionary(d => Path.GetFileName(d.Provenance.Source));
        Assert.StartsWith("attest-ingest ", documents["report.txt"].Provenance.Reader);
        Assert.Contains("SmartReader ", documents["page.html"].Provenance.Reader);
        Assert.Contains("PdfPig ", documents["statement.pdf"].Provenance.Reader);
        var removed = Assert.Single(documents["report.txt"].Provenance.Removed);
        Assert.Contains("Subscribe to our newsletter", removed.Text);
        Assert.Equal(Report.IndexOf("Subscribe", StringComparison.Ordinal), removed.Start + removed.Text.IndexOf('S', StringComparison.Ordinal));
        Assert.All(documents.Values, d => Assert.Null(d.Provenance.RetrievedAt));
    }

    [Fact]
    public void Include_and_exclude_patterns_choose_the_files_of_a_folder()
    {
        using var temp = new TempFolder();
        temp.File("in/report.txt", Report);
        temp.File("in/web/page.html", Page);
        temp.File("in/drafts/draft.txt", "A draft that is not to be read.\n");
        temp.File("in/notes.log", "Talks resumed in Vienna on Friday.\n");
        var store = temp.Combine("a.db");

        var run = CliRun.Of("analyze", temp.Combine("in"), "--include", "*.txt", "--include", "*.log", "--exclude", "drafts", "--store", store);

        Assert.True(run.ExitCode == 0, run.Error);
        using var opened = SqliteStore.Open(store);
        Assert.Equal(["notes.log", "report.txt"], opened.Documents().Select(d => Path.GetFileName(d.Provenance.Source)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_user_lexicon_adds_boilerplate_lines_without_a_rebuild()
    {
        using var temp = new TempFolder();
        var doc = temp.File("report.txt", "The talks resumed in Vienna on Friday.\n\nListen to our podcast\n");
        var lexicon = temp.File("terms.tsv", "boilerplate-line\tlisten to our podcast\n");
        var store = temp.Combine("a.db");

        var run = CliRun.Of("analyze", doc, "--lexicon", lexicon, "--store", store);

        Assert.True(run.ExitCode == 0, run.Error);
        using var opened = SqliteStore.Open(store);
        Assert.Equal("The talks resumed in Vienna on Friday.\n\n", opened.Text(Assert.Single(opened.Documents()).Id));
    }

    [Fact]
    public void A_broken_pattern_stops_the_run_before_anything_is_read()
    {
        using var temp = new TempFolder();
        temp.File("in/report.txt", Report);

        var run = CliRun.Of("analyze", temp.Combine("in"), "--exclude", "[abc", "--no-store");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("attest: error: pattern \"[abc\": '[' without ']'", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void Bad_files_in_the_mix_fail_one_line_each_and_the_rest_is_stored()
    {
        using var temp = new TempFolder();
        temp.File("in/report.txt", Report);
        temp.Bytes("in/truncated.pdf", Pdf()[..200]);
        temp.File("in/empty.html", "<html><body></body></html>");
        temp.Bytes("in/junk.txt", [0x00, 0x01, 0x02, 0x03]);
        var store = temp.Combine("a.db");

        var run = CliRun.Of("analyze", temp.Combine("in"), "--store", store);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(3, run.ErrorLines.Length);
        Assert.Contains(run.ErrorLines, l => l.Contains("truncated.pdf: ", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, l => l.Contains("empty.html: no text in the HTML", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, l => l.Contains("junk.txt: binary content", StringComparison.Ordinal));
        Assert.Contains("1 added, 0 already stored, 3 failed", run.Out);
    }

    static IngestFolderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static byte[] Pdf()
    {
        using var builder = new PdfDocumentBuilder();
        builder.DocumentInformation.Title = "Statement on the consulate";
        builder.DocumentInformation.Author = "Press Office";
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        var y = 780.0;
        foreach (var line in new[] { "The Ministry condemns the attack on the consulate in Ostrel.", "", "We call on the authorities to investigate.", "", "Varnograd, 4 May 2024" })
        {
            if (line.Length > 0)
            {
                page.AddText(line, 11, new PdfPoint(60, y), font);
            }

            y -= 28;
        }

        return builder.Build();
    }
}
