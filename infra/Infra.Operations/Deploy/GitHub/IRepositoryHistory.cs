namespace Infra.Deploy.GitHub;

/// <summary>The repository's history as the GitHub API reports it: which commits are on a branch, which workflow runs succeeded.</summary>
public interface IRepositoryHistory
{
    /// <summary>
    /// The status of comparing <paramref name="baseBranch"/> with <paramref name="commit"/> (<c>identical</c>,
    /// <c>behind</c>, <c>ahead</c> or <c>diverged</c>), or null when the repository has no such commit.
    /// </summary>
    Task<string?> CompareAsync(string baseBranch, string commit, CancellationToken cancellationToken);

    /// <summary>The runs of workflow file <paramref name="workflowFile"/> on <paramref name="branch"/> started by <paramref name="eventName"/> at <paramref name="headSha"/>, newest first.</summary>
    Task<IReadOnlyList<WorkflowRunFacts>> RunsAsync(string workflowFile, string branch, string eventName, string headSha, CancellationToken cancellationToken);

    /// <summary>The run with id <paramref name="runId"/>, or null when there is none.</summary>
    Task<WorkflowRunFacts?> RunAsync(long runId, CancellationToken cancellationToken);
}
