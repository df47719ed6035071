using Infra.Resources.Aws;

namespace Infra.Rules;

/// <summary>S3-ENCRYPTION: Every S3 bucket encrypts by default with a customer-managed KMS key of its own stack and root.</summary>
public sealed class S3DefaultEncryptionRule() : Rule(
    RuleId,
    "Every S3 bucket encrypts by default with a customer-managed KMS key of its own stack and root.",
    "Objects written without an explicit key must still be encrypted with a key the stack controls (rotation, key policy, audit in CloudTrail).",
    checkovIds: ["CKV_AWS_145", "CKV_AWS_19"])
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "S3-ENCRYPTION";

    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context)
    {
        var stack = context.Stack;
        var settings = stack.ResourcesOf<S3BucketServerSideEncryptionConfiguration>().ToList();
        foreach (var bucket in stack.ResourcesOf<S3Bucket>())
        {
            if (!settings.Any(s => RuleGraph.Target(s.Args.Bucket) == bucket && s.Args.Rules.Any(r => r.ApplyServerSideEncryptionByDefault.SseAlgorithm == "aws:kms" && RuleGraph.IsOwnKey(r.ApplyServerSideEncryptionByDefault.KmsMasterKeyId, bucket))))
            {
                yield return Finding(bucket, $"bucket {bucket.Args.Bucket} has no default encryption with a KMS key of this stack: add an aws_s3_bucket_server_side_encryption_configuration with sse_algorithm aws:kms and the stack's key (SecureBucket does).");
            }
        }
    }
}
