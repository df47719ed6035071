using System.Text.Json.Nodes;
using Infra.Deploy.GitHub;
using Infra.Tests.Deploy.Support;
using Octokit;

namespace Infra.Tests.Deploy.GitHub;

/// <summary>The deployment records through the real Octokit client against a loopback fake of GitHub's Deployments API.</summary>
[NonParallelizable]
public class OctokitDeploymentRecordsTests
{
    private const string Commit = "0123456789abcdef0123456789abcdef01234567";
    private const string OtherCommit = "fedcba9876543210fedcba9876543210fedcba98";
    private const string Artifact = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private const string OtherArtifact = "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752";

    private FakeGitHubDeployments github = null!;
    private LoopbackServer server = null!;

    [SetUp]
    public void StartFakeGitHub()
    {
        github = new FakeGitHubDeployments("bbws", "platform");
        server = new LoopbackServer(r => github.Respond(r));
    }

    [TearDown]
    public void StopFakeGitHub() => server.Dispose();

    [Test]
    public async Task StartCreatesAMarkedDeploymentAndSetsItInProgress()
    {
        var id = await Records().StartAsync("dev", Commit, Artifact, "infra deploy of 0123456", CancellationToken.None);

        var create = server.Requests.First(r => r.Method == "POST");
        var body = JsonNode.Parse(create.Body)!;
        Assert.Multiple(() =>
        {
            Assert.That(create.PathAndQuery, Is.EqualTo("/api/v3/repos/bbws/platform/deployments"), "the record must be created in the repository's Deployments API");
            Assert.That(create.Header("authorization"), Does.Contain("test-token"), "the request must carry the token");
            Assert.That(body["ref"]?.GetValue<string>(), Is.EqualTo(Commit), "the record must be of the deployed commit");
            Assert.That(body["environment"]?.GetValue<string>(), Is.EqualTo("dev"), "the record must be in the stack's environment");
            Assert.That(body["task"]?.GetValue<string>(), Is.EqualTo("deploy:infra"), "the record must carry infra's task marker");
            Assert.That(body["payload"]?["tool"]?.GetValue<string>(), Is.EqualTo("infra"), "the payload must carry infra's marker");
            Assert.That(body["payload"]?["kind"]?.GetValue<string>(), Is.EqualTo("deploy"), "the payload must say it is a deploy");
            Assert.That(body["payload"]?["artifactSha256"]?.GetValue<string>(), Is.EqualTo(Artifact), "the payload must carry the artifact's SHA-256 for promotion");
            Assert.That(body["auto_merge"]?.GetValue<bool>(), Is.False, "GitHub must not merge the default branch into the commit");
            Assert.That(body["required_contexts"]?.AsArray(), Is.Empty, "commit checks must not block recording the deploy");
            Assert.That(body["production_environment"]?.GetValue<bool>(), Is.False, "dev is not a production environment");
        });
        Assert.That(github.StatusesOf(id).Select(s => s["state"]!.GetValue<string>()), Is.EqualTo(new[] { "in_progress" }), "a started record must be in progress");
    }

    [Test]
    public async Task ARecordNamesTheRunThatWroteItAndReadsItBack()
    {
        var run = new RunPayload("900", "bbws/platform/.github/workflows/promote-sit.yml@refs/heads/main");
        var client = new GitHubClient(new ProductHeaderValue("infra-tests"), new Uri(server.Url)) { Credentials = new Credentials("test-token") };
        var records = new OctokitDeploymentRecords(client, "bbws", "platform", run);

        var id = await records.StartAsync("sit", Commit, Artifact, "promote", CancellationToken.None);
        await records.FinishAsync(id, true, "promoted", new Dictionary<string, string>(), CancellationToken.None);
        var read = (await records.ListAsync("sit", 5, CancellationToken.None)).Single();

        var payload = JsonNode.Parse(server.Requests.First(r => r.Method == "POST").Body)!["payload"]!;
        Assert.That(payload["runId"]?.GetValue<string>(), Is.EqualTo("900"), "the payload must name the run, for a later promotion to check through the Actions API");
        Assert.That(payload["workflowRef"]?.GetValue<string>(), Is.EqualTo(run.WorkflowRef), "the payload must name the workflow the run claimed");
        Assert.That(read.RunId, Is.EqualTo(900L), "the run id must be read back from the payload");
        Assert.That(read.WorkflowRef, Is.EqualTo(run.WorkflowRef), "the workflow ref must be read back from the payload");
    }

