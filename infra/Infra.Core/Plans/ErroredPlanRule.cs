namespace Infra.Plans;

/// <summary>A plan that errored is incomplete: what it does not show cannot be judged.</summary>
public sealed class ErroredPlanRule : IGateRule
{
    /// <inheritdoc/>
    public string Id => "gate-plan-errored";

    /// <inheritdoc/>
    public string Rationale => "An errored plan is partial; passing it would pass changes nobody has seen.";

    // The plan's JSON records only that it errored: the error itself is in the planning command's own output.

    /// <inheritdoc/>
    public string Fix => "The plan errored, so it is incomplete: read the error terraform, tofu or pulumi printed while planning (the plan JSON does not hold it), fix its cause, and plan again.";

    /// <inheritdoc/>
    public IEnumerable<GateFinding> Evaluate(ChangeSet changes, GateContext context) =>
        changes.Errored
            ? [new GateFinding(Id, GateSeverity.Error, string.Empty, "the plan errored and is incomplete: read the error the engine printed while planning, fix its cause, and plan again")]
            : [];
}
