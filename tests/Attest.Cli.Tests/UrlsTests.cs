using System.Net;
using System.Net.Sockets;
using System.Text;
using Attest.Storage;

namespace Attest.Cli.Tests;

/// <summary><c>attest analyze --urls FILE</c> against a local HttpListener on 127.0.0.1: fetched pages are
/// stored with the URL as their source and the retrieval time; each failing URL gets one line; exit code 1.</summary>
public sealed class UrlsTests : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly string prefix;
    private readonly Task serving;

    public UrlsTests()
    {
        prefix = $"http://127.0.0.1:{FreePort()}/";
        listener.Prefixes.Add(prefix);
        listener.Start();
        serving = Task.Run(Serve);
    }

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        try
        {
            serving.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // Stopping the listener ends the serving loop with an exception.
        }
    }

    [Fact]
    public void Urls_in_a_list_are_fetched_and_stored_and_each_failure_gets_one_line()
    {
        using var temp = new TempFolder();
        var list = temp.File("urls.txt", string.Join('\n',
            "# sources for the consulate attack",
            prefix + "news/1",
            prefix + "moved",
            prefix + "missing",
            prefix + "image",
            prefix + "loop",
            prefix + "slow",
            "not-a-url"));
        var store = temp.Combine("a.db");
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        var run = CliRun.Of("analyze", "--urls", list, "--store", store, "--timeout", "3");

        Assert.Equal(1, run.ExitCode);
        Assert.True(run.ErrorLines.Length == 5, run.Error);
        Assert.Contains($"attest: {prefix}missing: HTTP 404 Not Found", run.ErrorLines);
        Assert.Contains($"attest: {prefix}image: not a text document (content type image/png)", run.ErrorLines);
        Assert.Contains(run.ErrorLines, l => l.StartsWith($"attest: {prefix}loop: redirect loop", StringComparison.Ordinal));
        Assert.Contains($"attest: {prefix}slow: timed out after 3 s", run.ErrorLines);
        Assert.Contains($"attest: {temp.Combine("urls.txt")}:8: not an http or https URL: \"not-a-url\"", run.ErrorLines);
        Assert.Contains("2 added, 0 already stored, 5 failed", run.Out);

        using var opened = SqliteStore.Open(store);
        var documents = opened.Documents().OrderBy(d => d.Provenance.Source, StringComparer.Ordinal).ToList();
        Assert.Equal([prefix + "moved", prefix + "news/1"], documents.Select(d => d.Provenance.Source));
        Assert.All(documents, d => Assert.InRange(d.Provenance.IngestedAt, before, DateTimeOffset.UtcNow.AddSeconds(1)));
        Assert.All(documents, d => Assert.Equal(d.Provenance.IngestedAt, d.Provenance.RetrievedAt));
        var page = documents[1];
        Assert.Equal(("html", "Kaldor Wire", "2024-05-04"), (page.Provenance.Format, page.Publisher, page.Published));
    }

    [Fact]
    public void A_url_named_as_a_path_is_fetched_beside_files()
    {
        using var temp = new TempFolder();
        var file = temp.File("report.txt", "The delegation arrived in Geneva on Monday.\n");
        var store = temp.Combine("a.db");

        var run = CliRun.Of("analyze", file, prefix + "final", "--store", store);

        Assert.True(run.ExitCode == 0, run.Error);
        using var opened = SqliteStore.Open(store);
        Assert.Equal([file, prefix + "final"], opened.Documents().Select(d => d.Provenance.Source).Order(StringComparer.Ordinal));
    }

    private async Task Serve()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => Answer(context));
        }
    }

    private static async Task Answer(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            switch (context.Request.Url!.AbsolutePath)
            {
                case "/news/1":
                    await Write(response, "text/html; charset=utf-8", """
                        <html><head><meta property="og:site_name" content="Kaldor Wire"><meta property="article:published_time" content="2024-05-04T06:30:00Z"></head>
                        <body><p>The consulate in Ostrel was attacked on Friday night and windows were broken.</p></body></html>
                        """);
                    break;
                case "/moved":
                    response.StatusCode = 301;
                    response.RedirectLocation = "/final";
                    response.Close();
                    break;
                case "/final":
                    await Write(response, "text/plain; charset=utf-8", "The ministry called for an investigation on Saturday.\n");
                    break;
                case "/image":
                    await Write(response, "image/png", "\u0089PNG");
                    break;
                case "/loop":
                    response.StatusCode = 302;
                    response.RedirectLocation = "/loop";
                    response.Close();
                    break;
                case "/slow":
                    await Task.Delay(TimeSpan.FromSeconds(30));
                    await Write(response, "text/plain", "too late");
                    break;
                default:
                    response.StatusCode = 404;
                    response.Close();
                    break;
            }
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException)
        {
            // The client gave up (the timeout under test) or the listener stopped.
        }
    }

    private static async Task Write(HttpListenerResponse response, string contentType, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        response.ContentType = contentType;
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes);
        response.Close();
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
