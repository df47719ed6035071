using Infra.Model;
using Infra.Rules;
using Infra.Synthesis;

namespace Infra.Checks;

/// <summary>
/// <c>infra check</c>: runs the policy pack on the synthesized stacks (writing nothing), maps each finding to the
/// generated file and line, applies expiry to suppressions, and scans the tracked files for secrets. Today's date
/// comes from the caller's clock, the one the rules judge PARITY suppressions on: nothing reads the machine's clock.
/// </summary>
public static class PolicyCheck
{
    /// <summary>Checks every stack (parity needs them all), then keeps the findings of <paramref name="stackName"/> when given.</summary>
    /// <param name="app">The program whose stacks are checked.</param>
    /// <param name="repositoryRoot">The checkout.</param>
    /// <param name="stackName">One stack, or null for all.</param>
    /// <param name="time">The caller's clock: its date (UTC) is the day the check runs, for suppression expiry.</param>
    /// <param name="trackedFiles">The files to scan for secrets; null lists them with git.</param>
    public static CheckReport Run(IInfraApp app, string repositoryRoot, string? stackName, TimeProvider time, IReadOnlyList<string>? trackedFiles = null)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var result = Synthesizer.Run(app, repositoryRoot, time: time);
        if (stackName is not null && result.Stacks.All(s => s.Name != stackName))
        {
            throw new InfraException($"--stack {stackName}: no such stack; the stacks are {string.Join(", ", result.Stacks.Select(s => s.Name))}.");
        }

        return Evaluate(result, stackName, today, SecretScanner.Scan(repositoryRoot, trackedFiles ?? SecretScanner.TrackedFiles(repositoryRoot)));
    }

    /// <summary>The report of one synthesis: its findings mapped to files, expired suppressions no longer accepting, plus <paramref name="secrets"/>.</summary>
    public static CheckReport Evaluate(SynthesisResult result, string? stackName, DateOnly today, IReadOnlyList<CheckFinding> secrets)
    {
        var lines = new GeneratedLines(result.Files);
        var findings = new List<CheckFinding>();
        foreach (var (finding, resource) in result.Findings.Where(f => f.Resource is not null).Select(f => (f, f.Resource!)).Where(f => stackName is null || f.Item2.Root.Stack.Name == stackName))
        {
            var (file, line) = lines.Of(resource);
            var suppression = finding.SuppressedBecause is null ? null : resource.EffectiveSuppressions.First(s => s.RuleId == finding.RuleId);
            var expired = suppression?.Expires is { } until && until < today;
            findings.Add(new CheckFinding(
                finding.RuleId,
                finding.Severity,
                resource.Root.Stack.Name,
                resource.Path,
                file,
                line,
                expired ? $"{finding.Message} (its suppression expired on {suppression!.Expires:yyyy-MM-dd}: fix the finding, or renew the suppression with a reason and a new date)" : finding.Message,
                expired ? null : finding.SuppressedBecause));
        }

        findings.AddRange(secrets);
        var suppressions = result.Stacks
            .Where(s => stackName is null || s.Name == stackName)
            .SelectMany(s => s.Roots.SelectMany(r => r.Resources.Prepend(r)).SelectMany(r => r.Options.Suppressions.Select(x => (Stack: s, Resource: r, Suppression: x))))
            .Select(e => new SuppressionEntry(e.Stack.Name, e.Resource.Path, e.Suppression.RuleId, e.Suppression.Reason, e.Suppression.Expires, e.Suppression.Expires is { } d && d < today))
            .ToList();
        return new CheckReport(findings, suppressions);
    }

    /// <summary>The rules a report can name, for SARIF: the registry's graph rules plus the repository secret scan.</summary>
    public static IReadOnlyList<(string Id, string Name, string Title, string Rationale, Severity Severity)> Rules() =>
        RuleRegistry.All.OfType<Rule>().Select(r => (r.Id, r.GetType().Name, r.Title, r.Rationale, r.Severity))
            .Append((SecretScanner.RuleId, nameof(SecretScanner), "No tracked file holds a secret-looking value (keys, tokens, private keys, password assignments).", "A secret committed to git is in every clone and in history forever: it must be removed and rotated, and kept in Secrets Manager instead.", Severity.Error))
            .ToList();
}
