using Infra.Resources.Aws;

namespace Infra.Rules;

/// <summary>KMS-ROTATION: Every customer-managed KMS key rotates its key material.</summary>
public sealed class KmsRotationRule() : Rule(
    RuleId,
    "Every customer-managed KMS key rotates its key material.",
    "Yearly rotation limits how much data one key version protects, at no cost to callers (old versions still decrypt).",
    checkovIds: ["CKV_AWS_7"])
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "KMS-ROTATION";

    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context) =>
        context.Stack.ResourcesOf<KmsKey>()
            .Where(k => k.Args.EnableKeyRotation != true)
            .Select(k => Finding(k, $"key {k.Name} does not rotate: set EnableKeyRotation = true."));
}