    [Test]
    public async Task AProdRecordIsAProductionEnvironment()
    {
        await Records().StartAsync("prod", Commit, Artifact, "promote", CancellationToken.None);

        var body = JsonNode.Parse(server.Requests.First(r => r.Method == "POST").Body)!;
        Assert.That(body["production_environment"]?.GetValue<bool>(), Is.True, "prod's records must be marked as production");
    }

    [Test]
    public async Task ARollbackRecordHasKindRollbackAndNoArtifact()
    {
        var records = Records();
        var id = await records.StartRollbackAsync("sit", Commit, "rollback to 6", CancellationToken.None);
        await records.FinishAsync(id, success: true, "rollback to 6", new Dictionary<string, string> { ["f"] = "6" }, CancellationToken.None);

        var record = (await records.ListAsync("sit", 10, CancellationToken.None)).Single();
        Assert.Multiple(() =>
        {
            Assert.That(record.Kind, Is.EqualTo(DeploymentRecord.RollbackKind), "a rollback must be recorded as one");
            Assert.That(record.ArtifactSha256, Is.Empty, "a rollback deploys no artifact");
            Assert.That(record.State, Is.EqualTo("success"), "the finished rollback's state was not read");
        });
    }

    [Test]
    public async Task FinishSetsTheFinalStateWithTheVersionsInTheDescription()
    {
        var id = github.SeedOurs("dev", Commit, "deploy", Artifact, "in_progress");

        await Records().FinishAsync(id, success: false, "smoke test failed", new Dictionary<string, string> { ["f"] = "7", ["g"] = "3" }, CancellationToken.None);

        var last = github.StatusesOf(id)[^1];
        Assert.That(last["state"]!.GetValue<string>(), Is.EqualTo("failure"), "an unsuccessful deploy must end as failure");
        Assert.That(last["description"]!.GetValue<string>(), Is.EqualTo("smoke test failed [f=7,g=3]"), "the versions put live must follow the description");
    }

    [Test]
    public async Task ALongStatusDescriptionIsCutToGitHubsLimit()
    {
        var id = github.SeedOurs("dev", Commit, "deploy", Artifact, "in_progress");

        await Records().FinishAsync(id, success: true, new string('x', 200), new Dictionary<string, string> { ["f"] = "7" }, CancellationToken.None);

        var description = github.StatusesOf(id)[^1]["description"]!.GetValue<string>();
        Assert.That(description, Has.Length.EqualTo(140), "GitHub rejects a status description over 140 characters");
        Assert.That(description, Does.EndWith("x [f=7]"), "the free text must be cut, not the versions");
    }

    [Test]
    public async Task TheVersionsSurviveALongDescription()
    {
        var records = Records();
        var id = await records.StartAsync("prod", Commit, Artifact, "promote", CancellationToken.None);
        var versions = new Dictionary<string, string> { ["2-1-bbws-order-processor-prod"] = "12", ["2-1-bbws-product-api-prod"] = "9", ["2-1-bbws-order-templates-prod"] = "4" };

        await records.FinishAsync(id, success: true, $"deployed {Commit}", versions, CancellationToken.None);

        var description = github.StatusesOf(id)[^1]["description"]!.GetValue<string>();
        Assert.That(description, Has.Length.LessThanOrEqualTo(140), "GitHub rejects a status description over 140 characters");
        Assert.That((await records.ListAsync("prod", 1, CancellationToken.None)).Single().Versions, Is.EqualTo(versions),
            "the versions are the record's data (rollback reads them): shortening must cut the description, not the versions");
    }

