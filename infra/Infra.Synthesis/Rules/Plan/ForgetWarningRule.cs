namespace Infra.Rules;

/// <summary>Forgetting a resource leaves it running but unmanaged: allowed, but said out loud.</summary>
public sealed class ForgetWarningRule() : PlanRule(
    RuleId,
    "A plan that forgets a resource (removes it from state without destroying it) is reported.",
    "A forgotten resource keeps running and costing, and no longer follows the code.",
    "Make sure each forgotten resource is meant to leave the code; delete it by hand if it is no longer needed.",
    Severity.Warning)
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "gate-forget";

    /// <inheritdoc/>
    public override IEnumerable<RuleFinding> Evaluate(PlanContext context) =>
        context.Changes.Changes.Where(c => c.Forgets).Select(c => Finding(
            c.Address,
            $"would be forgotten [{string.Join(", ", c.Actions)}]: it stays in the account but is no longer managed; make sure that is intended"));
}
