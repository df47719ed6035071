using Infra.Resources.Aws;

namespace Infra.Rules;

/// <summary>S3-PUBLIC-ACCESS: Every S3 bucket has a public access block with all four settings on.</summary>
public sealed class S3PublicAccessRule() : Rule(
    RuleId,
    "Every S3 bucket has a public access block with all four settings on.",
    "A public access block stops a later ACL or bucket policy from exposing the data, whoever writes it.",
    checkovIds: ["CKV2_AWS_6", "CKV_AWS_53", "CKV_AWS_54", "CKV_AWS_55", "CKV_AWS_56"])
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "S3-PUBLIC-ACCESS";

    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context)
    {
        var stack = context.Stack;
        var settings = stack.ResourcesOf<S3BucketPublicAccessBlock>().ToList();
        foreach (var bucket in stack.ResourcesOf<S3Bucket>())
        {
            if (!settings.Any(s => RuleGraph.Target(s.Args.Bucket) == bucket && s.Args is { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true }))
            {
                yield return Finding(bucket, $"bucket {bucket.Args.Bucket} has no public access block with all four settings true: add aws_s3_bucket_public_access_block (SecureBucket does).");
            }
        }
    }
}
