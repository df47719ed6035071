using Infra.Synthesis;
using Infra.Tests.Testing;
using Newtonsoft.Json.Linq;
using YamlDotNet.RepresentationModel;

namespace Infra.Tests.Synthesis;

/// <summary>
/// Prod's alerts reach people, read from the committed prod root and the stack file rather than from the program:
/// every configured subscription is on the notification topic, every dead-letter queue has an alarm that notifies it,
/// the SES identity's configuration set publishes bounces and complaints to it, and the bounce rate has an alarm on it.
/// </summary>
public class ProdAlertsPromiseTests
{
    private const string Topic = "${aws_sns_topic.deployment_notifications.arn}";

    [Test]
    public void CommittedProdKeepsEveryAlertWiredToTheNotificationTopic()
    {
        var subscriptions = ProdSubscriptions();

        var problems = Problems(Committed(), subscriptions);

        Assert.Multiple(() =>
        {
            Assert.That(subscriptions, Is.Not.Empty, "Pulumi.prod.yaml must list who gets prod's alerts (bbws:notificationSubscriptions)");
            Assert.That(problems, Is.Empty, "prod's alerts do not reach people:\n" + string.Join("\n", problems));
        });
    }

    [Test]
    public void ADeadLetterQueueWithoutItsAlarmIsReported()
    {
        var terraform = Committed();
        ((JObject)terraform["resource"]!["aws_cloudwatch_metric_alarm"]!).Remove("order_processor_dlq_alarm");

        Assert.That(Problems(terraform, ProdSubscriptions()), Does.Contain("dead-letter queue 2-1-bbws-orders-dlq-prod has 0 alarm(s) on its visible messages notifying the topic, not 1"));
    }

    [Test]
    public void AConfiguredSubscriptionMissingFromTheRootIsReported()
    {
        var problems = Problems(Committed(), [.. ProdSubscriptions(), "second-oncall@bigbeard.co.za"]);

        Assert.That(problems, Does.Contain("no subscription of second-oncall@bigbeard.co.za to the notification topic"));
    }

    [Test]
    public void AnEventDestinationWithoutComplaintsIsReported()
    {
        var terraform = Committed();
        var destination = terraform["resource"]!["aws_sesv2_configuration_set_event_destination"]!.Children<JProperty>().Single().Value;
        destination["event_destination"]!["matching_event_types"] = new JArray("BOUNCE");

        Assert.That(Problems(terraform, ProdSubscriptions()), Does.Contain("no SES event destination of the identity's configuration set sends BOUNCE and COMPLAINT to the notification topic"));
    }

    [Test]
    public void ABounceRateAlarmThatNotifiesNoOneIsReported()
    {
        var terraform = Committed();
        var alarm = terraform["resource"]!["aws_cloudwatch_metric_alarm"]!["order_templates_bounce_rate_alarm"]!;
        alarm["alarm_actions"] = new JArray();

        Assert.That(Problems(terraform, ProdSubscriptions()), Does.Contain("no alarm on AWS/SES Reputation.BounceRate notifies the notification topic"));
    }

    [Test]
    public void ASubscriptionThatIsNotAnAddressOrAnHttpsUrlStopsSynthNamingTheFileKeyAndValue()
    {
        using var repo = TestRepository.CopyOfReal();
        repo.Replace("Pulumi.prod.yaml", "    - platform-oncall@bigbeard.co.za\n", "    - platform-oncall\n");

        var e = Assert.Throws<InfraException>(() => Synthesizer.Run(Testing.TestApp.Platform, repo.Root, "prod"));

        Assert.Multiple(() =>
        {
            Assert.That(e!.ExitCode, Is.EqualTo(2), "bad config is bad input");
            Assert.That(e.Message, Does.Contain("Pulumi.prod.yaml").And.Contain("bbws:notificationSubscriptions").And.Contain("'platform-oncall'").And.Contain("write an address"));
        });
    }

