using Octokit;

namespace Infra.Deploy.GitHub;

/// <summary>The repository's history through Octokit: the compare API and the Actions runs API.</summary>
public sealed class OctokitRepositoryHistory : IRepositoryHistory
{
    private const string Permission = "contents: read' and 'actions: read";
    private readonly IGitHubClient client;
    private readonly string owner;
    private readonly string repository;

    /// <summary>Creates the adapter for <paramref name="owner"/>/<paramref name="repository"/>.</summary>
    public OctokitRepositoryHistory(IGitHubClient client, string owner, string repository)
    {
        this.client = client;
        this.owner = owner;
        this.repository = repository;
    }

    /// <summary>A client from <c>GITHUB_TOKEN</c> and <c>GITHUB_REPOSITORY</c> (as set in GitHub Actions), or an exit-3 error.</summary>
    public static OctokitRepositoryHistory FromEnvironment()
    {
        var token = Environment.GetEnvironmentVariable("GITHUB_TOKEN");
        var repo = Environment.GetEnvironmentVariable("GITHUB_REPOSITORY");
        if (string.IsNullOrEmpty(token) || repo?.Split('/') is not [var owner, var name])
        {
            throw new InfraException("GITHUB_TOKEN and GITHUB_REPOSITORY (owner/name) must be set to read the repository's history; in GitHub Actions give the job 'permissions: contents: read, actions: read'.", ExitCodes.EnvironmentRefused);
        }

        return new OctokitRepositoryHistory(GitHubCalls.Client(token), owner, name);
    }

    /// <inheritdoc/>
    public async Task<string?> CompareAsync(string baseBranch, string commit, CancellationToken cancellationToken)
    {
        try
        {
            var result = await GitHubCalls.Call("compare commits", Permission, () => client.Repository.Commit.Compare(owner, repository, baseBranch, commit), cancellationToken).ConfigureAwait(false);
            return result?.Status ?? throw new InfraException($"GitHub: could not compare {baseBranch}...{commit} (the answer is malformed: no status). Check the network and GITHUB_API_URL (when set), then run again later.", ExitCodes.ExternalFailure);
        }
        catch (InfraException e) when (e.InnerException is NotFoundException)
        {
            return null;
        }
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<WorkflowRunFacts>> RunsAsync(string workflowFile, string branch, string eventName, string headSha, CancellationToken cancellationToken)
    {
        var request = new WorkflowRunsRequest { Branch = branch, Event = eventName, HeadSha = headSha };
        var response = await GitHubCalls.Call("list workflow runs", Permission, () => client.Actions.Workflows.Runs.ListByWorkflow(owner, repository, workflowFile, request), cancellationToken).ConfigureAwait(false);
        return (response?.WorkflowRuns ?? []).Select(Facts).OrderByDescending(r => r.Id).ToList();
    }

    /// <inheritdoc/>
    public async Task<WorkflowRunFacts?> RunAsync(long runId, CancellationToken cancellationToken)
    {
        try
        {
            var run = await GitHubCalls.Call("read a workflow run", Permission, () => client.Actions.Workflows.Runs.Get(owner, repository, runId), cancellationToken).ConfigureAwait(false);
            return run is null ? null : Facts(run);
        }
        catch (InfraException e) when (e.InnerException is NotFoundException)
        {
            return null;
        }
    }

    private static WorkflowRunFacts Facts(WorkflowRun run) =>
        new(run.Id, run.Path ?? string.Empty, run.HeadBranch ?? string.Empty, run.HeadSha ?? string.Empty, run.Event ?? string.Empty, run.Status.StringValue ?? string.Empty, run.Conclusion?.StringValue, run.DisplayTitle ?? string.Empty);
}
