using Infra.Model;

namespace Infra.Resources.GitHub;

/// <summary>Inputs of <see cref="RepositoryEnvironmentDeploymentPolicy"/>: exactly one of the two patterns.</summary>
public sealed record RepositoryEnvironmentDeploymentPolicyArgs
{
    /// <summary>The repository name.</summary>
    [Input("repository")]
    public required string Repository { get; init; }

    /// <summary>The environment (a reference to it, so the policy is created after it).</summary>
    [Input("environment")]
    public required Input<string> Environment { get; init; }

    /// <summary>A branch name pattern, e.g. <c>release/*</c>.</summary>
    [Input("branch_pattern")]
    public string? BranchPattern { get; init; }

    /// <summary>A tag name pattern, e.g. <c>v*</c>.</summary>
    [Input("tag_pattern")]
    public string? TagPattern { get; init; }
}
