using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Infra.Tests.Deploy.Support;

/// <summary>One request the loopback server received.</summary>
internal sealed record RecordedRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, string Body, byte[]? Raw = null)
{
    /// <summary>The body's bytes as received (an S3 object is binary; <see cref="Body"/> is their UTF-8 reading).</summary>
    public byte[] Bytes => Raw ?? [];

    public string Header(string name) => Headers.TryGetValue(name, out var value) ? value : string.Empty;
}

/// <summary>What the loopback server answers.</summary>
internal sealed record StubResponse(int Status, string ContentType, string Body, IReadOnlyDictionary<string, string>? Headers = null, byte[]? RawBody = null);

/// <summary>
/// An HTTP server on 127.0.0.1 at a free port that stands in for an AWS endpoint: the real SDK signs, serializes and
/// parses against it, and the test reads what was sent.
/// </summary>
internal sealed class LoopbackServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Func<RecordedRequest, StubResponse> respond;
    private readonly List<RecordedRequest> requests = [];
    private readonly Task loop;

    public LoopbackServer(Func<RecordedRequest, StubResponse> respond)
    {
        this.respond = respond;
        Port = FreePort();
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}";

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (requests)
            {
                return [.. requests];
            }
        }
    }

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        try
        {
            loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The listener throws once stopped; that is how the loop ends.
        }
    }

    /// <summary>A loopback port nobody listens on (a connection to it is refused), for servers and for refusal tests.</summary>
    public static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task ServeAsync()
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

            // Each request on its own task: a stand-in that holds one answer (a timeout test) must still take the next.
            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        try
        {
            using var received = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(received);
            var raw = received.ToArray();
            var body = Encoding.UTF8.GetString(raw);
            var headers = context.Request.Headers.AllKeys.Where(k => k is not null)
                .ToDictionary(k => k!.ToLowerInvariant(), k => context.Request.Headers[k] ?? string.Empty);
            var request = new RecordedRequest(context.Request.HttpMethod, context.Request.Url!.PathAndQuery, headers, body, raw);
            lock (requests)
            {
                requests.Add(request);
            }

            StubResponse answer;
            try
            {
                answer = respond(request);
            }
            catch (Exception e)
            {
                answer = new StubResponse(500, "text/plain", e.Message);
            }

            var bytes = answer.RawBody ?? Encoding.UTF8.GetBytes(answer.Body);
            context.Response.StatusCode = answer.Status;
            context.Response.ContentType = answer.ContentType;
            foreach (var (name, value) in answer.Headers ?? new Dictionary<string, string>())
            {
                context.Response.Headers[name] = value;
            }

            context.Response.Headers["x-amzn-RequestId"] = "5b3a4b9c-0000-4000-8000-000000000001";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException or IOException)
        {
            // The client gave up (its timeout) or the server stopped while the answer was held: nobody is listening.
        }
    }
}
