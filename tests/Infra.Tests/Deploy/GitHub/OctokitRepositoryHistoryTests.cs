using Infra.Deploy.GitHub;
using Infra.Tests.Deploy.Support;
using Octokit;

namespace Infra.Tests.Deploy.GitHub;

/// <summary>The repository history through the real Octokit client against loopback answers shaped like GitHub's.</summary>
[NonParallelizable]
public class OctokitRepositoryHistoryTests
{
    private const string Commit = "0123456789abcdef0123456789abcdef01234567";

    private const string RunJson = $$"""
        {"id":900,"name":"deploy-dev","display_title":"Merge pull request #12","path":".github/workflows/deploy-dev.yml","head_branch":"main",
         "head_sha":"{{Commit}}","event":"push","status":"completed","conclusion":"success","run_attempt":1,"run_number":33,"workflow_id":5}
        """;

    [Test]
    public async Task RunsAreAskedForByWorkflowFileBranchEventAndCommitAndReadWithTheirFacts()
    {
        using var server = new LoopbackServer(r => new StubResponse(200, "application/json", $$"""{"total_count":1,"workflow_runs":[{{RunJson}}]}"""));

        var runs = await History(server).RunsAsync("deploy-dev.yml", "main", "push", Commit, CancellationToken.None);

        var request = server.Requests.Single();
        Assert.That(request.PathAndQuery, Does.StartWith("/api/v3/repos/bbws/platform/actions/workflows/deploy-dev.yml/runs?"), "runs must be listed for the workflow file");
        Assert.That(request.PathAndQuery, Does.Contain("branch=main").And.Contain("event=push").And.Contain($"head_sha={Commit}"), "the filters must reach the API");
        Assert.That(runs.Single(), Is.EqualTo(new WorkflowRunFacts(900, ".github/workflows/deploy-dev.yml", "main", Commit, "push", "completed", "success", "Merge pull request #12")), "the run's facts were misread");
        Assert.That(runs.Single().Succeeded, Is.True, "a completed successful run must count as succeeded");
    }

    [Test]
    public async Task ACommitTheRepositoryLacksComparesAsNullAndAKnownOneAsItsStatus()
    {
        using var server = new LoopbackServer(r => r.PathAndQuery.Contains(Commit, StringComparison.Ordinal)
            ? new StubResponse(200, "application/json", """{"status":"behind","ahead_by":0,"behind_by":3,"total_commits":0,"commits":[],"files":[]}""")
            : new StubResponse(404, "application/json", """{"message":"Not Found"}"""));
        var history = History(server);

        Assert.That(await history.CompareAsync("main", Commit, CancellationToken.None), Is.EqualTo("behind"), "the compare status was misread");
        Assert.That(await history.CompareAsync("main", "1111111111111111111111111111111111111111", CancellationToken.None), Is.Null, "an unknown commit must compare as null, not fail");
        Assert.That(server.Requests[0].PathAndQuery, Is.EqualTo($"/api/v3/repos/bbws/platform/compare/main...{Commit}"), "the compare must be main...commit");
    }

    [Test]
    public async Task ARunThatDoesNotExistIsNullAndARefusedCallExits4NamingThePermission()
    {
        using var missing = new LoopbackServer(r => new StubResponse(404, "application/json", """{"message":"Not Found"}"""));
        using var refused = new LoopbackServer(r => new StubResponse(403, "application/json", """{"message":"Resource not accessible by integration"}"""));

        Assert.That(await History(missing).RunAsync(901, CancellationToken.None), Is.Null, "a missing run must be null");
        var error = Assert.ThrowsAsync<InfraException>(() => History(refused).RunAsync(901, CancellationToken.None));
        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.ExternalFailure), "a refused API call must exit 4");
        Assert.That(error.Message, Does.Contain("actions: read"), "the message must name the permission the job needs");
    }

    private static OctokitRepositoryHistory History(LoopbackServer server)
    {
        var client = new GitHubClient(new ProductHeaderValue("infra-tests"), new Uri(server.Url)) { Credentials = new Credentials("test-token") };
        return new OctokitRepositoryHistory(client, "bbws", "platform");
    }
}
