using System.Diagnostics;
using System.Text;
using CsCheck;

namespace Infra.Tests.Fuzz;

/// <summary>
/// Runs generated cases against the CLI in a <see cref="FuzzWorkspace"/>, one after another (they share the copy),
/// collects every case that breaks <see cref="CliProperty"/>, groups them into distinct failures, tries smaller
/// variants of each, and describes them so that each can be replayed from its seed.
/// </summary>
public sealed class FuzzRunner(FuzzWorkspace workspace, FuzzSettings settings, string testName)
{
    /// <summary>The mutations the suite generates: kind, positions in the file, and the replacement variant.</summary>
    public static Gen<Mutation> Mutations(Gen<MutationKind> kinds) =>
        from kind in kinds
        from positions in Gen.Int[0, Mutation.Million - 1].Array[1, 8]
        from variant in Gen.Int[0, 1023]
        select new Mutation(kind, positions, variant);

    /// <summary>The cases of a set of verb lines: a verb line, one of its files, and any mutation.</summary>
    public static Gen<FuzzCase> Cases(IReadOnlyList<FuzzScenario> scenarios) =>
        from scenario in Gen.OneOf(scenarios.ToArray())
        from target in Gen.OneOf(scenario.Targets)
        from mutation in Mutations(Gen.Enum<MutationKind>())
        select new FuzzCase(scenario, target, mutation);

    /// <summary>Runs the cases; returns null when every case held, else the description of every distinct failure.</summary>
    public string? Run(IReadOnlyList<FuzzScenario> scenarios)
    {
        var gen = Cases(scenarios);
        var pcg = PCG.Parse(settings.Seed);
        var failures = new Dictionary<string, List<(string Seed, FuzzCase Case, CliRun Run, string Problem)>>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        var spent = new SortedDictionary<string, (int Cases, TimeSpan Time)>(StringComparer.Ordinal);
        var broken = 0;
        var hung = false;
        for (var i = 0; i < settings.Iterations; i++)
        {
            var caseSeed = pcg.ToString();
            var fuzzCase = gen.Generate(pcg, null, out _);
            var started = clock.Elapsed;
            var (run, problems) = Execute(fuzzCase);
            var (cases, time) = spent.GetValueOrDefault(fuzzCase.Scenario.Name);
            spent[fuzzCase.Scenario.Name] = (cases + 1, time + clock.Elapsed - started);
            if (clock.Elapsed - started > TimeSpan.FromSeconds(3))
            {
                TestContext.Out.WriteLine($"  slow case ({(clock.Elapsed - started).TotalSeconds:0.0} s): seed {caseSeed}: {fuzzCase}");
            }

            if (problems.Count > 0)
            {
                broken++;
                var signature = $"{fuzzCase.Scenario.Name} :: {Category(problems[0])}";
                if (!failures.TryGetValue(signature, out var list))
                {
                    failures[signature] = list = [];
                }

                list.Add((caseSeed, fuzzCase, run, string.Join("; ", problems)));
            }

            if (run.TimedOut)
            {
                // The hung run still holds the workspace: no later case (nor a shrink) would be trustworthy.
                hung = true;
                break;
            }
        }

        TestContext.Out.WriteLine($"{testName}: {settings.Iterations} cases from seed {settings.Seed} in {clock.Elapsed.TotalSeconds:0.0} s; {broken} broke the contract, {failures.Count} distinct.");
        foreach (var (name, (cases, time)) in spent)
        {
            TestContext.Out.WriteLine($"  {name}: {cases} case(s), {time.TotalSeconds:0.0} s");
        }

        if (failures.Count == 0)
        {
            return null;
        }

        var report = new StringBuilder();
        if (hung)
        {
            report.AppendLine($"The run stopped at a hang (no exit within {CliRun.Limit.TotalSeconds:0} s); the cases after it did not run.");
        }

        report.AppendLine($"{broken} of {settings.Iterations} cases broke the CLI's contract, {failures.Count} distinct failure(s) (run seed {settings.Seed}).");
        report.AppendLine($"Replay one case: {Replay("<case seed>")}");
        var number = 0;
        foreach (var (signature, cases) in failures.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var (seed, first, run, problem) = cases[0];
            report.AppendLine($"{++number}. {signature} ({cases.Count} case(s); mutations: {string.Join(", ", cases.Select(c => c.Case.Mutation.Kind).Distinct().Order())}; files: {string.Join(", ", cases.Select(c => c.Case.Target).Distinct().Order(StringComparer.Ordinal))})");
            report.AppendLine($"   seed {seed}: {first}");
            report.AppendLine($"   exit {run.Exit?.ToString() ?? "none"}: {problem}");
            report.AppendLine($"   printed: {run.FirstLines()}");
            if (!hung && Shrink(first, signature) is { } smaller)
            {
                report.AppendLine($"   shrunk to mutation {smaller.Case.Mutation}: exit {smaller.Run.Exit?.ToString() ?? "none"}: {smaller.Run.FirstLines()}");
            }
        }

        return report.ToString();
    }

