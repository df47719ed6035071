using Infra.Model;

namespace Infra.Resources.GitHub;

/// <summary>Inputs of <see cref="RepositoryEnvironment"/>.</summary>
public sealed record RepositoryEnvironmentArgs
{
    /// <summary>The repository name.</summary>
    [Input("repository")]
    public required string Repository { get; init; }

    /// <summary>The environment name, as workflows name it.</summary>
    [Input("environment")]
    public required string Environment { get; init; }

    /// <summary>Whether repository administrators may deploy without the required reviews.</summary>
    [Input("can_admins_bypass")]
    public required bool CanAdminsBypass { get; init; }

    /// <summary>Whether the person who triggered a deployment may approve it.</summary>
    [Input("prevent_self_review")]
    public required bool PreventSelfReview { get; init; }

    /// <summary>The reviewers, any one of whom approves. Default: none (no approval needed).</summary>
    [Input("reviewers")]
    public IReadOnlyList<EnvironmentReviewers>? Reviewers { get; init; }

    /// <summary>Which refs may deploy. Default: any.</summary>
    [Input("deployment_branch_policy")]
    public EnvironmentDeploymentBranchPolicy? DeploymentBranchPolicy { get; init; }
}
