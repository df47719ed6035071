namespace Infra.Tests.Deploy.Support;

/// <summary>Runs a call against a <see cref="SilentServer"/>, cancels it once it is in flight, and checks that it stopped.</summary>
internal static class Cancellation
{
    /// <summary>How long a cancelled call may take to give up: far less than any timeout or backoff the tests configure.</summary>
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Starts <paramref name="call"/>, cancels its token once <paramref name="server"/> has its connection, and asserts
    /// that it ends within <see cref="Bound"/> with <see cref="OperationCanceledException"/> and is not sent again.
    /// </summary>
    public static void AssertStopsWhenCancelled(SilentServer server, Func<CancellationToken, Task> call, string what)
    {
        using var cancellation = new CancellationTokenSource();
        var running = Task.Run(() => call(cancellation.Token));
        Assert.That(server.WaitForConnection(TimeSpan.FromSeconds(20)), Is.True, $"test setup: {what} must reach the server");

        cancellation.Cancel();

        Assert.That(() => running.Wait(Bound), Throws.InstanceOf<AggregateException>().With.InnerException.InstanceOf<OperationCanceledException>(), $"a cancelled {what} must end within {Bound.TotalSeconds} s with OperationCanceledException, not wait for an answer or be reported as the service failing");

        // A retry after the cancellation would open a new connection; the backoff the tests configure is a few milliseconds.
        Thread.Sleep(300);
        Assert.That(server.Connections, Is.EqualTo(1), $"a cancelled {what} must not be attempted again");
    }
}
