using Infra.Resources.Aws;

namespace Infra.Rules;

/// <summary>S3-OWNERSHIP: Every S3 bucket disables ACLs (object ownership BucketOwnerEnforced).</summary>
public sealed class S3AclsDisabledRule() : Rule(
    RuleId,
    "Every S3 bucket disables ACLs (object ownership BucketOwnerEnforced).",
    "With ACLs disabled, access is decided by policies alone, and objects uploaded by others still belong to the bucket owner.",
    checkovIds: ["CKV2_AWS_65"])
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "S3-OWNERSHIP";

    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context)
    {
        var stack = context.Stack;
        var settings = stack.ResourcesOf<S3BucketOwnershipControls>().ToList();
        foreach (var bucket in stack.ResourcesOf<S3Bucket>())
        {
            if (!settings.Any(s => RuleGraph.Target(s.Args.Bucket) == bucket && s.Args.Rule.ObjectOwnership == "BucketOwnerEnforced"))
            {
                yield return Finding(bucket, $"bucket {bucket.Args.Bucket} keeps ACLs: add aws_s3_bucket_ownership_controls with object_ownership BucketOwnerEnforced (SecureBucket does).");
            }
        }
    }
}
