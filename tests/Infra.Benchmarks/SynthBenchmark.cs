using System.Globalization;

namespace Infra.Benchmarks;

/// <summary>
/// Whole-process <c>infra synth</c> of the platform program scaled to N Lambda services per stack, all three stacks,
/// written to a temporary folder (never the repository's stacks/). Each run is this benchmark started as its own
/// child (<see cref="ScaledHost"/>), running the CLI and library of the measured <c>infra</c>'s folder.
/// </summary>
internal static class SynthBenchmark
{
    /// <summary>The sizes measured.</summary>
    public static readonly int[] Sizes = [1, 10, 100, 1000];

    /// <summary>Runs every size; returns 1 when the 1000-service target (2 s, 300 MiB) is missed.</summary>
    public static int Run(string infra, string repositoryRoot, int runs)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"synth of dev, sit and prod with N services per stack; best of {runs} runs; {Environment.ProcessorCount} cores; load average at start {File.ReadAllText("/proc/loadavg").Split(' ')[0]}."));
        Console.WriteLine();
        Console.WriteLine("| services per stack | resources (all stacks) | output (MiB) | wall time (ms) | CPU time (ms) | peak RSS (MiB) | allocated (MiB) | GC pauses (ms) | exit |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var failed = false;
        var infraFolder = Path.GetDirectoryName(Path.GetFullPath(infra))!;
        var (host, hostArguments) = Self();
        foreach (var size in Sizes)
        {
            var folder = Path.Combine(Path.GetTempPath(), "infra-synth-benchmark-" + Guid.NewGuid().ToString("N"));
            try
            {
                // Extra services are added to the program's own two, so N counts both.
                var extra = Math.Max(0, size - 2);
                var results = Enumerable.Range(0, runs).Select(_ =>
                {
                    if (Directory.Exists(folder))
                    {
                        Directory.Delete(folder, recursive: true);
                    }

                    return ChildProcessMeter.Run(host, [.. hostArguments, .. ScaledHost.Arguments(infraFolder, extra, ["synth", "--root", repositoryRoot, "--out", folder])]);
                }).ToList();
                var wall = results.Min(r => r.Wall.TotalMilliseconds);
                var cpu = results.Min(r => r.Cpu.TotalMilliseconds);
                var peak = results.Max(r => r.PeakKib) / 1024.0;

                // Allocation barely varies between runs; pauses do, so the shortest is shown like the wall time.
                var reports = results.Select(r => GcReport.Parse(r.Errors)).ToList();
                var allocated = reports[0] is { } first ? first.AllocatedMib.ToString(CultureInfo.InvariantCulture) : "?";
                var paused = reports.All(r => r is not null) ? reports.Min(r => r!.Value.PausedMs).ToString(CultureInfo.InvariantCulture) : "?";
                var files = Directory.EnumerateFiles(folder, "*.tf.json", SearchOption.AllDirectories).ToList();
                var resources = files.Sum(f => File.ReadLines(f).Count(l => l.StartsWith("        \"//\"", StringComparison.Ordinal)));
                var bytes = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {size} | {resources} | {bytes / 1024.0 / 1024.0:F1} | {wall:F0} | {cpu:F0} | {peak:F1} | {allocated} | {paused} | {results[0].ExitCode} |"));
                failed |= results[0].ExitCode != 0 || (size == 1000 && (wall >= 2000 || peak >= 300));
            }
            finally
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
        }

        Console.WriteLine();
        Console.WriteLine($"Target: 1000 services x 3 stacks in under 2 s wall (best run) and 300 MiB peak (worst run), growing linearly: {(failed ? "MISSED" : "met")}.");
        return failed ? 1 : 0;
    }

    // How to start this benchmark again: its apphost, or the dotnet host with its assembly when started that way.
    private static (string File, string[] Arguments) Self()
    {
        var process = Environment.ProcessPath ?? throw new InvalidOperationException("the benchmark cannot find its own executable to start as a child");
        return Path.GetFileNameWithoutExtension(process) == "dotnet" ? (process, [typeof(SynthBenchmark).Assembly.Location]) : (process, []);
    }
}
