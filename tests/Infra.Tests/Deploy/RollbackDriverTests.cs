using Infra.Deploy;
using Infra.Deploy.Aws;
using Infra.Deploy.Engines;
using Infra.Deploy.GitHub;
using Moq;
using Newtonsoft.Json.Linq;

namespace Infra.Tests.Deploy;

public class RollbackDriverTests
{
    private const string Function = "2-1-bbws-order-processor-dev";

    [Test]
    public void NothingRunsAfterAFailedVerification()
    {
        var harness = new Harness(account: "999999999999");

        var error = Assert.ThrowsAsync<InfraException>(() => harness.RunAsync(apply: true));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.EnvironmentRefused), "a wrong account must exit 3");
        Assert.That(harness.Steps, Is.EqualTo(new[] { "verify" }), "a step ran after the account check failed");
    }

    [Test]
    public async Task RollbackMovesLiveToThePreviousRecordedVersionThenWaitsRecordsAndNotifies()
    {
        var harness = new Harness();

        await harness.RunAsync(apply: true);

        Assert.That(harness.Steps, Is.EqualTo(new[]
        {
            "verify", "init", "outputs", "records", "active", "alias", "record-start", $"alias-set {Function} 6", "alarms", "record-success", "notify",
        }), "the rollback steps ran out of order or a step is missing");
        Assert.That(harness.Messages.Single(), Does.Contain("\"event\":\"rollback\"").And.Contain("\"result\":\"succeeded\""), "the notification must be a structured rollback event");
    }

    [Test]
    public async Task WithoutYesNothingMovesAndNothingIsRecorded()
    {
        var harness = new Harness();

        var outcome = await harness.RunAsync(apply: false);

        Assert.That(outcome.Steps.Single().TargetVersion, Is.EqualTo("6"), "the described rollback must name the previous version");
        Assert.That(harness.Steps, Has.None.AnyOf("record-start", $"alias-set {Function} 6", "notify"), "a rollback without --yes changed something");
    }

    [Test]
    public async Task AnActiveCodeDeployDeploymentIsStoppedWithRollbackInsteadOfMovingTheAlias()
    {
        var harness = new Harness();
        harness.CodeDeploy.Setup(c => c.ActiveDeploymentsAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>())).Callback(() => harness.Steps.Add("active")).ReturnsAsync(["d-RUNNING"]);

        await harness.RunAsync(apply: true);

        Assert.That(harness.Steps, Does.Contain("stop d-RUNNING"), "the deployment in progress was not stopped");
        Assert.That(harness.Steps, Has.None.StartsWith("alias-set"), "the alias was moved under a running CodeDeploy deployment");
        Assert.That(harness.Steps.IndexOf("stop d-RUNNING"), Is.LessThan(harness.Steps.IndexOf("alarms")), "the alarms were read before the stop");
    }

    [Test]
    public async Task ANamedVersionWinsOverTheRecords()
    {
        var harness = new Harness();

        await harness.RunAsync(apply: true, to: "3");

        Assert.That(harness.Steps, Does.Contain($"alias-set {Function} 3"), "--to 3 did not move live to version 3");
        Assert.That(harness.Steps, Does.Not.Contain("records"), "the records were read although --to named the version");
    }

    [Test]
    public async Task WithoutRecordsTheHighestEarlierPublishedVersionIsUsed()
    {
        var harness = new Harness();
        harness.Records.Setup(r => r.ListAsync("dev", It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        harness.Lambda.Setup(l => l.ListVersionsAsync(Function, It.IsAny<CancellationToken>())).ReturnsAsync(["1", "4", "5", "7", "8"]);

        await harness.RunAsync(apply: true);

        Assert.That(harness.Steps, Does.Contain($"alias-set {Function} 5"), "the fallback must pick the highest published version below the live one (7)");
    }

    [Test]
    public void AlarmsStillFiringFailTheRecordNotifyAndExit4()
    {
        var harness = new Harness();
        harness.Alarms.Setup(a => a.WaitUntilQuietAsync(It.IsAny<IReadOnlyList<string>>(), It.IsAny<CancellationToken>())).Callback(() => harness.Steps.Add("alarms")).ReturnsAsync([$"{Function}-errors (ALARM)"]);

        var error = Assert.ThrowsAsync<InfraException>(() => harness.RunAsync(apply: true));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.ExternalFailure), "alarms after a rollback must exit 4");
        Assert.That(error.Message, Does.Contain($"{Function}-errors"), "the message must name the alarm");
        Assert.That(harness.Steps.SkipWhile(s => s != "alarms"), Is.EqualTo(new[] { "alarms", "record-failure", "notify" }), "a failed rollback must be recorded and notified");
    }

    [Test]
    public void AFreezeDoesNotStopARollback()
    {
        // The driver has no freeze service at all: this pins that design, since a failed prod deploy freezes prod
        // and the rollback is what repairs it.
        Assert.That(typeof(RollbackServices).GetProperties().Select(p => p.PropertyType), Has.None.EqualTo(typeof(IDeployFreeze)), "rollback must not depend on the freeze");
    }

    [TestCase("6,7")]
    [TestCase("latest")]
    [TestCase("no-such-function=3")]
    public void ABadToExits2(string to)
    {
        var harness = new Harness();

        var error = Assert.ThrowsAsync<InfraException>(() => harness.RunAsync(apply: true, to: to));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.BadInput), $"--to {to} must be a usage error");
        Assert.That(harness.Steps, Has.None.AnyOf("record-start", "alias-set"), "something moved despite a bad --to");
    }

    [Test]
    public void PreviousFromRecordsSkipsRollbacksAndGoesBehindTheLiveVersion()
    {
        static DeploymentRecord Record(string version, string kind = DeploymentRecord.DeployKind, string state = "success") =>
            new(1, "dev", "c", "a", DateTimeOffset.UnixEpoch, state, new Dictionary<string, string> { [Function] = version }) { Kind = kind };

        // Deploys of 5, 6, 7 then a rollback to 6: a second rollback goes to 5, not forward to 7.
        var history = new[] { Record("6", DeploymentRecord.RollbackKind), Record("8", state: "failure"), Record("7"), Record("6"), Record("5") };

        Assert.That(RollbackDriver.PreviousFromRecords(Function, "6", history), Is.EqualTo("5"), "the previous version must come from the deploys before the live one");
    }

    private sealed class Harness
    {
        public Harness(string account = "536580886816")
        {
            Target = new StackTarget("bbws", "dev", "536580886816", "eu-west-1");
            Identity.Setup(i => i.GetCallerIdentityAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
                .Callback(() => Steps.Add("verify"))
                .ReturnsAsync(new CallerIdentity(account, $"arn:aws:sts::{account}:assumed-role/deploy/ci", "AROA:ci"));
            Engine.Setup(e => e.Init(It.IsAny<CancellationToken>())).Callback(() => Steps.Add("init"));
            Engine.Setup(e => e.Outputs(It.IsAny<CancellationToken>())).Callback(() => Steps.Add("outputs")).Returns(new Dictionary<string, JToken?>
            {
                ["deployment_notifications_topic_arn"] = new JValue("arn:aws:sns:eu-west-1:536580886816:2-1-bbws-deployments-dev"),
                ["lambda_services"] = new JValue($$"""[{"alarm_names":["{{Function}}-errors"],"alias":"live","codedeploy_app":"{{Function}}","codedeploy_group":"{{Function}}-live","function_name":"{{Function}}","version":"7"}]"""),
            });
            Records.Setup(r => r.ListAsync("dev", It.IsAny<int>(), It.IsAny<CancellationToken>())).Callback(() => Steps.Add("records")).ReturnsAsync(
            [
                new DeploymentRecord(2, "dev", "c2", "a2", DateTimeOffset.UnixEpoch, "success", new Dictionary<string, string> { [Function] = "7" }),
                new DeploymentRecord(1, "dev", "c1", "a1", DateTimeOffset.UnixEpoch, "success", new Dictionary<string, string> { [Function] = "6" }),
            ]);
            Records.Setup(r => r.StartRollbackAsync("dev", It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>())).Callback(() => Steps.Add("record-start")).ReturnsAsync(43L);
            Records.Setup(r => r.FinishAsync(43L, It.IsAny<bool>(), It.IsAny<string>(), It.IsAny<IReadOnlyDictionary<string, string>>(), It.IsAny<CancellationToken>()))
                .Callback((long _, bool ok, string _, IReadOnlyDictionary<string, string> _, CancellationToken _) => Steps.Add(ok ? "record-success" : "record-failure"))
                .Returns(Task.CompletedTask);
            CodeDeploy.Setup(c => c.ActiveDeploymentsAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>())).Callback(() => Steps.Add("active")).ReturnsAsync([]);
            CodeDeploy.Setup(c => c.StopWithRollbackAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).Callback((string id, CancellationToken _) => Steps.Add($"stop {id}")).Returns(Task.CompletedTask);
            CodeDeploy.Setup(c => c.WaitAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync("Stopped");
            Lambda.Setup(l => l.GetAliasVersionAsync(Function, "live", It.IsAny<CancellationToken>())).Callback(() => Steps.Add("alias")).ReturnsAsync("7");
            Lambda.Setup(l => l.UpdateAliasAsync(It.IsAny<string>(), "live", It.IsAny<string>(), It.IsAny<CancellationToken>()))
                .Callback((string f, string _, string v, CancellationToken _) => Steps.Add($"alias-set {f} {v}")).Returns(Task.CompletedTask);
            Alarms.Setup(a => a.WaitUntilQuietAsync(It.IsAny<IReadOnlyList<string>>(), It.IsAny<CancellationToken>())).Callback(() => Steps.Add("alarms")).ReturnsAsync([]);
            Notifier.Setup(n => n.PublishAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
                .Callback((string _, string _, string message, CancellationToken _) => { Steps.Add("notify"); Messages.Add(message); })
                .Returns(Task.CompletedTask);
        }

        public StackTarget Target { get; }

        public List<string> Steps { get; } = [];

        public List<string> Messages { get; } = [];

        public Mock<IAccountIdentity> Identity { get; } = new();

        public Mock<IDeployEngine> Engine { get; } = new();

        public Mock<ILambdaAliases> Lambda { get; } = new();

        public Mock<ICodeDeploy> CodeDeploy { get; } = new();

        public Mock<IAlarmStates> Alarms { get; } = new();

        public Mock<IDeploymentRecords> Records { get; } = new();

        public Mock<INotifier> Notifier { get; } = new();

        public Task<RollbackOutcome> RunAsync(bool apply, string? to = null) =>
            new RollbackDriver(new RollbackServices(new AccountVerifier(Identity.Object), Engine.Object, Lambda.Object, CodeDeploy.Object, Alarms.Object, Records.Object, Notifier.Object, TextWriter.Null))
                .RunAsync(new RollbackRequest(Target, DeployHarness.Commit, to, apply), CancellationToken.None);
    }
}
