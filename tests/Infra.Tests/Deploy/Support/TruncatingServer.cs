using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Infra.Tests.Deploy.Support;

/// <summary>
/// A stand-in on 127.0.0.1 that answers every request with a 200 whose body stops short of its Content-Length and
/// then closes the connection, as a proxy or a dropped connection leaves a response.
/// </summary>
internal sealed class TruncatingServer : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly Task loop;
    private int connections;

    public TruncatingServer()
    {
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public string Url => $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";

    /// <summary>How many connections were answered.</summary>
    public int Connections => Volatile.Read(ref connections);

    public void Dispose()
    {
        listener.Stop();
        loop.Wait(TimeSpan.FromSeconds(5));
    }

    private async Task ServeAsync()
    {
        while (true)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync();
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using (client)
            {
                Interlocked.Increment(ref connections);
                var stream = client.GetStream();
                var buffer = new byte[65536];
                var request = new StringBuilder();

                // Read the headers and whatever body came with them; the answer does not depend on them.
                while (!request.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
                {
                    var read = await stream.ReadAsync(buffer);
                    if (read == 0)
                    {
                        break;
                    }

                    request.Append(Encoding.ASCII.GetString(buffer, 0, read));
                }

                var answer = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 400\r\nConnection: close\r\n\r\n{\"FunctionVersion\":\"7\",\"Na";
                await stream.WriteAsync(Encoding.ASCII.GetBytes(answer));
                await stream.FlushAsync();
            }
        }
    }
}
