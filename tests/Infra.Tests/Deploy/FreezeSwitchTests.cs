using Infra.Deploy;
using Infra.Deploy.Aws;
using Infra.Resources.Aws;
using Moq;

namespace Infra.Tests.Deploy;

public class FreezeSwitchTests
{
    private const string Topic = "arn:aws:sns:af-south-1:093646564004:2-1-bbws-deployments-prod";
    private readonly StackTarget prod = new("bbws", "prod", "093646564004", "af-south-1");

    // NUnit runs every test on one fixture instance: each test gets fresh mocks and step lists here.
    private List<string> steps = [];
    private List<string> messages = [];
    private Mock<IAccountIdentity> identity = new();
    private Mock<IDeployFreeze> freeze = new();
    private Mock<INotifier> notifier = new();

    [SetUp]
    public void SetUp()
    {
        (steps, messages, identity, freeze, notifier) = ([], [], new(), new(), new());
        identity.Setup(i => i.GetCallerIdentityAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).Callback(() => steps.Add("verify"))
            .ReturnsAsync(new CallerIdentity("093646564004", "arn:aws:sts::093646564004:assumed-role/deploy/ci", "AROA:ci"));
        freeze.Setup(f => f.SetAsync(prod, It.IsAny<string>(), It.IsAny<CancellationToken>())).Callback(() => steps.Add("set")).Returns(Task.CompletedTask);
        freeze.Setup(f => f.GetReasonAsync(prod, It.IsAny<CancellationToken>())).Callback(() => steps.Add("get")).ReturnsAsync("incident 42");
        freeze.Setup(f => f.ClearAsync(prod, It.IsAny<CancellationToken>())).Callback(() => steps.Add("clear")).Returns(Task.CompletedTask);
        notifier.Setup(n => n.PublishAsync(Topic, It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback((string _, string _, string m, CancellationToken _) => { steps.Add("notify"); messages.Add(m); }).Returns(Task.CompletedTask);
    }

    [Test]
    public void AFreezeByTheWrongAccountSetsNothingAndSendsNothing()
    {
        identity.Setup(i => i.GetCallerIdentityAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).Callback(() => steps.Add("verify"))
            .ReturnsAsync(new CallerIdentity("536580886816", "arn:aws:sts::536580886816:assumed-role/deploy/ci", "AROA:ci"));

        var error = Assert.ThrowsAsync<InfraException>(() => Switch().FreezeAsync(prod, "incident 42", CancellationToken.None));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.EnvironmentRefused), "a wrong account must exit 3");
        Assert.That(steps, Is.EqualTo(new[] { "verify" }), "something ran after the account check failed");
    }

    [Test]
    public async Task FreezePublishesAStructuredMessageWithTheReasonAfterSettingTheParameter()
    {
        await Switch().FreezeAsync(prod, "incident 42: orders lost", CancellationToken.None);

        Assert.That(steps, Is.EqualTo(new[] { "verify", "set", "notify" }), "freeze must verify, set, then notify");
        Assert.That(messages.Single(), Is.EqualTo(
            """{"account":"093646564004","event":"freeze","parameter":"/bbws/prod/deploy-freeze","project":"bbws","reason":"incident 42: orders lost","region":"af-south-1","result":"succeeded","stack":"prod"}"""),
            "the freeze message must be sorted JSON naming the stack, the parameter and the reason");
    }

    [Test]
    public async Task UnfreezePublishesTheReasonItLifted()
    {
        await Switch().UnfreezeAsync(prod, CancellationToken.None);

        Assert.That(steps, Is.EqualTo(new[] { "verify", "get", "clear", "notify" }), "unfreeze must verify, read the reason, clear, then notify");
        Assert.That(messages.Single(), Does.Contain("\"event\":\"unfreeze\"").And.Contain("\"previousReason\":\"incident 42\""), "the unfreeze message must carry the lifted reason");
    }

    [Test]
    public async Task ALostNotificationDoesNotFailTheFreeze()
    {
        notifier.Setup(n => n.PublishAsync(Topic, It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>())).ThrowsAsync(new InfraException("SNS Publish failed", ExitCodes.ExternalFailure));

        await Switch().FreezeAsync(prod, "incident 42", CancellationToken.None);

        Assert.That(steps, Does.Contain("set"), "the freeze must stay set when SNS fails");
    }

    [Test]
    public async Task AFreezeInAStackWithoutATopicSetsTheParameterAndSaysTheNotificationWasSkipped()
    {
        var log = new StringWriter();
        await new FreezeSwitch(new AccountVerifier(identity.Object), freeze.Object, notifier.Object, null, log).FreezeAsync(prod, "incident", CancellationToken.None);

        Assert.That(steps, Is.EqualTo(new[] { "verify", "set" }), "without a topic the freeze must still be set, and nothing published");
        Assert.That(log.ToString(), Does.Contain("names no deployment topic: notification skipped"), "the log must say why no one was told");
    }

    [Test]
    public void TheTopicArnIsReadFromTheAppsGraph()
    {
        var arn = DeploymentTopic.Arn(Testing.TestApp.Platform, Testing.RepositoryFiles.Root, prod);

        Assert.That(arn, Is.EqualTo(Topic), "the freeze notification must go to the topic the program creates in the stack's account and region");
    }

    [Test]
    public void TheTopicIsTheOneTheTopicOutputReferences()
    {
        var stack = Components.TestStacks.Empty("prod");
        _ = new SnsTopic("other", new SnsTopicArgs { Name = "not-this-one" }, Components.TestStacks.In(stack.Main));
        var topic = new SnsTopic("deployments", new SnsTopicArgs { Name = "2-1-bbws-deployments-prod" }, Components.TestStacks.In(stack.Main));
        stack.Main.Export(StackOutputs.TopicName, topic.Arn);

        Assert.That(DeploymentTopic.Arn(stack), Is.EqualTo(Topic), "the ARN must be the exported topic's, in the stack's account and region");
    }

    [Test]
    public void AStackThatExportsNoTopicHasNone()
    {
        Assert.That(DeploymentTopic.Arn(Components.TestStacks.Empty("prod")), Is.Null, "without the output there is no topic to notify, and no guess");
    }

    private FreezeSwitch Switch() => new(new AccountVerifier(identity.Object), freeze.Object, notifier.Object, Topic, TextWriter.Null);
}
