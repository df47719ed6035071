using Infra.Plans;

namespace Infra.Rules;

/// <summary>In prod, no action may contain a delete: not a plain delete, not a replace in either order.</summary>
public sealed class NoDestroyInProductionRule() : PlanRule(
    RuleId,
    "In prod no planned action contains a delete: not a plain delete, not a replace in either order.",
    "prevent_destroy does not protect a resource whose block was removed; only reading the plan does.",
    $"Change the code so the plan keeps these resources (restore a removed block; for a replace, leave the attributes that force replacement unchanged). A destroy that must happen in prod never goes through the pipeline: follow {BreakGlassPointer}.")
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "gate-no-destroy-in-prod";

    /// <summary>
    /// The README heading of the only way a destroy happens in prod; a test checks README has it, so the pointer
    /// in every refusal cannot rot.
    /// </summary>
    public const string BreakGlassHeading = "Break-glass: a destroy in prod";

    /// <summary>How refusals point to the break-glass procedure.</summary>
    public const string BreakGlassPointer = $"README section \"{BreakGlassHeading}\"";

    /// <inheritdoc/>
    public override IEnumerable<RuleFinding> Evaluate(PlanContext context) =>
        !context.IsProduction
            ? []
            : context.Changes.Changes.Where(c => c.DestroysExisting).Select(c => Finding(
                c.Address,
                $"would be {(c.Kind == ChangeKind.Replace ? "replaced" : "deleted")} [{string.Join(", ", c.Actions)}]{(c.Deposed is null ? string.Empty : " (deposed object)")}{(c.Reason is null ? string.Empty : $" ({c.Reason})")}: nothing is destroyed in {context.Stack} by a pipeline; change the code so the plan keeps it, or follow {BreakGlassPointer}"));
}
