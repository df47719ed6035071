namespace Infra.Rules;

/// <summary>
/// A protection removed from a resource that stays (prevent_destroy, Pulumi protect or retainOnDelete, DynamoDB
/// deletion protection turned off, S3 force_destroy turned on) is refused: the destroy it stopped would go through next.
/// </summary>
public sealed class ProtectionLossRule() : PlanRule(
    RuleId,
    "No change removes or weakens a resource's protection (prevent_destroy, Pulumi protect/retainOnDelete, DynamoDB deletion protection, S3 force_destroy).",
    "A protection taken away in one reviewed change lets a later, innocent-looking change destroy what it guarded.",
    $"Keep the protection (undo the change or the suppression that removed it). A protected prod resource that must go follows {NoDestroyInProductionRule.BreakGlassPointer}.")
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "gate-protection-lost";

    /// <inheritdoc/>
    public override IEnumerable<RuleFinding> Evaluate(PlanContext context) =>
        context.ProtectionLosses.Select(l => Finding(l.Address, $"loses its protection: {l.Lost}; keep it, or follow {NoDestroyInProductionRule.BreakGlassPointer} if the resource must go"));
}
