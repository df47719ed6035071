using Infra.Resources.Aws;
using Infra.Rules;
using Infra.Tests.Components;

namespace Infra.Tests.Rules;

// The cases are checkov's own (Apache-2.0), rebuilt as model resources:
// tests/terraform/graph/checks/resources/S3BucketLifecycle/main.tf and expected.yaml ("pass" with an
// aws_s3_bucket_lifecycle_configuration, "pass-v3" with an inline lifecycle_rule: pass; "fail": fail).
public class S3LifecycleConfigurationRuleTests
{
    [NonCompliant(S3LifecycleConfigurationRule.RuleId)]
    [Test]
    public void ABucketWithoutALifecycleFails()
    {
        var stack = TestStacks.Empty();
        _ = new S3Bucket("fail", new S3BucketArgs { Bucket = "bucket-bad-1" }, TestStacks.In(stack.Main));

        var finding = new S3LifecycleConfigurationRule().Evaluate(stack).Single();

        Assert.That(finding.Resource!.Name, Is.EqualTo("fail"));
        Assert.That(finding.Message, Does.Contain("no lifecycle configuration"));
    }

    [Compliant(S3LifecycleConfigurationRule.RuleId)]
    [Test]
    public void ABucketWithALifecycleResourceOrInlineRulePasses()
    {
        var stack = TestStacks.Empty();
        var pass = new S3Bucket("pass", new S3BucketArgs { Bucket = "bucket-good" }, TestStacks.In(stack.Main));
        _ = new S3BucketLifecycleConfiguration("pass-lifecycle", new S3BucketLifecycleConfigurationArgs { Bucket = pass.BucketName, Rules = [new S3LifecycleRule { Id = string.Empty, Status = string.Empty }] }, TestStacks.In(stack.Main));
        _ = new S3Bucket("pass-v3", new S3BucketArgs
        {
            Bucket = "bucket-good",
            LifecycleRules = [new S3BucketLifecycleRule { Id = "Delete old incomplete multi-part uploads", Enabled = true, AbortIncompleteMultipartUploadDays = 7 }],
        }, TestStacks.In(stack.Main));

        Assert.That(new S3LifecycleConfigurationRule().Evaluate(stack), Is.Empty, "any lifecycle configuration passes, whatever its rules, as in checkov");
    }

    [Test]
    public void EveryPlatformBucketHasALifecycle()
    {
        var findings = RuleFixtures.PlatformStacks().SelectMany(new S3LifecycleConfigurationRule().Evaluate);

        Assert.That(findings.Select(f => f.ToString()), Is.Empty, "SecureBucket must give every bucket a lifecycle configuration");
    }
}
