namespace Infra.Plans;

/// <summary>Forgetting a resource leaves it running but unmanaged: allowed, but said out loud.</summary>
public sealed class ForgetWarningRule : IGateRule
{
    /// <inheritdoc/>
    public string Id => "gate-forget";

    /// <inheritdoc/>
    public string Rationale => "A forgotten resource keeps running and costing, and no longer follows the code.";

    /// <inheritdoc/>
    public string Fix => "Make sure each forgotten resource is meant to leave the code; delete it by hand if it is no longer needed.";

    /// <inheritdoc/>
    public IEnumerable<GateFinding> Evaluate(ChangeSet changes, GateContext context) =>
        changes.Changes.Where(c => c.Forgets).Select(c => new GateFinding(
            Id,
            GateSeverity.Warning,
            c.Address,
            $"would be forgotten [{string.Join(", ", c.Actions)}]: it stays in the account but is no longer managed; make sure that is intended"));
}
