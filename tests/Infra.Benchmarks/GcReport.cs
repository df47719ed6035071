using System.Globalization;
using System.Text.RegularExpressions;

namespace Infra.Benchmarks;

/// <summary>
/// What the garbage collector did in a measured child, reported on its last line of standard error: the bytes
/// allocated (steady from run to run, unlike time on a shared machine, so a change's effect on collection work shows
/// even when the clock's noise hides it), the collections by generation, the time the program was paused, and the
/// methods compiled just in time (few in a build published as the CLI ships).
/// </summary>
public static partial class GcReport
{
    /// <summary>The report of this process so far, as one line.</summary>
    public static string Line() => string.Create(
        CultureInfo.InvariantCulture,
        $"gc: allocated={GC.GetTotalAllocatedBytes(precise: true) / (1024 * 1024)} MiB gen0={GC.CollectionCount(0)} gen1={GC.CollectionCount(1)} gen2={GC.CollectionCount(2)} paused={GC.GetTotalPauseDuration().TotalMilliseconds:0} ms jitted={System.Runtime.JitInfo.GetCompiledMethodCount()} jit={System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:0} ms");

    /// <summary>The MiB allocated and the milliseconds paused in the report line of <paramref name="errors"/>; null without one.</summary>
    public static (long AllocatedMib, long PausedMs)? Parse(string errors) =>
        ReportLine().Match(errors) is { Success: true } match
            ? (long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), long.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture))
            : null;

    [GeneratedRegex(@"^gc: allocated=(\d+) MiB .* paused=(\d+) ms\b", RegexOptions.Multiline)]
    private static partial Regex ReportLine();
}
