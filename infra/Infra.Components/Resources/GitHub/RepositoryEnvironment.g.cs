// Generated from infra/Schemas/terraform-schema.json, infra/Schemas/pulumi-schema.json and
// infra/Infra.Generator/overrides.json (github_repository_environment) by `dotnet run --project infra/Infra.Generator`.
// Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).
// One file holds the resource, its args and its nested block types: generated files are exempt from one type per file.
// The records are partial: a hand-written half may add helpers (never inputs) beside them.

#nullable enable
#pragma warning disable CS0618 // Deprecated members of the schema are generated too.
using Infra.Model;

namespace Infra.Resources.GitHub;

/// <summary>A deployment environment of a repository (<c>github_repository_environment</c>).</summary>
public sealed class RepositoryEnvironment : CustomResource<RepositoryEnvironmentArgs>
{
    /// <summary>Registers the resource.</summary>
    /// <param name="name">The logical name, unique in the root.</param>
    /// <param name="args">The typed inputs.</param>
    /// <param name="options">Options; Parent is required.</param>
    public RepositoryEnvironment(string name, RepositoryEnvironmentArgs args, ResourceOptions? options = null)
        : base("github_repository_environment", "github:index/repositoryEnvironment:RepositoryEnvironment", name, args, options)
    {
    }

    /// <summary>The <c>environment</c> attribute.</summary>
    public Output<string> EnvironmentName => Attribute("environment");
}

/// <summary>Inputs of <see cref="RepositoryEnvironment"/>.</summary>
public sealed partial record RepositoryEnvironmentArgs
{
    /// <summary>Whether repository administrators may deploy without the required reviews.</summary>
    [Input("can_admins_bypass")]
    public bool? CanAdminsBypass { get; init; }

    /// <summary>Which refs may deploy. Default: any.</summary>
    [Input("deployment_branch_policy")]
    public EnvironmentDeploymentBranchPolicy? DeploymentBranchPolicy { get; init; }

    /// <summary>The environment name, as workflows name it.</summary>
    [Input("environment")]
    public required string Environment { get; init; }

    /// <summary>Whether the person who triggered a deployment may approve it.</summary>
    [Input("prevent_self_review")]
    public bool? PreventSelfReview { get; init; }

    /// <summary>The repository name.</summary>
    [Input("repository")]
    public required string Repository { get; init; }

    /// <summary>The reviewers, any one of whom approves. Default: none (no approval needed).</summary>
    [Input("reviewers")]
    public IReadOnlyList<EnvironmentReviewers>? Reviewers { get; init; }

    /// <summary>The <c>wait_timer</c> argument.</summary>
    [Input("wait_timer")]
    public int? WaitTimer { get; init; }
}

/// <summary>Which refs may deploy. Default: any.</summary>
public sealed partial record EnvironmentDeploymentBranchPolicy
{
    /// <summary>Only the refs of the environment's deployment policies may deploy.</summary>
    [Input("custom_branch_policies")]
    public required bool CustomBranchPolicies { get; init; }

    /// <summary>Any protected branch may deploy (exclusive with custom policies).</summary>
    [Input("protected_branches")]
    public required bool ProtectedBranches { get; init; }
}

/// <summary>The reviewers, any one of whom approves. Default: none (no approval needed).</summary>
public sealed partial record EnvironmentReviewers
{
    /// <summary>Team ids. Default: none.</summary>
    [Input("teams")]
    public IReadOnlyList<long>? Teams { get; init; }

    /// <summary>User ids. Default: none.</summary>
    [Input("users")]
    public IReadOnlyList<long>? Users { get; init; }
}