    [Test]
    public async Task FindSuccessfulFindsOnlyOurSuccessfulDeployOfThatCommitAndArtifact()
    {
        var ours = github.SeedOurs("dev", Commit, "deploy", Artifact, "success", "deploy [f=7]");
        github.SeedOurs("sit", Commit, "deploy", Artifact, "success");
        github.SeedOurs("dev", OtherCommit, "deploy", Artifact, "success");
        github.SeedOurs("dev", Commit, "deploy", OtherArtifact, "success");
        github.SeedOurs("dev", Commit, "deploy", Artifact, "failure");
        github.SeedOurs("dev", Commit, "rollback", Artifact, "success");
        github.Seed("dev", Commit, "deploy", new JsonObject(), "in_progress", "success");
        github.Seed("dev", Commit, "deploy:infra", new JsonObject { ["tool"] = "someone-else", ["artifactSha256"] = Artifact }, "success");

        var found = await Records().FindSuccessfulAsync("dev", Commit, Artifact.ToUpperInvariant(), CancellationToken.None);

        Assert.That(found, Is.Not.Null, "our successful deploy of the commit and artifact was not found");
        Assert.Multiple(() =>
        {
            Assert.That(found!.Id, Is.EqualTo(ours), "only infra's own successful deploy of that commit, artifact and environment is proof");
            Assert.That(found.Commit, Is.EqualTo(Commit), "the record's commit was not read");
            Assert.That(found.Versions, Is.EqualTo(new Dictionary<string, string> { ["f"] = "7" }), "the versions were not read from the status description");
        });
    }

    [Test]
    public async Task FindSuccessfulIgnoresDeploymentsGitHubMadeForTheEnvironment()
    {
        github.Seed("dev", Commit, "deploy", new JsonObject(), "in_progress", "success");
        github.SeedOurs("dev", Commit, "deploy", Artifact, "in_progress");

        var found = await Records().FindSuccessfulAsync("dev", Commit, Artifact, CancellationToken.None);

        Assert.That(found, Is.Null, "a successful deployment GitHub made for a job's environment is no proof, nor is our unfinished one");
    }

    [Test]
    public async Task FindSuccessfulReadsPastTheFirstPage()
    {
        var ours = github.SeedOurs("dev", Commit, "deploy", Artifact, "success");
        for (var i = 0; i < 120; i++)
        {
            github.Seed("dev", OtherCommit, "deploy", new JsonObject());
        }

        var found = await Records().FindSuccessfulAsync("dev", Commit, Artifact, CancellationToken.None);

        Assert.That(found?.Id, Is.EqualTo(ours), "a record on the second page of deployments was not found");
        Assert.That(server.Requests.Count(r => r.Method == "GET" && r.PathAndQuery.StartsWith("/api/v3/repos/bbws/platform/deployments?", StringComparison.Ordinal)), Is.EqualTo(2),
            "the listing must follow GitHub's next link once, and no further than needed");
    }

