using Infra.Model;
using Infra.Resources.Aws;
using Infra.Rules;
using Infra.Tests.Components;

namespace Infra.Tests.Rules;

// The cases are checkov's own (Apache-2.0), rebuilt as model resources:
// tests/terraform/graph/checks/resources/S3BucketReplicationConfiguration/main.tf and expected.yaml ("enabled" and
// "enabled-var", whose variable defaults to Enabled: pass; "default" without replication and "disabled": fail). Its
// *_v4 cases use aws_s3_bucket_replication_configuration, a type this program has no binding for.
public class S3ReplicationRuleTests
{
    [NonCompliant(S3ReplicationRule.RuleId)]
    [Test]
    public void ABucketWithoutOrWithDisabledReplicationFails()
    {
        var stack = TestStacks.Empty();
        _ = new S3Bucket("default", new S3BucketArgs { Bucket = "example" }, TestStacks.In(stack.Main));
        _ = Replicated(stack, "disabled", "Disabled");

        var findings = new S3ReplicationRule().Evaluate(stack).ToList();

        Assert.That(findings.Select(f => f.Resource!.Name), Is.EquivalentTo(new[] { "default", "disabled" }));
        Assert.That(findings[0].Message, Does.Contain("no enabled cross-region replication"));
    }

    [Compliant(S3ReplicationRule.RuleId)]
    [Test]
    public void ABucketWithAnEnabledReplicationRulePasses()
    {
        var stack = TestStacks.Empty();
        _ = Replicated(stack, "enabled", "Enabled");
        _ = Replicated(stack, "enabled-var", "Enabled");

        Assert.That(new S3ReplicationRule().Evaluate(stack), Is.Empty, "a rule with status Enabled passes, as in checkov");
    }

    [Test]
    public void AStatusKnownOnlyAtApplyFails()
    {
        var stack = TestStacks.Empty();
        var other = new S3Bucket("other", new S3BucketArgs { Bucket = "other" }, TestStacks.In(stack.Main) with { Suppressions = [new Suppression(S3ReplicationRule.RuleId, "the bucket that lends its name in this test")] });
        _ = Replicated(stack, "unknown", other.BucketName);

        Assert.That(RuleRunner.Run([new S3ReplicationRule()], [stack]).Where(f => f.IsBlocking).Select(f => f.Resource!.Name), Is.EqualTo(new[] { "unknown" }), "a status that is not the literal Enabled cannot be shown to replicate");
    }

    [Test]
    public void ThePlatformsBucketsStayInTheirRegionWithAReason()
    {
        var findings = RuleRunner.Run([new S3ReplicationRule()], RuleFixtures.PlatformStacks());

        Assert.That(findings, Is.Not.Empty, "the platform's buckets do not replicate");
        Assert.That(findings.Where(f => f.IsBlocking).Select(f => f.ToString()), Is.Empty, "each bucket must carry an S3-REPLICATION suppression");
    }

    private static S3Bucket Replicated(Stack stack, string name, Input<string> status) =>
        new(name, new S3BucketArgs
        {
            Bucket = "example",
            ReplicationConfiguration = new S3BucketReplicationConfiguration
            {
                Role = "arn:aws:iam::536580886816:role/replication",
                Rules = [new S3BucketReplicationConfigurationRules { Id = "foobar", Status = status, Destination = new S3BucketReplicationConfigurationRulesDestination { Bucket = "arn:aws:s3:::destination", StorageClass = "STANDARD" } }],
            },
        }, TestStacks.In(stack.Main));
}
