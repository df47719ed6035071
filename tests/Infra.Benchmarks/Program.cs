using System.Globalization;
using Infra.Benchmarks;

// Benchmarks of whole infra processes (start-up included), as a user runs them.
// Usage: dotnet run -c Release --project tests/Infra.Benchmarks [-- plans|synth] [--changes N] [--runs R] [--infra <path>]
// Started as its own child (ScaledHost.Verb), it runs infra against the platform scaled to N services per stack.
if (args.Length > 0 && args[0] == ScaledHost.Verb)
{
    return ScaledHost.Run(args[1..]);
}

var suite = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "all";
var runs = Option("--runs", 3);
var infra = OptionText("--infra") ?? Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "infra.exe" : "infra");
if (!File.Exists(infra))
{
    Console.Error.WriteLine($"{infra}: not found. Publish the CLI (dotnet publish infra/Infra.Cli -c Release -r linux-x64 -o .build/infra) and pass --infra .build/infra/infra.");
    return 2;
}

var result = 0;
if (suite is "all" or "synth")
{
    result |= SynthBenchmark.Run(infra, RepositoryRoot(), runs);
    Console.WriteLine();
}

if (suite is "all" or "plans")
{
    result |= PlanBenchmark.Run(infra, Option("--changes", 10_000), runs);
}

return result;

int Option(string name, int fallback) => OptionText(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

string? OptionText(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

string RepositoryRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Infra.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("Infra.sln not found above the benchmark: run it from a checkout.");
}
