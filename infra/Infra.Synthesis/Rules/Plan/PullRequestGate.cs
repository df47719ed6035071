namespace Infra.Rules;

/// <summary>
/// The gate as a pull request runs it (<c>infra gate --base</c>): the plan rules over the comparison of the working
/// tree's output with a base revision's. Only prod is refused at pull-request time; in other stacks every finding is a
/// warning, because their own plans are still gated before each apply.
/// </summary>
public static class PullRequestGate
{
    /// <summary>The findings, errors only in prod, sorted as <see cref="PlanGate.Evaluate"/> sorts them.</summary>
    public static IReadOnlyList<RuleFinding> Evaluate(PlanContext context)
    {
        var findings = PlanGate.Evaluate(context);
        return context.IsProduction
            ? findings
            : findings.Select(f => f.Severity == Severity.Error ? f with { Severity = Severity.Warning } : f).ToList();
    }
}