    [Test]
    public void AStackWithoutSubscriptionsStopsSynthNamingTheKey()
    {
        using var repo = TestRepository.CopyOfReal();
        repo.Replace("Pulumi.prod.yaml", "  bbws:notificationSubscriptions:\n    - platform-oncall@bigbeard.co.za\n", string.Empty);

        var e = Assert.Throws<InfraException>(() => Synthesizer.Run(Testing.TestApp.Platform, repo.Root, "prod"));

        Assert.That(e!.Message, Does.Contain("Pulumi.prod.yaml").And.Contain("bbws:notificationSubscriptions"), "a stack whose alerts reach no one must not synthesize");
    }

    private static JObject Committed() => JObject.Parse(File.ReadAllText(RepositoryFiles.PathOf(ProdProtectionPromise.TerraformMain)));

    private static List<string> ProdSubscriptions()
    {
        var config = (YamlMappingNode)ProdProtectionPromise.ParseYaml(File.ReadAllText(RepositoryFiles.PathOf("Pulumi.prod.yaml")))["config"];
        return config.Children.TryGetValue(new YamlScalarNode("bbws:notificationSubscriptions"), out var list)
            ? ((YamlSequenceNode)list).Children.Select(n => ((YamlScalarNode)n).Value!).ToList()
            : [];
    }

    private static List<string> Problems(JObject terraform, IReadOnlyList<string> subscriptions)
    {
        var problems = new List<string>();
        var resources = (JObject)terraform["resource"]!;
        IEnumerable<(string Name, JToken Body)> All(string type) =>
            resources[type] is JObject block ? block.Properties().Select(p => (p.Name, p.Value)) : [];
        bool NotifiesTopic(JToken alarm) => alarm["alarm_actions"] is JArray actions && actions.Any(a => (string?)a == Topic);

        var subscribed = All("aws_sns_topic_subscription").Where(s => (string?)s.Body["topic_arn"] == Topic).Select(s => (string?)s.Body["endpoint"]).ToHashSet();
        problems.AddRange(subscriptions.Where(s => !subscribed.Contains(s)).Select(s => $"no subscription of {s} to the notification topic"));

        var alarms = All("aws_cloudwatch_metric_alarm").Select(a => a.Body).ToList();
        var queues = All("aws_sqs_queue").ToList();
        foreach (var (name, body) in queues.Where(q => queues.Any(other => ((string?)other.Body["redrive_policy"] ?? string.Empty).Contains($"aws_sqs_queue.{q.Name}.arn", StringComparison.Ordinal))))
        {
            var queueName = (string?)body["name"];
            var count = alarms.Count(a => (string?)a["namespace"] == "AWS/SQS" && (string?)a["metric_name"] == "ApproximateNumberOfMessagesVisible"
                && (string?)a["dimensions"]?["QueueName"] == queueName && NotifiesTopic(a));
            if (count != 1)
            {
                problems.Add($"dead-letter queue {queueName} has {count} alarm(s) on its visible messages notifying the topic, not 1");
            }
        }

        var sets = All("aws_sesv2_configuration_set").Select(s => $"${{aws_sesv2_configuration_set.{s.Name}.configuration_set_name}}").ToHashSet();
        if (!All("aws_sesv2_email_identity").Any(i => sets.Contains((string?)i.Body["configuration_set_name"] ?? string.Empty)))
        {
            problems.Add("the SES identity has no configuration set of this root");
        }

        if (!All("aws_sesv2_configuration_set_event_destination").Any(d => sets.Contains((string?)d.Body["configuration_set_name"] ?? string.Empty)
            && d.Body["event_destination"] is { } e && (bool?)e["enabled"] == true
            && e["matching_event_types"] is JArray types && types.Select(t => (string?)t).Contains("BOUNCE") && types.Select(t => (string?)t).Contains("COMPLAINT")
            && (string?)e["sns_destination"]?["topic_arn"] == Topic))
        {
            problems.Add("no SES event destination of the identity's configuration set sends BOUNCE and COMPLAINT to the notification topic");
        }

        if (!alarms.Any(a => (string?)a["namespace"] == "AWS/SES" && (string?)a["metric_name"] == "Reputation.BounceRate" && NotifiesTopic(a)))
        {
            problems.Add("no alarm on AWS/SES Reputation.BounceRate notifies the notification topic");
        }

        return problems;
    }
}
