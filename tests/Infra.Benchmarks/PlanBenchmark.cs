using System.Globalization;

namespace Infra.Benchmarks;

/// <summary>Preview and gate over a generated plan with many resource changes, each run as a separate <c>infra</c> process.</summary>
internal static class PlanBenchmark
{
    /// <summary>Runs the scenarios; returns 1 when a target is missed.</summary>
    public static int Run(string infra, int changes, int runs)
    {
        var folder = Path.Combine(Path.GetTempPath(), "infra-benchmark-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "infra"));
        try
        {
            const string ProdAccount = "093646564004";
            File.WriteAllText(Path.Combine(folder, "Pulumi.yaml"), "name: bbws\nruntime: yaml\nconfig:\n  bbws:stacks:\n    type: array\n    items:\n      type: string\n    default: [prod]\n  bbws:accountId:\n    type: string\n");
            File.WriteAllText(Path.Combine(folder, "Pulumi.prod.yaml"), $"config:\n  aws:region: af-south-1\n  bbws:accountId: \"{ProdAccount}\"\n");
            var plan = Path.Combine(folder, "plan.json");
            PlanGenerator.Write(plan, changes, ProdAccount, "af-south-1");
            var size = new FileInfo(plan).Length;

            (string Name, string[] Args, int Expected)[] scenarios =
            [
                ("preview --format text", ["preview", "--plan", plan, "--stack", "prod", "--format", "text", "--root", folder], 0),
                ("preview --format markdown", ["preview", "--plan", plan, "--stack", "prod", "--format", "markdown", "--root", folder], 0),
                ("preview --format json", ["preview", "--plan", plan, "--stack", "prod", "--format", "json", "--root", folder], 0),
                ("gate (prod, refuses 300 destroys)", ["gate", "--plan", plan, "--stack", "prod", "--root", folder], 1),
            ];

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Plan: {changes} resource changes, {size / 1024.0 / 1024.0:F1} MiB; best of {runs} runs; {Environment.ProcessorCount} cores."));
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Load average when starting: {File.ReadAllText("/proc/loadavg").Split(' ')[0]} (wall time grows with other load; CPU time does not)."));
            Console.WriteLine();
            Console.WriteLine("| command | wall time (ms) | CPU time (ms) | peak RSS (MiB) | exit | target |");
            Console.WriteLine("|---|---:|---:|---:|---:|---|");
            var failed = false;
            foreach (var (name, arguments, expected) in scenarios)
            {
                var results = Enumerable.Range(0, runs).Select(_ => ChildProcessMeter.Run(infra, arguments)).ToList();
                var wall = results.Min(r => r.Wall.TotalMilliseconds);
                var cpu = results.Min(r => r.Cpu.TotalMilliseconds);
                var peak = results.Max(r => r.PeakKib) / 1024.0;
                var code = results[0].ExitCode;
                var met = wall < 1000 && peak < 200 && code == expected;
                failed |= !met;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| infra {name} | {wall:F0} | {cpu:F0} | {peak:F1} | {code} | {(met ? "met (< 1 s, < 200 MiB)" : "MISSED")} |"));
            }

            return failed ? 1 : 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
