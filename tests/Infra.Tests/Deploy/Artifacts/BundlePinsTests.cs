using System.Globalization;
using Infra.Configuration;
using Infra.Deploy;
using Infra.Deploy.Artifacts;
using Infra.Deploy.Aws;
using Infra.Deploy.GitHub;
using Infra.Model;
using Infra.Tests.Deploy.Support;
using Infra.Tests.Testing;
using Moq;

namespace Infra.Tests.Deploy.Artifacts;

/// <summary>
/// Pin rotation on dev's artifact bucket (in-memory S3 through the real S3 client), followed by the bucket's generated
/// lifecycle: the deployed bundle and the previous deployment's stay, older deployments' bundles expire.
/// </summary>
[NonParallelizable]
public class BundlePinsTests
{
    private static readonly Lazy<Stack> DevStack = new(() => StackHarness.Build("dev"));
    private static readonly StackTarget Dev = new("bbws", "dev", "536580886816", "eu-west-1");
    private readonly List<DeploymentRecord> history = [];
    private FakeS3 s3 = null!;
    private LoopbackServer server = null!;
    private EnvironmentScope env = null!;

    private static string Bucket => ArtifactBucket.Name(DevStack.Value.Config);

    [SetUp]
    public void StartS3()
    {
        history.Clear();
        s3 = new FakeS3();
        server = new LoopbackServer(s3.Respond);
        env = new EnvironmentScope(new Dictionary<string, string?> { ["AWS_ENDPOINT_URL_S3"] = server.Url, ["AWS_MAX_ATTEMPTS"] = "1" });
    }

    [TearDown]
    public void StopS3()
    {
        env.Dispose();
        server.Dispose();
    }

    [Test]
    public async Task PinningANewDeploymentReleasesAllButThePreviousDeploymentsBundleAndTheLifecycleThenExpiresThem()
    {
        var (a, b, c, d) = (Deployed('a'), Deployed('b'), Deployed('c'), Deployed('d'));

        var outcome = await Pins().PinAsync("dev", Commit('d'), Sha('d'), CancellationToken.None);
        var expired = ArtifactLifecycle.Expire(s3, DevStack.Value, Bucket, ArtifactBucket.ExpirableDays);

        Assert.Multiple(() =>
        {
            Assert.That(Retention(d), Is.EqualTo(ArtifactBucket.Pinned), "the deployed bundle must be pinned");
            Assert.That(Retention(c), Is.EqualTo(ArtifactBucket.Pinned), "the previous deployment's bundle (the rollback target) must stay pinned");
            Assert.That(outcome.Released, Is.EqualTo(new[] { a, b }.Order(StringComparer.Ordinal)), "the older deployments' pins must be released");
            Assert.That(expired, Is.EqualTo(new[] { a, b }.Order(StringComparer.Ordinal)), "the lifecycle must expire the released bundles and only them");
            Assert.That(s3.Objects.Keys, Is.EquivalentTo(new[] { $"{Bucket}/{c}", $"{Bucket}/{d}" }), "the current and the rollback target's bundles must survive the lifecycle");
        });
    }

