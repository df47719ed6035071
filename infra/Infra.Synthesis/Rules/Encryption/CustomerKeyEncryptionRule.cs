using Infra.Resources.Aws;

namespace Infra.Rules;

/// <summary>CMK-ENCRYPTION: Every SNS topic, SQS queue and CloudWatch log group is encrypted with a customer-managed KMS key of its own stack and root.</summary>
public sealed class CustomerKeyEncryptionRule() : Rule(
    RuleId,
    "Every SNS topic, SQS queue and CloudWatch log group is encrypted with a customer-managed KMS key of its own stack and root.",
    "Messages and logs carry order and customer data: encrypting them with the stack's own key means reading them takes a permission on that key, and every use is audited.",
    checkovIds: ["CKV_AWS_26", "CKV_AWS_27", "CKV_AWS_158"])
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "CMK-ENCRYPTION";

    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context)
    {
        var stack = context.Stack;
        foreach (var resource in RuleGraph.All(stack))
        {
            var key = resource switch
            {
                SnsTopic t => (true, t.Args.KmsMasterKeyId),
                SqsQueue q => (true, q.Args.KmsMasterKeyId),
                CloudWatchLogGroup g => (true, g.Args.KmsKeyId),
                _ => (false, null),
            };
            if (key.Item1 && !RuleGraph.IsOwnKey(key.Item2, resource))
            {
                yield return Finding(resource, $"{resource.Type} {resource.Name} is not encrypted with a KMS key of this stack's {resource.Root.Kind.ToString().ToLowerInvariant()} root: set its KMS key to the stack key's ARN.");
            }
        }
    }
}
