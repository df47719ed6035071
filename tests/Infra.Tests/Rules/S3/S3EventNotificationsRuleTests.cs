using Infra.Resources.Aws;
using Infra.Rules;
using Infra.Tests.Components;

namespace Infra.Tests.Rules;

// The cases are checkov's own (Apache-2.0), rebuilt as model resources:
// tests/terraform/graph/checks/resources/S3BucketEventNotifications/main.tf and expected.yaml ("pass" with an
// aws_s3_bucket_notification sending s3:ObjectCreated:* to a topic: pass; "fail": fail).
public class S3EventNotificationsRuleTests
{
    [NonCompliant(S3EventNotificationsRule.RuleId)]
    [Test]
    public void ABucketWithoutNotificationsFails()
    {
        var stack = TestStacks.Empty();
        _ = new S3Bucket("fail", new S3BucketArgs { Bucket = "bucket-bad-1" }, TestStacks.In(stack.Main));

        var finding = new S3EventNotificationsRule().Evaluate(stack).Single();

        Assert.That(finding.Resource!.Name, Is.EqualTo("fail"));
        Assert.That(finding.Message, Does.Contain("sends no event notifications"));
    }

    [Compliant(S3EventNotificationsRule.RuleId)]
    [Test]
    public void ABucketWithANotificationPasses()
    {
        var stack = TestStacks.Empty();
        var pass = new S3Bucket("pass", new S3BucketArgs { Bucket = "your-bucket-name" }, TestStacks.In(stack.Main));
        _ = new S3BucketNotification("bucket-notification", new S3BucketNotificationArgs
        {
            Bucket = pass.BucketName,
            Topics = [new S3NotificationTopic { TopicArn = "arn:aws:sns:eu-west-1:536580886816:topic", Events = ["s3:ObjectCreated:*"], FilterSuffix = ".log" }],
        }, TestStacks.In(stack.Main));

        Assert.That(new S3EventNotificationsRule().Evaluate(stack), Is.Empty);
    }

    [Test]
    public void ThePlatformsBucketsAreAcceptedWithoutNotifications()
    {
        var findings = RuleRunner.Run([new S3EventNotificationsRule()], RuleFixtures.PlatformStacks());

        Assert.That(findings, Is.Not.Empty, "the platform's buckets send no notifications");
        Assert.That(findings.Where(f => f.IsBlocking).Select(f => f.ToString()), Is.Empty, "each bucket must carry an S3-EVENT-NOTIFICATIONS suppression");
    }
}
