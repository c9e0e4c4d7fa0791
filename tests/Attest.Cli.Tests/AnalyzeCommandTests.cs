using System.Text.Json;

namespace Attest.Cli.Tests;

public sealed class AnalyzeCommandTests
{
    private const string Report = "By Lena Marsh\n\nThe delegation arrived in Geneva on Monday. Mr. Holt said the talks would resume.\n";
    private const string Statement = "We call on all parties to respect the ceasefire.\n\n12 March 2024, Vienna\n";

    [Fact]
    public void Stores_every_readable_file_and_reports_each_bad_one_on_its_own_line()
    {
        using var temp = new TempFolder();
        temp.File("docs/report.txt", Report);
        temp.File("docs/statement.txt", Statement);
        temp.Bytes("docs/junk.txt", [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x00, 0x01, 0x02]);
        temp.File("docs/empty.txt", "");
        var store = temp.Combine("a.db");

        var run = CliRun.Of("analyze", temp.Combine("docs"), temp.Combine("missing.txt"), "--store", store);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(3, run.ErrorLines.Length);
        Assert.Contains(run.ErrorLines, l => l.Contains("junk.txt") && l.Contains("binary"));
        Assert.Contains(run.ErrorLines, l => l.Contains("empty.txt") && l.Contains("empty"));
        Assert.Contains(run.ErrorLines, l => l.Contains("missing.txt"));
        Assert.Contains("2 added, 0 already stored, 3 failed", run.Out);
        var listed = CliRun.Of("documents", "--store", store);
        Assert.Contains("report.txt", listed.Out);
        Assert.Contains("statement.txt", listed.Out);
        Assert.Contains("2 document(s)", listed.Out);
    }

    [Fact]
    public void Running_twice_adds_nothing_the_second_time()
    {
        using var temp = new TempFolder();
        temp.File("docs/report.txt", Report);
        temp.File("docs/copy/report-again.txt", Report);
        var store = temp.Combine("a.db");

        var first = CliRun.Of("analyze", temp.Combine("docs"), "--store", store);
        var second = CliRun.Of("analyze", temp.Combine("docs"), "--store", store);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("1 added, 1 already stored", first.Out);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("0 added, 2 already stored", second.Out);
        Assert.Contains("1 document(s)", CliRun.Of("documents", "--store", store).Out);
    }

    [Fact]
    public void Reports_throughput_documents_per_second_and_peak_memory()
    {
        using var temp = new TempFolder();
        var doc = temp.File("report.txt", Report);

        var run = CliRun.Of("analyze", doc, "--no-store", "--threads", "1");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"1 documents \(\d+\.\d\d MB\) in \d+\.\d\d s on 1 thread\(s\): \d+\.\d\d MB/s, \d+\.\d documents/s; peak memory \d+ MB", run.Out);
    }

    [Fact]
    public void No_store_writes_no_file()
    {
        using var temp = new TempFolder();
        var doc = temp.File("report.txt", Report);

        var run = CliRun.With(name => name == "ATTEST_STORE" ? temp.Combine("x.db") : null, "analyze", doc, "--no-store");

        Assert.Equal(0, run.ExitCode);
        Assert.False(File.Exists(temp.Combine("x.db")));
    }

    [Fact]
    public void Json_output_is_one_object_with_each_analysis_and_each_error()
    {
        using var temp = new TempFolder();
        var good = temp.File("report.txt", Report);
        var empty = temp.File("empty.txt", "");

        var run = CliRun.Of("analyze", good, empty, "--json", "--no-store");

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal("attest.analyze/1", json.RootElement.GetProperty("schema").GetString());
        var document = Assert.Single(json.RootElement.GetProperty("documents").EnumerateArray());
        Assert.Equal("attest.analysis/1", document.GetProperty("schema").GetString());
        Assert.Equal(good, document.GetProperty("document").GetProperty("source").GetString());
        Assert.Equal(64, document.GetProperty("document").GetProperty("sha256").GetString()!.Length);
        Assert.True(document.GetProperty("statistics").GetProperty("sentences").GetInt32() >= 3);
        var error = Assert.Single(json.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(empty, error.GetProperty("source").GetString());
    }

    [Fact]
    public void A_malformed_user_lexicon_stops_the_run_with_its_file_and_line()
    {
        using var temp = new TempFolder();
        var doc = temp.File("report.txt", Report);
        var lexicon = temp.File("terms.tsv", "# comment\ncountry\tVarnia\t\tiso\n");

        var run = CliRun.Of("analyze", doc, "--lexicon", lexicon, "--no-store");

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.Contains("terms.tsv:2", run.ErrorLines[0]);
    }

    [Fact]
    public void A_user_lexicon_changes_the_analyzer_version()
    {
        using var temp = new TempFolder();
        var doc = temp.File("report.txt", Report);
        var lexicon = temp.File("terms.tsv", "abbreviation\tVarn.\n");

        var plain = JsonDocument.Parse(CliRun.Of("analyze", doc, "--json", "--no-store").Out);
        var extended = JsonDocument.Parse(CliRun.Of("analyze", doc, "--json", "--no-store", "--lexicon", lexicon).Out);

        string Version(JsonDocument d) => d.RootElement.GetProperty("documents")[0].GetProperty("analyzer").GetString()!;
        Assert.NotEqual(Version(plain), Version(extended));
    }

    [Fact]
    public void A_user_lexicon_adds_places_without_a_rebuild()
    {
        using var temp = new TempFolder();
        var doc = temp.File("report.txt", "Talks were held in Varnograd on Monday.");
        var lexicon = temp.File("terms.tsv", "country\tVarnia\t\tiso=XA;adj=Varnian;demonym=Varnians;capital=Varnograd;lat=1.5;lon=2.5\ncity\tVarnograd\t\tcountry=XA;lat=1.2;lon=2.2\n");

        string[] Places(CliRun run) => JsonDocument.Parse(run.Out).RootElement.GetProperty("documents")[0].GetProperty("places")
            .EnumerateArray().Select(p => $"{p.GetProperty("name").GetString()}/{p.GetProperty("country").GetString()}").ToArray();

        Assert.DoesNotContain("Varnograd/XA", Places(CliRun.Of("analyze", doc, "--json", "--no-store")));
        Assert.Contains("Varnograd/XA", Places(CliRun.Of("analyze", doc, "--json", "--no-store", "--lexicon", lexicon)));
    }
}
