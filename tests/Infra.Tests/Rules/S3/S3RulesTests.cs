using Infra.Model;
using Infra.Resources.Aws;
using Infra.Rules;
using Infra.Tests.Components;

namespace Infra.Tests.Rules;

public class S3RulesTests
{
    private static readonly Rule[] BucketRules = [new S3DefaultEncryptionRule(), new S3VersioningRule(), new S3PublicAccessRule(), new S3TlsOnlyRule(), new S3AclsDisabledRule()];

    [NonCompliant(S3DefaultEncryptionRule.RuleId)]
    [NonCompliant(S3VersioningRule.RuleId)]
    [NonCompliant(S3PublicAccessRule.RuleId)]
    [NonCompliant(S3TlsOnlyRule.RuleId)]
    [NonCompliant(S3AclsDisabledRule.RuleId)]
    [Test]
    public void EachBucketRuleFiresOnABareBucket()
    {
        var stack = TestStacks.Empty();
        _ = new S3Bucket("bare", new S3BucketArgs { Bucket = "2-1-bbws-bare-dev" }, TestStacks.In(stack.Main));

        foreach (var rule in BucketRules)
        {
            Assert.That(rule.Evaluate(stack).Select(f => f.Resource!.Name), Is.EqualTo(new[] { "bare" }), $"{rule.Id} does not fire on a bucket without its setting");
        }
    }

    [Test]
    public void EncryptionWithAnotherRootsKeyFires()
    {
        var stack = TestStacks.Empty();
        var bucket = new S3Bucket("bare", new S3BucketArgs { Bucket = "2-1-bbws-bare-dev" }, TestStacks.In(stack.Main));
        var key = RuleFixtures.Key(stack, stack.Bootstrap);
        _ = new S3BucketServerSideEncryptionConfiguration("enc", new S3BucketServerSideEncryptionConfigurationArgs
        {
            Bucket = bucket.BucketName,
            Rules = [new S3EncryptionRule { ApplyServerSideEncryptionByDefault = new S3EncryptionByDefault { SseAlgorithm = "aws:kms", KmsMasterKeyId = key.Arn } }],
        }, TestStacks.In(stack.Main));

        Assert.That(new S3DefaultEncryptionRule().Evaluate(stack).Single().Message, Does.Contain("KMS key of this stack"), "a key of the bootstrap root must not count for a main-root bucket");
    }

    [Compliant(S3DefaultEncryptionRule.RuleId)]
    [Compliant(S3VersioningRule.RuleId)]
    [Compliant(S3PublicAccessRule.RuleId)]
    [Compliant(S3TlsOnlyRule.RuleId)]
    [Compliant(S3AclsDisabledRule.RuleId)]
    [Test]
    public void ThePlatformsSecureBucketsComply()
    {
        foreach (var rule in BucketRules)
        {
            // The access-log bucket is encrypted with SSE-S3, as a log target must be, and accepted with that reason.
            var findings = RuleFixtures.PlatformStacks().SelectMany(rule.Evaluate).Where(f => !(f.RuleId == S3DefaultEncryptionRule.RuleId && f.Resource!.Name == "access-logs"));
            Assert.That(findings.Select(f => f.ToString()), Is.Empty, $"{rule.Id} fires on the platform's buckets");
        }

        Assert.That(RuleRunner.Run([new S3DefaultEncryptionRule()], RuleFixtures.PlatformStacks()).Where(f => f.IsBlocking).Select(f => f.ToString()), Is.Empty, "the SSE-S3 log bucket must carry an S3-ENCRYPTION suppression");
    }

    [Test]
    public void AnUnversionedBucketIsAcceptedWithASuppression()
    {
        var stack = TestStacks.Empty();
        _ = new S3Bucket("scratch", new S3BucketArgs { Bucket = "2-1-bbws-scratch-dev" }, TestStacks.In(stack.Main) with { Suppressions = [new Suppression(S3VersioningRule.RuleId, "scratch data, rebuilt from source on every run")] });

        var finding = RuleRunner.Run([new S3VersioningRule()], [stack]).Single();

        Assert.That(finding.IsBlocking, Is.False, "a suppressed finding must not block synth");
    }
}
