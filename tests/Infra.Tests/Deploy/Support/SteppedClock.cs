using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace Infra.Tests.Deploy.Support;

/// <summary>
/// A fake clock that moves only when a test moves it, and tells the test each time code under test starts waiting
/// on it: the test then advances exactly the backoff delays it chooses, so no test sleeps through a real delay.
/// </summary>
internal sealed class SteppedClock : FakeTimeProvider
{
    private readonly BlockingCollection<TimeSpan> started = [];

    public SteppedClock()
        : base(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero))
    {
    }

    /// <summary>Every wait (timer) started so far, in order.</summary>
    public List<TimeSpan> Waits { get; } = [];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ReportingTimer(base.CreateTimer(callback, state, dueTime, period), this);
        Started(dueTime);
        return timer;
    }

    private void Started(TimeSpan dueTime)
    {
        if (dueTime == Timeout.InfiniteTimeSpan)
        {
            return;
        }

        lock (Waits)
        {
            Waits.Add(dueTime);
        }

        started.Add(dueTime);
    }

    // A CancellationTokenSource on this clock (a timeout) creates its timer idle and starts it with Change.
    private sealed class ReportingTimer(ITimer inner, SteppedClock clock) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            var changed = inner.Change(dueTime, period);
            clock.Started(dueTime);
            return changed;
        }

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }

    /// <summary>
    /// Until <paramref name="call"/> ends: each time a wait of at most <paramref name="upTo"/> starts, moves the clock
    /// past it, once <paramref name="ready"/> agrees (a timeout only after the stand-in holds the request); longer
    /// waits are left alone. Returns the waits it moved past.
    /// </summary>
    public async Task<List<TimeSpan>> AdvanceWaitsUpToAsync(Task call, TimeSpan upTo, Func<TimeSpan, bool>? ready = null)
    {
        var advanced = new List<TimeSpan>();
        var giveUp = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!call.IsCompleted && DateTime.UtcNow < giveUp)
        {
            if (started.TryTake(out var wait, TimeSpan.FromMilliseconds(20)) && wait <= upTo)
            {
                SpinWait.SpinUntil(() => call.IsCompleted || ready is null || ready(wait), TimeSpan.FromSeconds(10));
                Advance(wait);
                advanced.Add(wait);
            }
        }

        await Task.WhenAny(call, Task.Delay(TimeSpan.FromSeconds(5)));
        return advanced;
    }
}
