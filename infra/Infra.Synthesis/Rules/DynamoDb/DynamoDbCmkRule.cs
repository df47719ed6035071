using Infra.Resources.Aws;

namespace Infra.Rules;

/// <summary>DYNAMODB-CMK: Every DynamoDB table is encrypted with a customer-managed KMS key of its own stack and root.</summary>
public sealed class DynamoDbCmkRule() : Rule(
    RuleId,
    "Every DynamoDB table is encrypted with a customer-managed KMS key of its own stack and root.",
    "With the stack's own key, reading the data takes a permission on that key too, and the key's use is audited; an AWS-owned key gives neither.",
    checkovIds: ["CKV_AWS_119"])
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "DYNAMODB-CMK";

    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context) =>
        context.Stack.ResourcesOf<DynamoDbTable>()
            .Where(t => t.Args.ServerSideEncryption is not { Enabled: true } sse || !RuleGraph.IsOwnKey(sse.KmsKeyArn, t))
            .Select(t => Finding(t, $"table {t.Args.Name} is not encrypted with a KMS key of this stack's {t.Root.Kind.ToString().ToLowerInvariant()} root: set ServerSideEncryption.KmsKeyArn to the stack key's ARN."));
}
