using System.Text;
using Attest.Ingest;

namespace Attest.Tests.Ingest;

/// <summary>Fetching over HTTP against a local server on 127.0.0.1: the document and its retrieval time, and
/// each failure in one line naming the URL.</summary>
public sealed class UrlFetcherTests : IDisposable
{
    private static readonly DateTimeOffset Noon = new(2024, 3, 8, 12, 0, 0, TimeSpan.Zero);

    private readonly LocalHttpServer server = new();

    public void Dispose() => server.Dispose();

    [Fact]
    public void A_page_is_fetched_read_and_stamped_with_the_retrieval_time()
    {
        server.Respond("/news/1", 200, "text/html; charset=utf-8",
            "<html><head><meta property=\"og:site_name\" content=\"Kaldor Wire\"></head><body><p>The consulate in Ostrel was attacked on Friday night.</p></body></html>");
        var url = server.Url("/news/1");

        var read = Fetcher().Fetch(url);

        Assert.True(read.Success, read.Error);
        var document = read.Value!;
        Assert.Equal(url, document.Source);
        Assert.Equal(Noon, document.RetrievedAt);
        Assert.Equal("html", document.Format);
        Assert.Equal("Kaldor Wire", document.Metadata.Publisher);
        Assert.Contains("The consulate in Ostrel was attacked", document.Text);
    }

    [Fact]
    public void A_declared_charset_decodes_the_body()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        server.Respond("/ru", 200, "text/plain; charset=windows-1251", Encoding.GetEncoding(1251).GetBytes("Заявление министерства."));

        var read = Fetcher().Fetch(server.Url("/ru"));

        Assert.True(read.Success, read.Error);
        Assert.Equal("windows-1251", read.Value!.Encoding);
        Assert.Equal("Заявление министерства.", read.Value.Text);
    }

    [Fact]
    public void Redirects_are_followed_up_to_the_limit()
    {
        server.Respond("/final", 200, "text/plain", "The statement was issued on Monday.");
        server.Redirect("/a", "/b");
        server.Redirect("/b", server.Url("/final"));

        var read = Fetcher().Fetch(server.Url("/a"));

        Assert.True(read.Success, read.Error);
        Assert.Equal(server.Url("/a"), read.Value!.Source);
        Assert.Equal("The statement was issued on Monday.", read.Value.Text);
    }

    [Fact]
    public void A_redirect_loop_is_caught()
    {
        server.Redirect("/loop1", "/loop2");
        server.Redirect("/loop2", "/loop1");

        AssertFails(Fetcher().Fetch(server.Url("/loop1")), server.Url("/loop1"), "redirect loop");
    }

    [Fact]
    public void A_chain_of_redirects_longer_than_the_limit_is_refused()
    {
        for (var i = 0; i < 4; i++)
        {
            server.Redirect($"/r{i}", $"/r{i + 1}");
        }

        server.Respond("/r4", 200, "text/plain", "too far");

        AssertFails(Fetcher(maxRedirects: 3).Fetch(server.Url("/r0")), server.Url("/r0"), "too many redirects (more than 3)");
    }

    [Fact]
    public void A_server_that_never_answers_times_out()
    {
        server.Hang("/slow");

        AssertFails(Fetcher(timeout: TimeSpan.FromMilliseconds(300)).Fetch(server.Url("/slow")), server.Url("/slow"), "timed out after 0.3 s");
    }

    [Fact]
    public void A_body_over_the_cap_is_refused_by_its_declared_length()
    {
        server.Respond("/big", 200, "text/plain", new string('a', 5000));

        AssertFails(Fetcher(maxBytes: 4096).Fetch(server.Url("/big")), server.Url("/big"), "too large");
    }

    [Fact]
    public void A_body_over_the_cap_without_a_declared_length_is_refused_while_reading()
    {
        server.Stream("/endless", 1024 * 1024);

        AssertFails(Fetcher(maxBytes: 64 * 1024).Fetch(server.Url("/endless")), server.Url("/endless"), "or more; the limit is");
    }

    [Fact]
    public void Not_found_gives_the_status()
    {
        AssertFails(Fetcher().Fetch(server.Url("/missing")), server.Url("/missing"), "HTTP 404 Not Found");
    }

    [Theory]
    [InlineData("image/png")]
    [InlineData("application/octet-stream")]
    [InlineData("application/zip")]
    public void Content_that_is_not_text_is_refused_unread(string contentType)
    {
        server.Respond("/file", 200, contentType, [0x89, 0x50, 0x4E, 0x47]);

        AssertFails(Fetcher().Fetch(server.Url("/file")), server.Url("/file"), $"not a text document (content type {contentType})");
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://127.0.0.1/x")]
    [InlineData("not a url")]
    public void Only_web_addresses_are_fetched(string url)
    {
        AssertFails(Fetcher().Fetch(url), url, "not an http or https URL");
    }

    [Fact]
    public void A_url_list_skips_comments_and_reports_bad_lines_by_number()
    {
        var entries = UrlList.Parse("list.txt", ["# sources", "", "https://example.org/a", "  http://example.org/b  ", "example.org/c"]).ToList();

        Assert.Equal(["https://example.org/a", "http://example.org/b", "list.txt:5"], entries.Select(e => e.Path));
        Assert.Null(entries[0].Error);
        Assert.Equal("not an http or https URL: \"example.org/c\"", entries[2].Error);
    }

    private static UrlFetcher Fetcher(TimeSpan? timeout = null, int maxRedirects = 5, long maxBytes = ReadOptions.DefaultMaxBytes) =>
        new(new FetchOptions(timeout ?? TimeSpan.FromSeconds(10), maxRedirects) { Read = new ReadOptions(maxBytes) }, new FixedClock(Noon));

    private static void AssertFails(Parsed<SourceDocument> read, string url, string reason)
    {
        Assert.False(read.Success);
        Assert.StartsWith(url + ": ", read.Error, StringComparison.Ordinal);
        Assert.Contains(reason, read.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', read.Error!);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
