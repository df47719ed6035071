using Infra.Model;
using Infra.Resources.Aws;

namespace Infra.Rules;

/// <summary>KMS-ROTATION: Every customer-managed KMS key rotates its key material.</summary>
public sealed class KmsRotationRule : Rule
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "KMS-ROTATION";

    /// <inheritdoc />
    public override string Id => RuleId;

    /// <inheritdoc />
    public override string Title => "Every customer-managed KMS key rotates its key material.";

    /// <inheritdoc />
    public override string Rationale => "Yearly rotation limits how much data one key version protects, at no cost to callers (old versions still decrypt).";

    /// <inheritdoc />
    public override IReadOnlyList<string> CheckovIds => ["CKV_AWS_7"];

    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(Stack stack) =>
        RuleGraph.All(stack).OfType<KmsKey>()
            .Where(k => k.Args.EnableKeyRotation != true)
            .Select(k => Finding(k, $"key {k.Name} does not rotate: set EnableKeyRotation = true (the default)."));
}
