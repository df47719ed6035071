namespace Infra.Deploy.GitHub;

/// <summary>
/// The workflow run that writes a deployment record, kept in the record's payload so a later promotion can ask the
/// Actions API whether that run really was the expected workflow on the default branch and succeeded.
/// </summary>
/// <param name="RunId">GitHub's run id (<c>GITHUB_RUN_ID</c>), or null outside Actions.</param>
/// <param name="WorkflowRef">The workflow file and ref (<c>GITHUB_WORKFLOW_REF</c>), or null outside Actions.</param>
public sealed record RunPayload(string? RunId, string? WorkflowRef)
{
    /// <summary>The payload key of the run id.</summary>
    public const string RunIdKey = "runId";

    /// <summary>The payload key of the workflow ref.</summary>
    public const string WorkflowRefKey = "workflowRef";

    /// <summary>The run of the current GitHub Actions job, read from its environment.</summary>
    public static RunPayload FromEnvironment() =>
        new(NullIfEmpty(Environment.GetEnvironmentVariable("GITHUB_RUN_ID")), NullIfEmpty(Environment.GetEnvironmentVariable("GITHUB_WORKFLOW_REF")));

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
