namespace Infra.Deploy.GitHub;

/// <summary>One deployment recorded by <c>infra deploy</c> in the GitHub Deployments API.</summary>
/// <param name="Id">GitHub's deployment id.</param>
/// <param name="Environment">The stack.</param>
/// <param name="Commit">The deployed commit.</param>
/// <param name="ArtifactSha256">The Lambda artifact's SHA-256 (hex), which promotion compares.</param>
/// <param name="CreatedAt">When it started.</param>
/// <param name="State">Its latest status (<c>success</c>, <c>failure</c>, <c>in_progress</c>, ...).</param>
/// <param name="Versions">The Lambda versions it put live, by function name.</param>
public sealed record DeploymentRecord(long Id, string Environment, string Commit, string ArtifactSha256, DateTimeOffset CreatedAt, string State, IReadOnlyDictionary<string, string> Versions)
{
    /// <summary>The kind of a record made by <c>infra deploy</c> or <c>infra promote</c>.</summary>
    public const string DeployKind = "deploy";

    /// <summary>The kind of a record made by <c>infra rollback</c>: never proof for a promotion.</summary>
    public const string RollbackKind = "rollback";

    /// <summary><see cref="DeployKind"/> or <see cref="RollbackKind"/>.</summary>
    public string Kind { get; init; } = DeployKind;

    /// <summary>The workflow run that wrote the record (its payload's <c>runId</c>), or null for one written outside Actions.</summary>
    public long? RunId { get; init; }

    /// <summary>The workflow file and ref that run claimed (<c>GITHUB_WORKFLOW_REF</c>); only the Actions API's answer about <see cref="RunId"/> is trusted.</summary>
    public string? WorkflowRef { get; init; }
}
