namespace Infra.Components;

/// <summary>
/// The <c>sub</c> claim GitHub puts in an Actions OIDC token, for one repository and one context. Repositories
/// created after 2026-07-15 emit only the immutable form <c>repo:OWNER@OWNERID/REPO@REPOID:...</c>; once the
/// numeric ids are recorded in config, that form is used.
/// </summary>
public static class GithubSubject
{
    /// <summary>The subject of a job that runs in environment <paramref name="environment"/>.</summary>
    public static string Environment(string repository, string environment, string? ownerId = null, string? repositoryId = null) =>
        $"{RepositoryPart(repository, ownerId, repositoryId)}:environment:{environment}";

    /// <summary>The subject of a job triggered by a pull request of the same repository (forks get no token).</summary>
    public static string PullRequest(string repository, string? ownerId = null, string? repositoryId = null) =>
        $"{RepositoryPart(repository, ownerId, repositoryId)}:pull_request";

    /// <summary>
    /// The subject of a job that runs on branch <paramref name="branch"/> outside any environment (a scheduled or
    /// dispatched run on the default branch).
    /// </summary>
    public static string Branch(string repository, string branch, string? ownerId = null, string? repositoryId = null) =>
        $"{RepositoryPart(repository, ownerId, repositoryId)}:ref:refs/heads/{branch}";

    /// <summary>
    /// The <c>job_workflow_ref</c> claim of a job defined in <paramref name="workflowPath"/> on branch
    /// <paramref name="branch"/>, e.g. <c>owner/repo/.github/workflows/drift.yml@refs/heads/main</c>. GitHub writes
    /// it with the repository's names, whatever the subject form.
    /// </summary>
    public static string JobWorkflowRef(string repository, string workflowPath, string branch)
    {
        _ = RepositoryPart(repository, null, null);
        return $"{repository}/{workflowPath}@refs/heads/{branch}";
    }

    /// <summary>
    /// The <c>job_workflow_ref</c> claims of jobs defined in <paramref name="workflowPath"/> run for any pull request:
    /// a <c>pull_request</c> event's ref is <c>refs/pull/&lt;number&gt;/merge</c>, so the number is a wildcard (the
    /// only wildcard a pin may hold, tested with <c>StringLike</c>).
    /// </summary>
    public static string PullRequestJobWorkflowRef(string repository, string workflowPath)
    {
        _ = RepositoryPart(repository, null, null);
        return $"{repository}/{workflowPath}@refs/pull/*/merge";
    }

    private static string RepositoryPart(string repository, string? ownerId, string? repositoryId)
    {
        var parts = repository.Split('/');
        if (parts.Length != 2 || parts.Any(p => p.Length == 0 || p.Contains('*', StringComparison.Ordinal)))
        {
            throw new ArgumentException($"repository is '{repository}': write it as owner/name (config bbws:repository), with no wildcard.", nameof(repository));
        }

        var hasOwnerId = !string.IsNullOrEmpty(ownerId);
        var hasRepositoryId = !string.IsNullOrEmpty(repositoryId);
        if (hasOwnerId != hasRepositoryId)
        {
            throw new ArgumentException($"only one of the GitHub ids is set (owner '{ownerId}', repository '{repositoryId}'): set both bbws:githubOwnerId and bbws:githubRepositoryId, or neither.", nameof(ownerId));
        }

        if (hasOwnerId && !(ownerId!.All(char.IsAsciiDigit) && repositoryId!.All(char.IsAsciiDigit)))
        {
            throw new ArgumentException($"the GitHub ids must be numbers (owner '{ownerId}', repository '{repositoryId}'): read them from the GitHub API (owner.id and id of the repository).", nameof(ownerId));
        }

        return hasOwnerId ? $"repo:{parts[0]}@{ownerId}/{parts[1]}@{repositoryId}" : $"repo:{parts[0]}/{parts[1]}";
    }
}
