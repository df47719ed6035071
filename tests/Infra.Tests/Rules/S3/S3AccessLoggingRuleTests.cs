using Infra.Resources.Aws;
using Infra.Rules;
using Infra.Tests.Components;

namespace Infra.Tests.Rules;

// The cases are checkov's own (Apache-2.0), rebuilt as model resources:
// tests/terraform/graph/checks/resources/S3BucketLogging/main.tf and expected.yaml (bucket_good_1 logged by an
// aws_s3_bucket_logging, bucket_good_2 with an inline logging block: pass; bucket_bad_1: fail).
public class S3AccessLoggingRuleTests
{
    [NonCompliant(S3AccessLoggingRule.RuleId)]
    [Test]
    public void ABucketWithoutLoggingFails()
    {
        var stack = TestStacks.Empty();
        _ = Bucket(stack, "bucket-bad-1");

        var finding = new S3AccessLoggingRule().Evaluate(stack).Single();

        Assert.That(finding.Resource!.Name, Is.EqualTo("bucket-bad-1"));
        Assert.That(finding.Message, Does.Contain("no server access logging").And.Contain("aws_s3_bucket_logging"));
    }

    [Compliant(S3AccessLoggingRule.RuleId)]
    [Test]
    public void ABucketLoggedByALoggingResourceOrAnInlineBlockPasses()
    {
        var stack = TestStacks.Empty();
        var logs = Bucket(stack, "log-bucket");
        var good1 = Bucket(stack, "bucket-good-1");
        _ = new S3Bucket("bucket-good-2", new S3BucketArgs { Bucket = "bucket-good", Logging = new S3BucketLogging { TargetBucket = logs.BucketName, TargetPrefix = "log/" } }, TestStacks.In(stack.Main));
        _ = new S3BucketAccessLogging("example", new S3BucketAccessLoggingArgs { Bucket = good1.BucketName, TargetBucket = logs.BucketName, TargetPrefix = "log/" }, TestStacks.In(stack.Main));

        Assert.That(new S3AccessLoggingRule().Evaluate(stack).Select(f => f.Resource!.Name), Is.EqualTo(new[] { "log-bucket" }), "only the log bucket, itself not logged, fails, as in checkov");
    }

    [Test]
    public void ThePlatformLogsItsBucketsAndAcceptsTheUnloggedLogBucket()
    {
        var findings = RuleRunner.Run([new S3AccessLoggingRule()], RuleFixtures.PlatformStacks());

        Assert.That(findings.Where(f => f.IsBlocking).Select(f => f.ToString()), Is.Empty, "every finding must be fixed or carry an S3-ACCESS-LOGGING suppression");
        Assert.That(findings.Select(f => f.Resource!.Name).Distinct(), Is.EqualTo(new[] { "access-logs" }), "the state and template buckets must be logged; only the log bucket is accepted unlogged");
    }

    private static S3Bucket Bucket(Infra.Model.Stack stack, string name, string? bucket = null) =>
        new(name, new S3BucketArgs { Bucket = bucket ?? name }, TestStacks.In(stack.Main));
}
