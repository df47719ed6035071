using Infra.Model;
using Infra.Resources.Aws;
using Infra.Rules;
using Infra.Synthesis;
using Infra.Tests.Testing;

namespace Infra.Tests.Rules;

public class ProdProtectRuleTests
{
    [Compliant(ProdProtectRule.RuleId)]
    [Test]
    public void CompliantProdHasNoFinding()
    {
        var findings = new ProdProtectRule().Evaluate(StackHarness.Build("prod")).ToList();

        Assert.That(findings, Is.Empty, "prod must protect every stateful resource:\n" + string.Join("\n", findings));
    }

    [Test]
    public void EveryProdStatefulResourceIsProtectedInTheModel()
    {
        var stateful = StackHarness.Build("prod").AllResources().Where(r => r.IsStateful).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(stateful, Is.Not.Empty, "prod has buckets, tables, keys and log groups");
            foreach (var resource in stateful)
            {
                Assert.That(resource.Options.Protect && resource.Options.RetainOnDelete, Is.True, $"{resource} must be protected and retained");
            }
        });
    }

    [Test]
    public void FiresWhenProtectionIsRemovedFromProdConfig()
    {
        using var repo = TestRepository.CopyOfReal();
        repo.Replace("Pulumi.prod.yaml", "bbws:protect: true", "bbws:protect: false");

        var findings = new ProdProtectRule().Evaluate(StackHarness.Build(repo.Root, "prod")).ToList();

        Assert.That(findings.Select(f => f.Resource!.Type).Distinct(), Is.SupersetOf(new[] { "aws_s3_bucket", "aws_dynamodb_table", "aws_kms_key", "aws_cloudwatch_log_group" }),
            "every unprotected stateful type must be reported");
    }

    [Test]
    public void SynthRefusesAndWritesNothingWhenProdIsUnprotected()
    {
        using var repo = TestRepository.CopyOfReal();
        repo.Replace("Pulumi.prod.yaml", "bbws:protect: true", "bbws:protect: false");

        var result = Synthesizer.Run(Testing.TestApp.Platform, repo.Root);

        Assert.That(result.HasBlockingFindings, Is.True, "an unprotected prod must fail synth");
    }

    [NonCompliant(ProdProtectRule.RuleId)]
    [Test]
    public void FiresOnADeletableTableAndAForceDestroyBucket()
    {
        var stack = StackHarness.Build("prod");
        var options = new ResourceOptions { Parent = stack.Main, Protect = true, RetainOnDelete = true };
        _ = new DynamoDbTable("loose-table", new DynamoDbTableArgs { Name = "loose", HashKey = "id", Attributes = [new DynamoDbAttribute { Name = "id", Type = "S" }], DeletionProtectionEnabled = false }, options);
        _ = new S3Bucket("loose-bucket", new S3BucketArgs { Bucket = "loose-bucket", ForceDestroy = true }, options);

        var messages = new ProdProtectRule().Evaluate(stack).Select(f => $"{f.Resource!.Name}: {f.Message}").ToList();

        Assert.That(messages, Has.Some.StartWith("loose-table: deletion_protection_enabled is false").And.Some.StartWith("loose-bucket: force_destroy is true"));
    }

    [Test]
    public void DoesNotApplyOutsideProd()
    {
        using var repo = TestRepository.CopyOfReal();

        Assert.That(new ProdProtectRule().Evaluate(StackHarness.Build(repo.Root, "dev")), Is.Empty, "dev may destroy its resources");
    }
}
