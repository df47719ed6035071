namespace Infra.Plans;

/// <summary>A plan that errored is incomplete: what it does not show cannot be judged.</summary>
public sealed class ErroredPlanRule : IGateRule
{
    /// <inheritdoc/>
    public string Id => "gate-plan-errored";

    /// <inheritdoc/>
    public string Rationale => "An errored plan is partial; passing it would pass changes nobody has seen.";

    /// <inheritdoc/>
    public IEnumerable<GateFinding> Evaluate(ChangeSet changes, GateContext context) =>
        changes.Errored
            ? [new GateFinding(Id, GateSeverity.Error, string.Empty, "the plan errored and is incomplete: fix the error the engine printed and plan again")]
            : [];
}
