using Infra.Resources.Aws;

namespace Infra.Rules;

/// <summary>S3-VERSIONING: Every S3 bucket keeps object versions (data that must survive: state, templates).</summary>
public sealed class S3VersioningRule() : Rule(
    RuleId,
    "Every S3 bucket keeps object versions (data that must survive: state, templates).",
    "Versioning turns an overwrite or a delete into a recoverable event: the Terraform state and the email templates must survive a bad apply or a bad upload.",
    checkovIds: ["CKV_AWS_21"])
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "S3-VERSIONING";

    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context)
    {
        var stack = context.Stack;
        var settings = stack.ResourcesOf<S3BucketVersioning>().ToList();
        foreach (var bucket in stack.ResourcesOf<S3Bucket>())
        {
            if (!settings.Any(s => RuleGraph.Target(s.Args.Bucket) == bucket && s.Args.VersioningConfiguration.Status == "Enabled"))
            {
                yield return Finding(bucket, $"bucket {bucket.Args.Bucket} is not versioned: add aws_s3_bucket_versioning with status Enabled (SecureBucket's default), or suppress with the reason its data need not survive.");
            }
        }
    }
}
