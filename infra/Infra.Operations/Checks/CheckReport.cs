namespace Infra.Checks;

/// <summary>What <c>infra check</c> found: the rule findings mapped to generated files, the secret scan, and the suppressions.</summary>
/// <param name="Findings">Every finding, accepted ones marked.</param>
/// <param name="Suppressions">Every suppression declared in the checked stacks.</param>
public sealed record CheckReport(IReadOnlyList<CheckFinding> Findings, IReadOnlyList<SuppressionEntry> Suppressions)
{
    /// <summary>True when an unsuppressed error fails the check.</summary>
    public bool Failed => Findings.Any(f => f.IsBlocking);
}
