using System.Text.RegularExpressions;
using Infra.Model;

namespace Infra.Tests.Fuzz;

/// <summary>
/// What every run must hold, whatever the input: a documented exit code, no crash or exception text, a message on
/// every failure, and no change to the guarded trees when it fails.
/// </summary>
public static partial class CliProperty
{
    /// <summary>The problems of one run; empty when it held. Each starts with a short category before a colon.</summary>
    public static IReadOnlyList<string> Violations(CliRun run, IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after)
    {
        var problems = new List<string>();
        if (run.TimedOut)
        {
            problems.Add($"hang: no exit within {CliRun.Limit.TotalSeconds:0} s");
            return problems;
        }

        if (run.Escaped is { } e)
        {
            var frame = e.StackTrace?.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("at Infra.", StringComparison.Ordinal)) ?? "(no Infra frame)";
            problems.Add($"crash {e.GetType().FullName}: {Clip(e.Message)} {frame}");
            return problems;
        }

        var exit = run.Exit!.Value;
        if (exit is < ExitCodes.Ok or > 4)
        {
            problems.Add($"exit code: {exit} is not one of the documented 0-4");
        }

        var printed = run.Output + "\n" + run.Error;
        if (printed.Contains('\0', StringComparison.Ordinal))
        {
            problems.Add("NUL printed: the output holds a NUL character");
        }

        if (ExceptionText().Match(printed) is { Success: true } leak)
        {
            problems.Add($"exception text: the output shows '{Clip(leak.Value)}'");
        }

        if (exit != ExitCodes.Ok && !MessageLine().IsMatch(run.Error) && !MessageLine().IsMatch(run.Output))
        {
            problems.Add($"no message: exit {exit} printed no line starting 'infra:' nor a finding line");
        }

        if (exit != ExitCodes.Ok)
        {
            var changed = before.Keys.Union(after.Keys)
                .Where(k => !before.TryGetValue(k, out var b) || !after.TryGetValue(k, out var a) || a != b)
                .Order(StringComparer.Ordinal)
                .ToList();
            if (changed.Count > 0)
            {
                problems.Add($"damaged checkout: exit {exit} but {changed.Count} guarded path(s) changed: {string.Join(", ", changed.Take(5))}");
            }
        }

        return problems;
    }

    private static string Clip(string text) => text.Length > 200 ? text[..200] + "..." : text;

    // Stack frames, "Unhandled exception" and the names of exception types from .NET or the libraries the CLI uses.
    [GeneratedRegex(@"Unhandled exception|^\s*at [\w.`<>\[\],]+\(|\b(?:System|YamlDotNet|Newtonsoft|Spectre|Infra|Amazon|Octokit)\.[\w.]*Exception\b|YamlDotNet\.Core\.", RegexOptions.Multiline)]
    private static partial Regex ExceptionText();

    // "infra: ..." or a finding as the rules, the check and the gate print it.
    [GeneratedRegex(@"^(?:infra: \S|(?:error|warning) [A-Z][A-Z0-9-]*: |FAIL \[[A-Z][A-Z0-9-]*\] )", RegexOptions.Multiline)]
    private static partial Regex MessageLine();
}
