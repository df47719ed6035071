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

    private static EncryptionKey Build(bool sesPublishes) =>
        new("platform-key", new EncryptionKeyArgs
        {
            AliasName = "2-1-bbws-platform-dev",
            Description = "test key",
            AccountId = "536580886816",
            Region = "eu-west-1",
            SesPublishesToTopics = sesPublishes,
        }, TestStacks.In(TestStacks.Empty().Main));

    private static IEnumerable<string> Text(IReadOnlyList<PolicyCondition> conditions) =>
        conditions.Select(c => $"{c.Test} {c.Variable} {string.Join(",", c.Values)}");
}
