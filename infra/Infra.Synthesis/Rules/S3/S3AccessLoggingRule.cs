using Infra.Resources.Aws;

namespace Infra.Rules;

/// <summary>S3-ACCESS-LOGGING: Every S3 bucket delivers server access logs (an inline logging block or an aws_s3_bucket_logging).</summary>
public sealed class S3AccessLoggingRule() : Rule(
    RuleId,
    "Every S3 bucket delivers server access logs to a log bucket (an inline logging block or an aws_s3_bucket_logging).",
    "Access logs record who read or wrote which object: without them a leaked credential reading the Terraform state, which holds sensitive values, leaves no trace in S3.",
    checkovIds: ["CKV_AWS_18"])
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "S3-ACCESS-LOGGING";

    // Ported from checkov's graph check S3BucketLogging (CKV_AWS_18, Apache-2.0): a bucket passes with a logging
    // attribute or with an aws_s3_bucket_logging connected to it.
    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context)
    {
        var stack = context.Stack;
        var logged = stack.ResourcesOf<S3BucketAccessLogging>().Select(l => RuleGraph.Target(l.Args.Bucket)).ToHashSet();
        foreach (var bucket in stack.ResourcesOf<S3Bucket>().Where(b => b.Args.Logging is null && !logged.Contains(b)))
        {
            yield return Finding(bucket, $"bucket {bucket.Args.Bucket} has no server access logging: add an aws_s3_bucket_logging to a log bucket (SecureBucketArgs.AccessLogBucket), or suppress with the reason its requests need no record.");
        }
    }
}
