using Infra.Resources.Aws;

namespace Infra.Rules;

/// <summary>S3-EVENT-NOTIFICATIONS: Every S3 bucket sends event notifications (an aws_s3_bucket_notification).</summary>
public sealed class S3EventNotificationsRule() : Rule(
    RuleId,
    "Every S3 bucket sends event notifications (an aws_s3_bucket_notification).",
    "Event notifications let a consumer react to object changes as they happen (an unexpected delete or overwrite), instead of finding them in logs later.",
    checkovIds: ["CKV2_AWS_62"])
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "S3-EVENT-NOTIFICATIONS";

    // Ported from checkov's graph check S3BucketEventNotifications (CKV2_AWS_62, Apache-2.0): a bucket passes only with
    // an aws_s3_bucket_notification connected to it, whatever the notification sends.
    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context)
    {
        var stack = context.Stack;
        var notifying = stack.ResourcesOf<S3BucketNotification>().Select(n => RuleGraph.Target(n.Args.Bucket)).ToHashSet();
        foreach (var bucket in stack.ResourcesOf<S3Bucket>().Where(b => !notifying.Contains(b)))
        {
            yield return Finding(bucket, $"bucket {bucket.Args.Bucket} sends no event notifications: add an aws_s3_bucket_notification to a topic or queue that a consumer reads, or suppress with the reason nothing consumes its events.");
        }
    }
}
