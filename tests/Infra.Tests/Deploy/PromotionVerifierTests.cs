using Infra.Configuration;
using Infra.Deploy;
using Infra.Deploy.GitHub;
using Infra.Tests.Testing;
using Moq;

namespace Infra.Tests.Deploy;

public class PromotionVerifierTests
{
    private const string Commit = "0123456789abcdef0123456789abcdef01234567";
    private const string DeployDev = ".github/workflows/deploy-dev.yml";
    private const string PromoteSit = ".github/workflows/promote-sit.yml";
    private static readonly ProjectFile Project = ProjectFile.Load(RepositoryFiles.Root);

    private Mock<IRepositoryHistory> history = null!;
    private Mock<IDeploymentRecords> records = null!;

    // NUnit runs every test on one fixture instance: each test gets its own mocks.
    [SetUp]
    public void NewMocks()
    {
        history = new Mock<IRepositoryHistory>(MockBehavior.Strict);
        records = new Mock<IDeploymentRecords>(MockBehavior.Strict);
    }

    [Test]
    public async Task SitAcceptsACommitOnMainThatASuccessfulPushRunOfDeployDevDeployed()
    {
        OnMain("behind");
        DevRuns(Run(7, DeployDev, "main", "push", "success"));

        var proof = await Verifier().VerifyAsync("sit", Commit, CancellationToken.None);

        Assert.That(proof.Id, Is.EqualTo(7), "the successful deploy-dev run is the proof");
    }

