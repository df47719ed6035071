using Infra.Deploy;
using Infra.Deploy.Aws;
using Moq;

namespace Infra.Tests.Deploy;

public class DeployNotificationTests
{
    private const string Topic = "arn:aws:sns:af-south-1:093646564004:2-1-bbws-deployment-notifications-prod";

    private static readonly StackTarget Prod = new("bbws", "prod", "093646564004", "af-south-1");

    private static readonly Dictionary<string, string> Details = new() { ["commit"] = "0123456789abcdef0123456789abcdef01234567" };

    [TestCase("deploy")]
    [TestCase("rollback")]
    public async Task TheEventNamesItsKindStackAndResult(string kind)
    {
        var notifier = new Mock<INotifier>();
        using var log = new StringWriter();

        await DeployNotification.PublishAsync(notifier.Object, log, Topic, kind, Prod, "failed", Details, CancellationToken.None);

        notifier.Verify(n => n.PublishAsync(Topic, DeployEvent.Subject(kind, Prod, "failed"), DeployEvent.Json(kind, Prod, "failed", Details), It.IsAny<CancellationToken>()), Times.Once(), $"the {kind} event must be published once to the stack's topic");
        Assert.That(log.ToString(), Is.Empty, "a delivered notification needs no log line");
    }

    [Test]
    public async Task ALostNotificationIsLoggedWithItsFirstLineAndDoesNotThrow()
    {
        var notifier = new Mock<INotifier>();
        notifier.Setup(n => n.PublishAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InfraException("sns:Publish refused: AccessDenied\nrequest id 42", ExitCodes.ExternalFailure));
        using var log = new StringWriter();

        await DeployNotification.PublishAsync(notifier.Object, log, Topic, "rollback", Prod, "succeeded", Details, CancellationToken.None);

        Assert.That(log.ToString().TrimEnd(), Is.EqualTo($"notification to {Topic} failed: sns:Publish refused: AccessDenied"), "the failure must be logged with its first line, not thrown over the result it reports");
    }

    [Test]
    public async Task WithoutATopicNothingIsPublishedAndTheLogSaysWhy()
    {
        var notifier = new Mock<INotifier>(MockBehavior.Strict);
        using var log = new StringWriter();

        await DeployNotification.PublishAsync(notifier.Object, log, null, "deploy", Prod, "succeeded", Details, CancellationToken.None);

        Assert.That(log.ToString(), Does.Contain($"no '{StackOutputs.TopicName}' output: notification skipped"), "a stack without the topic output must say the notification was skipped");
    }
}
