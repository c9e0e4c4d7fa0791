using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Attest.Tests.Ingest;

/// <summary>A tiny HTTP/1.1 server on 127.0.0.1 for fetch tests: each path maps to a canned response, or to a
/// handler that holds the connection open (a server that never answers). One connection per request.</summary>
internal sealed class LocalHttpServer : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly Dictionary<string, Func<NetworkStream, Task>> routes = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;

    public LocalHttpServer()
    {
        listener.Start();
        loop = Task.Run(AcceptAsync);
    }

    public string Url(string path) => $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}{path}";

    /// <summary>Answers <paramref name="path"/> with a status, headers and body.</summary>
    public void Respond(string path, int status, string contentType, byte[] body, params string[] headers) =>
        routes[path] = stream => WriteAsync(stream, status, contentType, body, headers);

    public void Respond(string path, int status, string contentType, string body, params string[] headers) =>
        Respond(path, status, contentType, Encoding.UTF8.GetBytes(body), headers);

    /// <summary>Answers <paramref name="path"/> with a redirect to <paramref name="to"/>.</summary>
    public void Redirect(string path, string to) => Respond(path, 302, "text/plain", "", "Location: " + to);

    /// <summary>Accepts the request for <paramref name="path"/> and never answers.</summary>
    public void Hang(string path) => routes[path] = stream => Task.Delay(Timeout.Infinite, stop.Token);

    /// <summary>Answers with a body of <paramref name="bytes"/> bytes sent without a declared length.</summary>
    public void Stream(string path, int bytes) => routes[path] = async stream =>
    {
        var head = Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(head, stop.Token);
        var chunk = Encoding.ASCII.GetBytes(new string('a', 8192));
        for (var sent = 0; sent < bytes; sent += chunk.Length)
        {
            await stream.WriteAsync(chunk, stop.Token);
        }
    };

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var path = await ReadRequestPathAsync(stream);
                if (routes.TryGetValue(path, out var route))
                {
                    await route(stream);
                }
                else
                {
                    await WriteAsync(stream, 404, "text/plain", Encoding.UTF8.GetBytes("not found"), []);
                }
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The client gave up (a timeout under test) or the server is stopping.
            }
        }
    }

    private async Task<string> ReadRequestPathAsync(NetworkStream stream)
    {
        var request = new StringBuilder();
        var buffer = new byte[1024];
        while (!request.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer, stop.Token);
            if (read == 0)
            {
                break;
            }

            request.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        var first = request.ToString().Split("\r\n")[0].Split(' ');
        return first.Length > 1 ? first[1] : "/";
    }

    private async Task WriteAsync(NetworkStream stream, int status, string contentType, byte[] body, string[] headers)
    {
        var head = new StringBuilder()
            .Append("HTTP/1.1 ").Append(status).Append(' ').Append(status switch { 200 => "OK", 302 => "Found", 404 => "Not Found", _ => "Status" }).Append("\r\n")
            .Append("Content-Type: ").Append(contentType).Append("\r\n")
            .Append("Content-Length: ").Append(body.Length).Append("\r\n")
            .Append("Connection: close\r\n");
        foreach (var header in headers)
        {
            head.Append(header).Append("\r\n");
        }

        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.Append("\r\n").ToString()), stop.Token);
        await stream.WriteAsync(body, stop.Token);
    }

    public void Dispose()
    {
        stop.Cancel();
        listener.Stop();
        try
        {
            loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // Stopping the listener ends the accept loop with an exception; nothing is left to clean up.
        }

        stop.Dispose();
    }
}
