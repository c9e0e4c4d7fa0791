using System.Globalization;
using System.Net;

namespace Attest.Ingest;

/// <summary>Fetches documents over HTTP(S) with a time limit for the whole fetch, a size cap on the body and a
/// limit on redirects (loops are caught), and reads them like files. The retrieval time comes from the clock
/// given, so tests fix it. One fetcher serves many threads.</summary>
public sealed class UrlFetcher : IDisposable
{
    private readonly HttpClient client;
    private readonly FetchOptions options;
    private readonly TimeProvider clock;

    /// <summary>A fetcher over its own connection pool.</summary>
    public UrlFetcher(FetchOptions options, TimeProvider clock)
        : this(options, clock, new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = options.Timeout,
        })
    {
    }

    /// <summary>A fetcher over <paramref name="handler"/>, which must not follow redirects itself.</summary>
    public UrlFetcher(FetchOptions options, TimeProvider clock, HttpMessageHandler handler)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(handler);
        this.options = options;
        this.clock = clock;
        client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("attest/1");
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html, application/xhtml+xml, text/plain;q=0.9, application/pdf;q=0.8, */*;q=0.1");
    }

    /// <summary>Fetches and reads <paramref name="url"/>, or says in one line, starting with the URL, why it cannot.</summary>
    public Parsed<SourceDocument> Fetch(string url) => FetchAsync(url, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Fetches and reads <paramref name="url"/>, or says in one line, starting with the URL, why it cannot.</summary>
    public async Task<Parsed<SourceDocument>> FetchAsync(string url, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var current) || !(current.Scheme == Uri.UriSchemeHttp || current.Scheme == Uri.UriSchemeHttps))
        {
            return Fail(url, "not an http or https URL");
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        limit.CancelAfter(options.Timeout);
        var visited = new HashSet<string>(StringComparer.Ordinal) { current.AbsoluteUri };
        try
        {
            for (var redirects = 0; ; redirects++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, limit.Token).ConfigureAwait(false);
                var status = (int)response.StatusCode;
                if (status is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    var next = location.IsAbsoluteUri ? location : new Uri(current, location);
                    if (!visited.Add(next.AbsoluteUri))
                    {
                        return Fail(url, $"redirect loop ({next.AbsoluteUri} again)");
                    }

                    if (redirects >= options.MaxRedirects)
                    {
                        return Fail(url, $"too many redirects (more than {options.MaxRedirects.ToString(CultureInfo.InvariantCulture)})");
                    }

                    if (next.Scheme != Uri.UriSchemeHttp && next.Scheme != Uri.UriSchemeHttps)
                    {
                        return Fail(url, $"redirected to a non-web address ({next.Scheme})");
                    }

                    current = next;
                    continue;
                }

                if (status is < 200 or >= 300)
                {
                    return Fail(url, $"HTTP {status.ToString(CultureInfo.InvariantCulture)} {response.ReasonPhrase}".TrimEnd());
                }

                var retrieved = clock.GetUtcNow();
                var contentType = response.Content.Headers.ContentType;
                var mediaType = contentType?.MediaType?.ToLowerInvariant();
                if (mediaType is not null && !Readable(mediaType))
                {
                    return Fail(url, $"not a text document (content type {mediaType})");
                }

                var body = await Body(response, limit.Token).ConfigureAwait(false);
                if (!body.Success)
                {
                    return Fail(url, body.Error!);
                }

                var read = DocumentReader.FromBytes(url, body.Value!, options.Read, mediaType, contentType?.CharSet);
                return read.Success ? Parsed<SourceDocument>.Ok(read.Value! with { RetrievedAt = retrieved }) : read;
            }
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return Fail(url, $"timed out after {options.Timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s");
        }
        catch (HttpRequestException e)
        {
            return Fail(url, "cannot fetch: " + SourceFinder.OneLine(e.Message));
        }
        catch (IOException e)
        {
            return Fail(url, "cannot fetch: " + SourceFinder.OneLine(e.Message));
        }
    }

    /// <summary>The body, refused as soon as it is known to pass the cap: by its declared length, or while reading.</summary>
    private async Task<Parsed<byte[]>> Body(HttpResponseMessage response, CancellationToken cancellation)
    {
        var max = options.Read.MaxBytes;
        if (response.Content.Headers.ContentLength is { } declared && declared > max)
        {
            return Parsed<byte[]>.Fail(DocumentReader.TooLarge(declared, max));
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellation).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellation).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return Parsed<byte[]>.Fail(DocumentReader.TooLarge(buffer.Length + read, max, orMore: true));
            }

            buffer.Write(chunk, 0, read);
        }

        return Parsed<byte[]>.Ok(buffer.ToArray());
    }

    /// <summary>Text of any kind, web pages and PDFs; images, audio, archives and the like are refused unread.</summary>
    private static bool Readable(string mediaType) =>
        mediaType.StartsWith("text/", StringComparison.Ordinal) || mediaType is "application/xhtml+xml" or "application/pdf";

    private static Parsed<SourceDocument> Fail(string url, string reason) => Parsed<SourceDocument>.Fail($"{url}: {reason}");

    public void Dispose() => client.Dispose();
}
