namespace Infra.Plans;

/// <summary>Runs every gate rule over a change set.</summary>
public static class PlanGate
{
    /// <summary>Every rule, in the order findings are reported.</summary>
    public static IReadOnlyList<IGateRule> Rules { get; } =
        [new ErroredPlanRule(), new NoDestroyInProductionRule(), new ProtectedResourceRule(), new ForgetWarningRule()];

    /// <summary>The findings of every rule, errors first, then by address.</summary>
    public static IReadOnlyList<GateFinding> Evaluate(ChangeSet changes, GateContext context) =>
        Rules.SelectMany(r => r.Evaluate(changes, context))
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.Address, StringComparer.Ordinal)
            .ToList();

    /// <summary>The fix of each rule with an error among <paramref name="findings"/>, in rule order.</summary>
    public static IReadOnlyList<string> FixesFor(IEnumerable<GateFinding> findings)
    {
        var refusing = findings.Where(f => f.Severity == GateSeverity.Error).Select(f => f.RuleId).ToHashSet(StringComparer.Ordinal);
        return Rules.Where(r => refusing.Contains(r.Id)).Select(r => r.Fix).ToList();
    }
}