    private (CliRun Run, IReadOnlyList<string> Problems) Execute(FuzzCase fuzzCase)
    {
        workspace.Mutate(fuzzCase.Target, fuzzCase.Mutation);
        try
        {
            var before = workspace.GuardedState();
            var run = CliRun.Of(fuzzCase.Scenario.CommandLine(workspace));
            if (run.TimedOut)
            {
                return (run, [$"hang: {CliRun.Limit}"]);
            }

            return (run, CliProperty.Violations(run, before, workspace.GuardedState()));
        }
        finally
        {
            workspace.Restore(fuzzCase.Target);
        }
    }

    // Greedy: fewer positions, then positions halved toward the start of the file, kept while the same failure shows.
    private (FuzzCase Case, CliRun Run)? Shrink(FuzzCase failing, string signature)
    {
        (FuzzCase Case, CliRun Run)? best = null;
        var current = failing;
        for (var tries = 0; tries < settings.ShrinkTries;)
        {
            var candidates = Smaller(current.Mutation).ToList();
            var improved = false;
            foreach (var mutation in candidates.TakeWhile(_ => tries < settings.ShrinkTries))
            {
                tries++;
                var candidate = current with { Mutation = mutation };
                var (run, problems) = Execute(candidate);
                if (problems.Count > 0 && $"{candidate.Scenario.Name} :: {Category(problems[0])}" == signature)
                {
                    best = (candidate, run);
                    current = candidate;
                    improved = true;
                    break;
                }
            }

            if (!improved)
            {
                break;
            }
        }

        return best;
    }

    private static IEnumerable<Mutation> Smaller(Mutation mutation)
    {
        if (mutation.Positions.Length > 1)
        {
            yield return mutation with { Positions = mutation.Positions[..1] };
        }

        if (mutation.Positions.Any(p => p > 0))
        {
            yield return mutation with { Positions = mutation.Positions.Select(p => p / 2).ToArray() };
        }
    }

    // The part of a problem that tells failures apart: its category, the exit code or exception type and, for a
    // crash, where it was thrown.
    private static string Category(string problem)
    {
        if (problem.StartsWith("crash ", StringComparison.Ordinal))
        {
            var type = problem["crash ".Length..problem.IndexOf(':', StringComparison.Ordinal)];
            var at = problem.LastIndexOf(" at Infra.", StringComparison.Ordinal);
            var frame = at < 0 ? string.Empty : problem[(at + 1)..];
            var paren = frame.IndexOf('(', StringComparison.Ordinal);
            return $"crash {type} {(paren < 0 ? frame : frame[..paren])}".Trim();
        }

        var colon = problem.IndexOf(':', StringComparison.Ordinal);
        var head = colon < 0 ? problem : problem[..colon];
        var exit = System.Text.RegularExpressions.Regex.Match(problem, @"exit (\d+)");
        return exit.Success ? $"{head} (exit {exit.Groups[1].Value})" : head;
    }

    private string Replay(string seed) =>
        $"INFRA_FUZZ_SEED={seed} INFRA_FUZZ_ITERATIONS=1 dotnet test Infra.sln --filter \"FullyQualifiedName~{testName}\"";
}
