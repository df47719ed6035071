using Infra.Cli;
using Infra.Tests.Testing;

namespace Infra.Tests.Fuzz;

/// <summary>What one in-process run of the CLI did: its exit code, what it printed, and an exception that escaped.</summary>
/// <param name="Exit">The exit code, or null when an exception escaped or the run did not finish.</param>
/// <param name="Output">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="Escaped">An exception that escaped <see cref="InfraCli.Run"/>: a crash.</param>
/// <param name="TimedOut">True when the run did not finish in time.</param>
public sealed record CliRun(int? Exit, string Output, string Error, Exception? Escaped, bool TimedOut)
{
    /// <summary>How long a single case may run before it counts as a hang.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    /// <summary>Runs the real entry point on its own thread, catching what escapes and giving up after <see cref="Limit"/>.</summary>
    public static CliRun Of(string[] arguments)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int? exit = null;
        Exception? escaped = null;

        // Its own thread with a generous stack, so that deep input recursion shows as the crash it is, not a hung test.
        var thread = new Thread(
            () =>
            {
                try
                {
                    exit = InfraCli.Run(Testing.TestApp.Platform, arguments, output, error, TestClock.On());
                }
                catch (Exception e)
                {
                    escaped = e;
                }
            },
            16 * 1024 * 1024);
        thread.Start();
        var finished = thread.Join(Limit);
        return finished
            ? new CliRun(exit, output.ToString(), error.ToString(), escaped, TimedOut: false)
            : new CliRun(null, string.Empty, string.Empty, null, TimedOut: true);
    }

    /// <summary>The first lines of standard error (else standard output), for a report.</summary>
    public string FirstLines(int count = 2)
    {
        var text = Error.Trim().Length > 0 ? Error : Output;
        return string.Join(" | ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Take(count).Select(l => l.Length > 300 ? l[..300] + "..." : l));
    }
}
