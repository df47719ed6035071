namespace Infra.Plans;

/// <summary>In any stack, a protected resource (prevent_destroy or Pulumi's protect) may not be deleted or replaced.</summary>
public sealed class ProtectedResourceRule : IGateRule
{
    /// <inheritdoc/>
    public string Id => "gate-protected-resource";

    /// <inheritdoc/>
    public string Rationale => "Protected resources hold state (data, keys, logs) that a re-create loses.";

    /// <inheritdoc/>
    public IEnumerable<GateFinding> Evaluate(ChangeSet changes, GateContext context) =>
        changes.Changes.Where(c => c.Protected && c.DestroysExisting).Select(c => new GateFinding(
            Id,
            GateSeverity.Error,
            c.Address,
            $"is protected but would be {(c.Kind == ChangeKind.Replace ? "replaced" : "deleted")} [{string.Join(", ", c.Actions)}]: keep its configuration unchanged in the attributes that force replacement, or move it out of the stack with a removed block (lifecycle destroy = false)"));
}
