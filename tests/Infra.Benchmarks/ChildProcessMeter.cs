using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Infra.Benchmarks;

/// <summary>
/// Runs a child process and measures its wall time and peak resident memory. The peak comes from
/// <c>getrusage(RUSAGE_CHILDREN)</c> when this child raised the high-water mark, and otherwise from polling the
/// child's <c>VmHWM</c> in /proc (getrusage only reports the largest child so far).
/// </summary>
public static partial class ChildProcessMeter
{
    private const int RusageChildren = -1;

    /// <summary>
    /// Runs <paramref name="file"/> with <paramref name="arguments"/>; returns exit code, wall time, CPU time (user +
    /// system: the honest figure on a shared, loaded machine), peak RSS in KiB and the child's standard error.
    /// </summary>
    public static (int ExitCode, TimeSpan Wall, TimeSpan Cpu, long PeakKib, string Errors) Run(string file, IEnumerable<string> arguments)
    {
        var before = MaxRssKib();
        var cpuBefore = CpuTime();
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        var drainOut = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        var drainErr = process.StandardError.ReadToEndAsync();
        long polled = 0;
        while (!process.WaitForExit(2))
        {
            polled = Math.Max(polled, VmHwmKib(process.Id));
        }

        clock.Stop();
        Task.WaitAll(drainOut, drainErr);
        var after = MaxRssKib();
        return (process.ExitCode, clock.Elapsed, CpuTime() - cpuBefore, Math.Max(polled, after > before ? after : 0), drainErr.Result);
    }

    private static long VmHwmKib(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
            // The child exited between the check and the read.
        }

        return 0;
    }

    private static TimeSpan CpuTime() => GetRusage(RusageChildren, out var u) == 0
        ? TimeSpan.FromSeconds(u.UserSeconds + u.SystemSeconds) + TimeSpan.FromMicroseconds(u.UserMicroseconds + u.SystemMicroseconds)
        : TimeSpan.Zero;

    private static long MaxRssKib() => GetRusage(RusageChildren, out var usage) == 0 ? usage.MaxRss : 0;

    [LibraryImport("libc", EntryPoint = "getrusage")]
    private static partial int GetRusage(int who, out Rusage usage);

    // struct rusage on 64-bit Linux: two timevals, then fourteen longs beginning with ru_maxrss (KiB).
    [StructLayout(LayoutKind.Sequential)]
    private struct Rusage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        public long MaxRss;
        public long Ixrss;
        public long Idrss;
        public long Isrss;
        public long Minflt;
        public long Majflt;
        public long Nswap;
        public long Inblock;
        public long Oublock;
        public long Msgsnd;
        public long Msgrcv;
        public long Nsignals;
        public long Nvcsw;
        public long Nivcsw;
    }
}
