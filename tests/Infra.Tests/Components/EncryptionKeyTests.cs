using Infra.Components;
using Infra.Resources.Aws;

namespace Infra.Tests.Components;

public class EncryptionKeyTests
{
    [Test]
    public void SesMayUseTheKeyForThisAccountsConfigurationSetsOnly()
    {
        var key = Build(sesPublishes: true);

        var ses = key.Key.Args.Policy!.Statements.Single(s => s.Principals.TryGetValue("Service", out var p) && p.Single().Value == "ses.amazonaws.com");

        Assert.Multiple(() =>
        {
            Assert.That(ses.Actions, Is.EquivalentTo(new[] { "kms:Decrypt", "kms:GenerateDataKey*" }), "SNS asks SES for a data key to encrypt its events, and nothing more");
            Assert.That(Text(ses.Conditions), Does.Contain("StringEquals aws:SourceAccount 536580886816"), "another account's SES must not use the key");
            Assert.That(Text(ses.Conditions), Does.Contain("ArnLike aws:SourceArn arn:aws:ses:eu-west-1:536580886816:configuration-set/*"), "only configuration-set events may use the key");
        });
    }

    [Test]
    public void WithoutSesPublishingTheKeyPolicyDoesNotNameSes()
    {
        var key = Build(sesPublishes: false);

        Assert.That(key.Key.Args.Policy!.Statements.SelectMany(s => s.Principals.Values).SelectMany(p => p).Select(p => p.Value), Does.Not.Contain("ses.amazonaws.com"),
            "a key that encrypts no SES destination (the state key) must not let SES use it");
    }

    [Test]
    public void AdditionalStatementsFollowTheKeysOwnPolicy()
    {
        var extra = new PolicyStatement
        {
            Sid = "OtherAccountDecryptsThroughS3",
            Actions = ["kms:Decrypt"],
            Resources = ["*"],
            Principals = new Dictionary<string, IReadOnlyList<Infra.Model.Input<string>>> { ["AWS"] = ["arn:aws:iam::815856636111:root"] },
            Conditions = [new PolicyCondition("StringEquals", "kms:ViaService", ["s3.eu-west-1.amazonaws.com"])],
            Reason = "test",
        };

        var statements = Build(sesPublishes: false, [extra]).Key.Args.Policy!.Statements;

        Assert.Multiple(() =>
        {
            Assert.That(statements[^1], Is.SameAs(extra), "the caller's statement must be in the key policy, after the key's own");
            Assert.That(statements[0].Sid, Is.EqualTo("AccountAdministers"), "the account keeps administering the key");
        });
    }

    [Test]
    public void AnAdditionalStatementWithoutPrincipalsIsRefused()
    {
        var anonymous = new PolicyStatement { Sid = "NoOne", Actions = ["kms:Decrypt"], Resources = ["*"], Reason = "test" };

        Assert.That(() => Build(sesPublishes: false, [anonymous]), Throws.ArgumentException.With.Message.Contains("NoOne"), "a key policy statement must say whom it admits");
    }

    [Test]
    public void TheKeyIsAdministeredByAndEncryptsLogsOfTheAccountAndRegionOfItsStack()
    {
        var key = Build(sesPublishes: false, stackName: "prod");

        var statements = key.Key.Args.Policy!.Statements;

        Assert.Multiple(() =>
        {
            Assert.That(statements.SelectMany(s => s.Principals.Values).SelectMany(p => p).Select(p => p.Value), Is.SupersetOf(new[] { "arn:aws:iam::093646564004:root", "logs.af-south-1.amazonaws.com" }),
                "prod's key must be administered by prod's account and used by CloudWatch Logs in prod's region, read from the stack");
            Assert.That(statements.SelectMany(s => Text(s.Conditions)), Does.Contain("ArnLike kms:EncryptionContext:aws:logs:arn arn:aws:logs:af-south-1:093646564004:log-group:*"),
                "only prod's log groups may use prod's key");
        });
    }

    private static EncryptionKey Build(bool sesPublishes, IReadOnlyList<PolicyStatement>? additional = null, string stackName = "dev") =>
        new("platform-key", new EncryptionKeyArgs
        {
            AliasName = "2-1-bbws-platform-dev",
            Description = "test key",
            SesPublishesToTopics = sesPublishes,
            AdditionalStatements = additional ?? [],
        }, TestStacks.In(TestStacks.Empty(stackName).Main));

    private static IEnumerable<string> Text(IReadOnlyList<PolicyCondition> conditions) =>
        conditions.Select(c => $"{c.Test} {c.Variable} {string.Join(",", c.Values)}");
}
