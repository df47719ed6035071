using Infra.Components;
using Infra.Model;
using Infra.Resources.Aws;
using Infra.Rules;
using Infra.Tests.Testing;

namespace Infra.Tests.Rules;

public class AccountRuleTests
{
    [Compliant(AccountRule.RuleId)]
    [TestCase("dev")]
    [TestCase("sit")]
    [TestCase("prod")]
    public void CompliantStackHasNoFinding(string stack)
    {
        var findings = new AccountRule().Evaluate(StackHarness.Build(stack)).ToList();

        Assert.That(findings, Is.Empty, "the platform program must satisfy ACCOUNT:\n" + string.Join("\n", findings));
    }

    [NonCompliant(AccountRule.RuleId)]
    [Test]
    public void FiresWhenTheProviderAcceptsAnotherAccount()
    {
        var stack = StackHarness.Build("sit");
        _ = new AwsProvider("aws-other", new AwsProviderArgs { Region = "eu-west-1", AllowedAccountIds = ["536580886816"] }, new ResourceOptions { Parent = stack.Main });

        var findings = new AccountRule().Evaluate(stack).ToList();

        Assert.That(findings.Select(f => f.Message), Has.Some.Contains("[536580886816]").And.Some.Contains("815856636111"), "a provider for dev's account inside sit must be refused");
    }

    [Test]
    public void FiresWhenAnArnNamesAnotherStacksAccount()
    {
        var stack = StackHarness.Build("prod");
        _ = new IamRole("cross-account", new IamRoleArgs
        {
            Name = "cross-account",
            AssumeRolePolicy = new PolicyDocument(new PolicyStatement
            {
                Actions = ["sts:AssumeRole"],
                Principals = new Dictionary<string, IReadOnlyList<Input<string>>> { ["AWS"] = ["arn:aws:iam::536580886816:root"] },
                Reason = "test",
            }),
        }, new ResourceOptions { Parent = stack.Main });

        var finding = new AccountRule().Evaluate(stack).Single();

        Assert.Multiple(() =>
        {
            Assert.That(finding.Resource!.Name, Is.EqualTo("cross-account"));
            Assert.That(finding.Message, Does.Contain("536580886816").And.Contain("093646564004"));
        });
    }

    [TestCase("dev", "815856636111", false)]
    [TestCase("dev", "093646564004", true)]
    [TestCase("sit", "093646564004", false)]
    [TestCase("sit", "536580886816", true)]
    [TestCase("prod", "815856636111", true)]
    public void ABootstrapBucketPolicyMayAdmitTheNextStacksAccountOnly(string stackName, string account, bool fires)
    {
        var stack = StackHarness.Build(stackName);
        _ = new S3BucketPolicy("admits-other", new S3BucketPolicyArgs
        {
            Bucket = "2-1-bbws-test",
            Policy = new PolicyDocument(new PolicyStatement
            {
                Actions = ["s3:GetObject"],
                Resources = ["arn:aws:s3:::2-1-bbws-test/*"],
                Principals = new Dictionary<string, IReadOnlyList<Input<string>>> { ["AWS"] = [$"arn:aws:iam::{account}:root"] },
                Reason = "test",
            }),
        }, new ResourceOptions { Parent = stack.Bootstrap });

        var findings = new AccountRule().Evaluate(stack).Where(f => f.Resource!.Name == "admits-other").ToList();

        Assert.That(findings.Count > 0, Is.EqualTo(fires), $"{stackName}'s bootstrap admitting account {account} {(fires ? "must" : "must not")} be refused (only the stack promoted from {stackName} may be admitted): {string.Join("; ", findings)}");
    }

    [TestCase(RootKind.Main, "536580886816", true)]
    [TestCase(RootKind.Bootstrap, "536580886816", false)]
    [TestCase(RootKind.Bootstrap, "093646564004", true)]
    public void ARolePolicyMayNameTheLowerStacksAccountInBootstrapOnly(RootKind kind, string account, bool fires)
    {
        var stack = StackHarness.Build("sit");
        var root = kind == RootKind.Main ? stack.Main : stack.Bootstrap;
        _ = new IamRolePolicy("reads-other", new IamRolePolicyArgs
        {
            Name = "reads-other",
            Role = "2-1-bbws-github-deploy-sit",
            Policy = new PolicyDocument(new PolicyStatement
            {
                Actions = ["kms:Decrypt"],
                Resources = [$"arn:aws:kms:eu-west-1:{account}:key/*"],
                Reason = "test",
            }),
        }, new ResourceOptions { Parent = root });

        var findings = new AccountRule().Evaluate(stack).Where(f => f.Resource!.Name == "reads-other").ToList();

        Assert.That(findings.Count > 0, Is.EqualTo(fires), $"a {kind} role policy of sit naming account {account} {(fires ? "must" : "must not")} be refused (only CI roles read from dev, the stack sit is promoted from): {string.Join("; ", findings)}");
    }

    [Test]
    public void FiresWhenTheBackendBelongsToAnotherAccount()
    {
        var stack = StackHarness.Build("dev");
        stack.Main.Backend = stack.Main.Backend! with { AccountId = "093646564004" };

        Assert.That(new AccountRule().Evaluate(stack).Select(f => f.Message), Has.Some.Contains("state backend accepts account 093646564004"));
    }

    [Test]
    public void FiresWhenARootHasNoBackend()
    {
        var stack = StackHarness.Build("dev");
        stack.Bootstrap.Backend = null;

        Assert.That(new AccountRule().Evaluate(stack).Select(f => f.Message), Has.Some.Contains("has no state backend"));
    }

    [Test]
    public void AComponentSuppressionWithAReasonAcceptsTheFindingOfItsChildren()
    {
        var stack = StackHarness.Build("dev");
        var audit = new PolicyStatement
        {
            Sid = "AuditAccountReads",
            Actions = ["kms:Decrypt"],
            Resources = ["*"],
            Principals = new Dictionary<string, IReadOnlyList<Input<string>>> { ["AWS"] = ["arn:aws:iam::815856636111:root"] },
            Reason = "The audit account decrypts the shared records.",
        };
        _ = new EncryptionKey("foreign-key", new EncryptionKeyArgs { AliasName = "foreign", Description = "d", AdditionalStatements = [audit] },
            new ResourceOptions { Parent = stack.Main, Suppressions = [new Suppression(AccountRule.RuleId, "shared key of the audit account, reviewed")] });

        var findings = RuleRunner.Run([new AccountRule()], [stack]);

        Assert.Multiple(() =>
        {
            Assert.That(findings, Is.Not.Empty, "the foreign ARN is still reported");
            Assert.That(findings.Any(f => f.IsBlocking), Is.False, "but suppressed with its reason");
        });
    }
}