    [Test]
    public async Task FailedDeploymentsAndRollbacksDoNotCountAsTheRollbackTarget()
    {
        var (a, b) = (Deployed('a'), Deployed('b'));
        var failed = Deployed('c', state: "failure", retention: ArtifactBucket.Expirable);
        history.Insert(0, Record('e', "success") with { Kind = DeploymentRecord.RollbackKind, ArtifactSha256 = string.Empty });
        var d = Deployed('d');

        var outcome = await Pins().PinAsync("dev", Commit('d'), Sha('d'), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Kept, Is.EquivalentTo(new[] { b, d }), "the newest successful deploys (current and previous) must keep their pins, however many failures or rollbacks came between");
            Assert.That(Retention(a), Is.EqualTo(ArtifactBucket.Expirable), "the oldest deployment's bundle must be released");
            Assert.That(Retention(failed), Is.EqualTo(ArtifactBucket.Expirable), "a failed deployment's bundle was never pinned and stays expirable");
            Assert.That(outcome.Released, Is.EqualTo(new[] { a }), "only the successful older deployment's pin is released");
        });
    }

    [Test]
    public async Task ARedeployOfTheSameBundleDoesNotReleaseThePreviousOne()
    {
        var b = Deployed('b');
        var c = Deployed('c');
        history.Insert(0, Record('c', "success"));

        var outcome = await Pins().PinAsync("dev", Commit('c'), Sha('c'), CancellationToken.None);

        Assert.That(outcome.Kept, Is.EquivalentTo(new[] { b, c }), "a redeployed bundle counts once: the deployment before it stays the rollback target");
        Assert.That(Retention(b), Is.EqualTo(ArtifactBucket.Pinned), "the rollback target's bundle must stay pinned");
    }

    [Test]
    public async Task AnOlderBundleAlreadyGoneIsReportedAndRecordsWithoutABundleAreSkipped()
    {
        var a = Deployed('a');
        _ = s3.Remove(Bucket, a);
        history.Insert(0, Record('f', "success") with { ArtifactSha256 = string.Empty });
        _ = (Deployed('b'), Deployed('c'));

        var outcome = await Pins().PinAsync("dev", Commit('c'), Sha('c'), CancellationToken.None);

        Assert.That(outcome.AlreadyGone, Is.EqualTo(new[] { a }), "a bundle the lifecycle already removed must be reported, not fail the pin");
        Assert.That(outcome.Released, Is.Empty, "nothing else is older than the rollback target");
    }

    [Test]
    public void PinningABundleThatIsNotInTheBucketFailsBeforeAnyPinIsReleased()
    {
        var (a, b, c) = (Deployed('a'), Deployed('b'), Deployed('c'));
        history.Insert(0, Record('d', "success"));

        var error = Assert.ThrowsAsync<InfraException>(() => Pins().PinAsync("dev", Commit('d'), Sha('d'), CancellationToken.None));

        Assert.That(error!.Message, Does.Contain($"s3://{Bucket}/{Key('d')}").And.Contain("no such object"), "the message must name the missing bundle");
        Assert.That(new[] { a, b, c }.Select(Retention), Is.All.EqualTo(ArtifactBucket.Pinned), "no pin may be released when the new one could not be written");
    }

    private static string Commit(char c) => new(c, 40);

    private static string Sha(char c) => new((char)(c + 1), 64);

    private static string Key(char c) => ArtifactBucket.BundleKey(Commit(c), Sha(c));

    private BundlePins Pins()
    {
        var records = new Mock<IDeploymentRecords>(MockBehavior.Strict);
        records.Setup(r => r.ListAsync("dev", BundlePins.HistoryRead, It.IsAny<CancellationToken>())).ReturnsAsync(() => [.. history]);
        return new BundlePins(new S3ArtifactStore(TestAwsCredentials.Session, Dev, Bucket, ArtifactBucket.KeyAliasArn(DevStack.Value.Config)), records.Object);
    }

    // A deployment of a bundle stored in the bucket (pinned when it succeeded), recorded as the newest.
    private string Deployed(char c, string state = "success", string retention = ArtifactBucket.Pinned)
    {
        s3.Seed(Bucket, Key(c), [(byte)c], retention);
        history.Insert(0, Record(c, state));
        return Key(c);
    }

    private DeploymentRecord Record(char c, string state) =>
        new(history.Count + 1, "dev", Commit(c), Sha(c), DateTimeOffset.Parse("2026-01-01T00:00:00Z", CultureInfo.InvariantCulture).AddDays(history.Count), state, new Dictionary<string, string>());

    private string Retention(string key) => s3.Objects[$"{Bucket}/{key}"].Tags[ArtifactBucket.RetentionTag];
}
