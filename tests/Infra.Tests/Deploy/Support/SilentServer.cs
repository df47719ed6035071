using System.Net;
using System.Net.Sockets;

namespace Infra.Tests.Deploy.Support;

/// <summary>
/// A TCP server on 127.0.0.1 that accepts every connection and never answers: a call to it waits until its timeout or
/// its caller's cancellation. Counts the connections, so that a test sees whether a cancelled call was retried.
/// </summary>
internal sealed class SilentServer : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly List<TcpClient> clients = [];
    private readonly Task loop;

    public SilentServer()
    {
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        loop = Task.Run(AcceptAsync);
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}";

    /// <summary>How many connections were accepted so far.</summary>
    public int Connections
    {
        get
        {
            lock (clients)
            {
                return clients.Count;
            }
        }
    }

    /// <summary>Waits until a first connection arrives (the call is in flight), at most <paramref name="timeout"/>.</summary>
    public bool WaitForConnection(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Connections == 0 && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(20);
        }

        return Connections > 0;
    }

    public void Dispose()
    {
        listener.Stop();
        lock (clients)
        {
            foreach (var client in clients)
            {
                client.Dispose();
            }
        }

        try
        {
            loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The listener throws once stopped; that is how the loop ends.
        }
    }

    private async Task AcceptAsync()
    {
        while (true)
        {
            var client = await listener.AcceptTcpClientAsync().ConfigureAwait(false);
            lock (clients)
            {
                clients.Add(client);
            }
        }
    }
}
