using System.Text.RegularExpressions;

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

        if (ExceptionLeak(printed) is { } leak)
        {
            problems.Add($"exception text: the output shows '{Clip(leak)}'");
        }

        if (exit != ExitCodes.Ok && !HasMessageLine(run.Error) && !HasMessageLine(run.Output))
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

    // Outputs can be tens of megabytes (a huge value echoed in a table): regexes only look at a small window around
    // the few places where a leak could start, so that checking stays linear and fast.
    private static string? ExceptionLeak(string printed)
    {
        foreach (var marker in new[] { "Unhandled exception", "YamlDotNet.Core." })
        {
            if (printed.Contains(marker, StringComparison.Ordinal))
            {
                return marker;
            }
        }

        for (var at = printed.IndexOf("Exception", StringComparison.Ordinal); at >= 0; at = printed.IndexOf("Exception", at + 1, StringComparison.Ordinal))
        {
            var start = Math.Max(0, at - 200);
            if (ExceptionType().Match(printed, start, at + "Exception".Length - start) is { Success: true } type)
            {
                return type.Value;
            }
        }

        for (var at = printed.IndexOf("at ", StringComparison.Ordinal); at >= 0; at = printed.IndexOf("at ", at + 1, StringComparison.Ordinal))
        {
            var lineStart = printed.LastIndexOf('\n', at) + 1;
            if (printed.AsSpan(lineStart, at - lineStart).IsWhiteSpace() && StackFrame().Match(printed, at, Math.Min(300, printed.Length - at)) is { Success: true } frame)
            {
                return frame.Value;
            }
        }

        return null;
    }

    private static bool HasMessageLine(string text)
    {
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (line.StartsWith("infra: ", StringComparison.Ordinal) || ((line.StartsWith("error ", StringComparison.Ordinal) || line.StartsWith("warning ", StringComparison.Ordinal) || line.StartsWith("FAIL [", StringComparison.Ordinal)) && FindingLine().IsMatch(line[..Math.Min(line.Length, 100)])))
            {
                return true;
            }
        }

        return false;
    }

    // The name of an exception type from .NET or a library the CLI uses, ending where the search window ends.
    [GeneratedRegex(@"\b(?:System|YamlDotNet|Newtonsoft|Spectre|Infra|Amazon|Octokit)\.[\w.]*Exception$")]
    private static partial Regex ExceptionType();

    // A .NET stack frame: "at Namespace.Type.Method(".
    [GeneratedRegex(@"^at [\w.`<>\[\],|]+\(")]
    private static partial Regex StackFrame();

    // A finding as the rules, the check and the gate print it.
    [GeneratedRegex(@"^(?:(?:error|warning) [A-Z][A-Z0-9-]*: |FAIL \[[A-Z][A-Z0-9-]*\] )")]
    private static partial Regex FindingLine();
}
