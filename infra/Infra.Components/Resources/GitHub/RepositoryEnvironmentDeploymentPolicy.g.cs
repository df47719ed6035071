// Generated from infra/Schemas/terraform-schema.json, infra/Schemas/pulumi-schema.json and
// infra/Infra.Generator/overrides.json (github_repository_environment_deployment_policy) by `dotnet run --project infra/Infra.Generator`.
// Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).
// One file holds the resource, its args and its nested block types: generated files are exempt from one type per file.
// The records are partial: a hand-written half may add helpers (never inputs) beside them.

#nullable enable
#pragma warning disable CS0618 // Deprecated members of the schema are generated too.
using Infra.Model;

namespace Infra.Resources.GitHub;

/// <summary>One branch or tag pattern that may deploy to an environment (<c>github_repository_environment_deployment_policy</c>).</summary>
public sealed class RepositoryEnvironmentDeploymentPolicy : CustomResource<RepositoryEnvironmentDeploymentPolicyArgs>
{
    /// <summary>Registers the resource.</summary>
    /// <param name="name">The logical name, unique in the root.</param>
    /// <param name="args">The typed inputs.</param>
    /// <param name="options">Options; Parent is required.</param>
    public RepositoryEnvironmentDeploymentPolicy(string name, RepositoryEnvironmentDeploymentPolicyArgs args, ResourceOptions? options = null)
        : base("github_repository_environment_deployment_policy", "github:index/repositoryEnvironmentDeploymentPolicy:RepositoryEnvironmentDeploymentPolicy", name, args, options)
    {
    }
}

/// <summary>Inputs of <see cref="RepositoryEnvironmentDeploymentPolicy"/>.</summary>
public sealed partial record RepositoryEnvironmentDeploymentPolicyArgs
{
    /// <summary>A branch name pattern, e.g. <c>release/*</c>.</summary>
    [Input("branch_pattern")]
    public string? BranchPattern { get; init; }

    /// <summary>The environment (a reference to it, so the policy is created after it).</summary>
    [Input("environment")]
    public required Input<string> Environment { get; init; }

    /// <summary>The repository name.</summary>
    [Input("repository")]
    public required string Repository { get; init; }

    /// <summary>A tag name pattern, e.g. <c>v*</c>.</summary>
    [Input("tag_pattern")]
    public string? TagPattern { get; init; }
}
