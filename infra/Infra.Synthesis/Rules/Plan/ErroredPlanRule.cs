namespace Infra.Rules;

/// <summary>A plan that errored is incomplete: what it does not show cannot be judged.</summary>
public sealed class ErroredPlanRule() : PlanRule(
    RuleId,
    "A plan that errored is refused: it is incomplete, and what it does not show cannot be judged.",
    "An errored plan is partial; passing it would pass changes nobody has seen.",
    "The plan errored, so it is incomplete: read the error terraform, tofu or pulumi printed while planning (the plan JSON does not hold it), fix its cause, and plan again.")
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "gate-plan-errored";

    // The plan's JSON records only that it errored: the error itself is in the planning command's own output.

    /// <inheritdoc/>
    public override IEnumerable<RuleFinding> Evaluate(PlanContext context) =>
        context.Changes.Errored
            ? [Finding(string.Empty, "the plan errored and is incomplete: read the error the engine printed while planning, fix its cause, and plan again")]
            : [];
}
