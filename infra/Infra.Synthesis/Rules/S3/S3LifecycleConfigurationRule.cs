using Infra.Resources.Aws;

namespace Infra.Rules;

/// <summary>S3-LIFECYCLE: Every S3 bucket has a lifecycle configuration (an inline lifecycle_rule or an aws_s3_bucket_lifecycle_configuration).</summary>
public sealed class S3LifecycleConfigurationRule() : Rule(
    RuleId,
    "Every S3 bucket has a lifecycle configuration (an inline lifecycle_rule or an aws_s3_bucket_lifecycle_configuration).",
    "In a versioned bucket every overwrite keeps the old version for ever: without expiry of noncurrent versions and aborted uploads, storage and cost only grow, and old copies of sensitive data outlive their use.",
    checkovIds: ["CKV2_AWS_61"])
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "S3-LIFECYCLE";

    // Ported from checkov's graph check S3BucketLifecycle (CKV2_AWS_61, Apache-2.0): a bucket passes with a
    // lifecycle_rule attribute or with an aws_s3_bucket_lifecycle_configuration connected to it, whatever its rules say.
    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context)
    {
        var stack = context.Stack;
        var configured = stack.ResourcesOf<S3BucketLifecycleConfiguration>().Select(l => RuleGraph.Target(l.Args.Bucket)).ToHashSet();
        foreach (var bucket in stack.ResourcesOf<S3Bucket>().Where(b => b.Args.LifecycleRules is null && !configured.Contains(b)))
        {
            yield return Finding(bucket, $"bucket {bucket.Args.Bucket} has no lifecycle configuration: add an aws_s3_bucket_lifecycle_configuration that expires noncurrent versions (SecureBucket does), or suppress with the reason every version must be kept.");
        }
    }
}