    [Test]
    public async Task ListReturnsOurNewestRecordsFirstUpToTheCount()
    {
        var oldest = github.SeedOurs("dev", Commit, "deploy", Artifact, "success", "deploy [f=6]");
        github.Seed("dev", Commit, "deploy", new JsonObject(), "success");
        var middle = github.SeedOurs("dev", OtherCommit, "rollback", string.Empty, "success", "rollback [f=5]");
        var newest = github.SeedOurs("dev", Commit, "deploy", Artifact, "failure", "smoke test failed [f=7]");
        github.SeedOurs("sit", Commit, "deploy", Artifact, "success");

        var two = await Records().ListAsync("dev", 2, CancellationToken.None);
        var all = await Records().ListAsync("dev", 10, CancellationToken.None);

        Assert.That(two.Select(r => r.Id), Is.EqualTo(new[] { newest, middle }), "the newest records must come first, no more than asked for");
        Assert.That(all.Select(r => r.Id), Is.EqualTo(new[] { newest, middle, oldest }), "only our records of the environment may be listed");
        Assert.Multiple(() =>
        {
            Assert.That(all[0].State, Is.EqualTo("failure"), "the latest status is the record's state");
            Assert.That(all[0].Versions["f"], Is.EqualTo("7"), "the versions were not read");
            Assert.That(all[1].Kind, Is.EqualTo(DeploymentRecord.RollbackKind), "the rollback's kind was not read");
            Assert.That(all[2].CreatedAt, Is.LessThan(all[0].CreatedAt), "the creation time was not read");
        });
    }

    [Test]
    public async Task ARecordWithoutStatusesIsPendingAndOneWithoutKindIsADeploy()
    {
        var id = github.Seed("dev", Commit, "deploy:infra", new JsonObject { ["tool"] = "infra", ["artifactSha256"] = Artifact });

        var record = (await Records().ListAsync("dev", 5, CancellationToken.None)).Single();

        Assert.That(record.Id, Is.EqualTo(id), "our record without statuses was not listed");
        Assert.That(record.State, Is.EqualTo("pending"), "a record without statuses is pending");
        Assert.That(record.Kind, Is.EqualTo(DeploymentRecord.DeployKind), "records written before kinds existed are deploys");
    }

    [Test]
    public void ARefusedCallExits4NamingWhatFailedAndThePermission()
    {
        github.Forbidden = "Resource not accessible by integration";

        var error = Assert.ThrowsAsync<InfraException>(() => Records().StartAsync("dev", Commit, Artifact, "d", CancellationToken.None));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.ExternalFailure), "a refused GitHub call must exit 4");
        Assert.That(error.Message, Does.Contain("create a deployment").And.Contain("403").And.Contain("deployments: write"), "the message must name the call, the status and the permission to check");
    }

    [Test]
    public async Task FromEnvironmentUsesTheTokenRepositoryAndApiUrl()
    {
        github.SeedOurs("dev", Commit, "deploy", Artifact, "success");
        using var env = new EnvironmentScope(new Dictionary<string, string?>
        {
            ["GITHUB_TOKEN"] = "env-token",
            ["GITHUB_REPOSITORY"] = "bbws/platform",
            ["GITHUB_API_URL"] = server.Url,
        });

        var records = await OctokitDeploymentRecords.FromEnvironment().ListAsync("dev", 5, CancellationToken.None);

        Assert.That(records, Has.Count.EqualTo(1), "the records of GITHUB_REPOSITORY at GITHUB_API_URL were not read");
        Assert.That(server.Requests[0].Header("authorization"), Does.Contain("env-token"), "GITHUB_TOKEN must authenticate the calls");
    }

    [TestCase(null, "bbws/platform")]
    [TestCase("t", null)]
    [TestCase("t", "no-slash")]
    public void FromEnvironmentWithoutTokenOrRepositoryExits3(string? token, string? repository)
    {
        using var env = new EnvironmentScope(new Dictionary<string, string?> { ["GITHUB_TOKEN"] = token, ["GITHUB_REPOSITORY"] = repository });

        var error = Assert.Throws<InfraException>(() => OctokitDeploymentRecords.FromEnvironment());

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.EnvironmentRefused), "missing GitHub settings must exit 3");
        Assert.That(error.Message, Does.Contain("GITHUB_TOKEN").And.Contain("GITHUB_REPOSITORY"), "the message must name the variables to set");
    }

    private OctokitDeploymentRecords Records()
    {
        var client = new GitHubClient(new ProductHeaderValue("infra-tests"), new Uri(server.Url)) { Credentials = new Credentials("test-token") };
        return new OctokitDeploymentRecords(client, "bbws", "platform");
    }
}