    [TestCase("ahead", TestName = "A commit ahead of main (on another branch) is refused")]
    [TestCase("diverged", TestName = "A commit that diverged from main is refused")]
    [TestCase(null, TestName = "A commit the repository does not have is refused")]
    public void ACommitNotOnMainIsRefusedBeforeAnyRunIsRead(string? status)
    {
        OnMain(status);

        var error = Assert.ThrowsAsync<InfraException>(() => Verifier().VerifyAsync("sit", Commit, CancellationToken.None));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.EnvironmentRefused), "a refused promotion must exit 3");
        Assert.That(error.Message, Does.Contain(Commit).And.Contain("merge it to main").And.Contain("no role was assumed"), "the message must name the commit, the fix and that nothing happened");
        history.Verify(h => h.RunsAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never(), "runs were read for a commit not on main");
    }

    [Test]
    public void SitRefusesACommitWhoseDeployDevRunFailedNamingTheRun()
    {
        OnMain("identical");
        DevRuns(Run(8, DeployDev, "main", "push", "failure"));

        var error = Assert.ThrowsAsync<InfraException>(() => Verifier().VerifyAsync("sit", Commit, CancellationToken.None));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.EnvironmentRefused), "no successful run below must exit 3");
        Assert.That(error.Message, Does.Contain("run 8").And.Contain("failure").And.Contain("deploy-dev.yml"), "the message must name the run that failed and the workflow expected");
    }

    [TestCase(".github/workflows/ci.yml", "main", "push", TestName = "A successful run of another workflow does not prove a dev deployment")]
    [TestCase(DeployDev, "develop", "push", TestName = "A successful deploy-dev run on develop does not prove a main deployment")]
    [TestCase(DeployDev, "main", "workflow_dispatch", TestName = "A dispatched deploy-dev run is not the push deployment")]
    public void SitAcceptsOnlyTheExpectedWorkflowOnMainStartedByPush(string path, string branch, string eventName)
    {
        OnMain("behind");
        DevRuns(Run(9, path, branch, eventName, "success"));

        var error = Assert.ThrowsAsync<InfraException>(() => Verifier().VerifyAsync("sit", Commit, CancellationToken.None));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.EnvironmentRefused), "a run that is not the expected one must not count");
    }

    [Test]
    public async Task ProdAcceptsTheSitRecordWhoseRunIsASuccessfulPromoteSitDispatchOfThatCommitOnMain()
    {
        OnMain("behind");
        SitRecords(Record(41, runId: 900));
        history.Setup(h => h.RunAsync(900, It.IsAny<CancellationToken>())).ReturnsAsync(Run(900, PromoteSit, "main", "workflow_dispatch", "success", $"promote-sit {Commit}"));

        var proof = await Verifier().VerifyAsync("prod", Commit, CancellationToken.None);

        Assert.That(proof.Id, Is.EqualTo(900), "the promote-sit run named by the record is the proof");
    }

    [TestCase(PromoteSit, "main", "success", "promote-sit 1111111111111111111111111111111111111111", "promoted another commit", TestName = "A record naming a promote-sit run of another commit is refused")]
    [TestCase(".github/workflows/forge.yml", "main", "success", "promote-sit " + Commit, "not a dispatch of", TestName = "A record written by another workflow is refused")]
    [TestCase(PromoteSit, "release/1", "success", "promote-sit " + Commit, "not a dispatch of", TestName = "A record written by promote-sit on another branch is refused")]
    [TestCase(PromoteSit, "main", "failure", "promote-sit " + Commit, "did not succeed", TestName = "A record written by a failed promote-sit run is refused")]
    public void ProdTrustsASitRecordOnlyAsFarAsTheRunItNames(string path, string branch, string conclusion, string title, string reason)
    {
        OnMain("behind");
        SitRecords(Record(41, runId: 900));
        history.Setup(h => h.RunAsync(900, It.IsAny<CancellationToken>())).ReturnsAsync(Run(900, path, branch, "workflow_dispatch", conclusion, title));

        var error = Assert.ThrowsAsync<InfraException>(() => Verifier().VerifyAsync("prod", Commit, CancellationToken.None));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.EnvironmentRefused), "a record whose run is not the expected promotion must not count");
        Assert.That(error.Message, Does.Contain("deployment 41").And.Contain(reason).And.Contain("promote-sit.yml"), "the message must say which record failed which check");
    }

    [Test]
    public void ProdRefusesARecordThatNamesNoRunAndOneWhoseRunDoesNotExist()
    {
        OnMain("identical");
        SitRecords(Record(41, runId: null), Record(42, runId: 901));
        history.Setup(h => h.RunAsync(901, It.IsAny<CancellationToken>())).ReturnsAsync((WorkflowRunFacts?)null);

        var error = Assert.ThrowsAsync<InfraException>(() => Verifier().VerifyAsync("prod", Commit, CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("deployment 41 names no workflow run").And.Contain("deployment 42 names run 901, which does not exist"), "each record's shortfall must be named");
    }

    [Test]
    public void ProdWithoutASuccessfulSitRecordOfTheCommitIsRefused()
    {
        OnMain("behind");
        SitRecords(Record(41, runId: 900) with { State = "failure" }, Record(43, runId: 902) with { Commit = "1111111111111111111111111111111111111111" });

        var error = Assert.ThrowsAsync<InfraException>(() => Verifier().VerifyAsync("prod", Commit, CancellationToken.None));

        Assert.That(error!.Message, Does.Contain($"no successful deployment record of {Commit} in sit"), "the message must say no record was found");
        history.Verify(h => h.RunAsync(It.IsAny<long>(), It.IsAny<CancellationToken>()), Times.Never(), "runs of records that do not qualify were read");
    }

    [TestCase("0123456", TestName = "A short SHA is a usage error")]
    [TestCase("main", TestName = "A branch name is a usage error")]
    public void AnythingButAFullCommitShaExits2(string commit)
    {
        var error = Assert.ThrowsAsync<InfraException>(() => Verifier().VerifyAsync("sit", commit, CancellationToken.None));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.BadInput), "a commit that is not a full SHA must exit 2");
    }

    [Test]
    public void TheFirstStackIsNotPromoted()
    {
        var error = Assert.ThrowsAsync<InfraException>(() => Verifier().VerifyAsync("dev", Commit, CancellationToken.None));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.BadInput), "verify --to dev must be a usage error");
    }

    private static WorkflowRunFacts Run(long id, string path, string branch, string eventName, string conclusion, string title = "deploy-dev") =>
        new(id, path, branch, Commit, eventName, "completed", conclusion, title);

    private static DeploymentRecord Record(long id, long? runId) =>
        new(id, "sit", Commit, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", DateTimeOffset.UnixEpoch, "success", new Dictionary<string, string>()) { RunId = runId };

    private void OnMain(string? status) => history.Setup(h => h.CompareAsync("main", Commit, It.IsAny<CancellationToken>())).ReturnsAsync(status);

    private void DevRuns(params WorkflowRunFacts[] runs) => history.Setup(h => h.RunsAsync("deploy-dev.yml", "main", "push", Commit, It.IsAny<CancellationToken>())).ReturnsAsync(runs);

    private void SitRecords(params DeploymentRecord[] found) => records.Setup(r => r.ListAsync("sit", 30, It.IsAny<CancellationToken>())).ReturnsAsync(found);

    private PromotionVerifier Verifier() => new(history.Object, records.Object, Project, "main", DeployDev, s => $".github/workflows/promote-{s}.yml");
}
