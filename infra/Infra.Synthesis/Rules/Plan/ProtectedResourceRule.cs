using Infra.Plans;

namespace Infra.Rules;

/// <summary>In any stack, a protected resource (prevent_destroy or Pulumi's protect) may not be deleted or replaced.</summary>
public sealed class ProtectedResourceRule() : PlanRule(
    RuleId,
    "In every stack a protected resource (prevent_destroy, Pulumi protect) is neither deleted nor replaced.",
    "Protected resources hold state (data, keys, logs) that a re-create loses.",
    "Keep protected resources: restore a removed block, leave the attributes that force replacement unchanged, or stop managing a resource without destroying it (Terraform: a removed block with lifecycle destroy = false; Pulumi: retainOnDelete, then remove it).")
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "gate-protected-resource";

    /// <inheritdoc/>
    public override IEnumerable<RuleFinding> Evaluate(PlanContext context) =>
        context.Changes.Changes.Where(c => c.Protected && c.DestroysExisting).Select(c => Finding(
            c.Address,
            c.Kind == ChangeKind.Replace
                ? $"is protected but would be replaced [{string.Join(", ", c.Actions)}]: leave the attributes that force its replacement unchanged"
                : $"is protected but would be deleted [{string.Join(", ", c.Actions)}]: restore its block, or stop managing it without destroying it (a removed block with lifecycle destroy = false)"));
}
