namespace Infra.Rules;

/// <summary>Runs the plan rules of the registry over a plan's changes.</summary>
public static class PlanGate
{
    /// <summary>Every plan rule, in registry order.</summary>
    public static IReadOnlyList<PlanRule> Rules { get; } = RuleRegistry.All.OfType<PlanRule>().ToList();

    /// <summary>The findings of every plan rule, errors first, then by rule and address.</summary>
    public static IReadOnlyList<RuleFinding> Evaluate(PlanContext context) =>
        Rules.SelectMany(r => r.Evaluate(context))
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.Address, StringComparer.Ordinal)
            .ToList();

    /// <summary>The fix of each rule with an error among <paramref name="findings"/>, in rule order.</summary>
    public static IReadOnlyList<string> FixesFor(IEnumerable<RuleFinding> findings)
    {
        var refusing = findings.Where(f => f.Severity == Severity.Error).Select(f => f.RuleId).ToHashSet(StringComparer.Ordinal);
        return Rules.Where(r => refusing.Contains(r.Id)).Select(r => r.Fix).ToList();
    }
}
