using Infra.Model;

namespace Infra.Resources.GitHub;

/// <summary>One branch or tag pattern that may deploy to an environment (<c>github_repository_environment_deployment_policy</c>).</summary>
public sealed class RepositoryEnvironmentDeploymentPolicy : CustomResource
{
    /// <summary>Registers the resource.</summary>
    public RepositoryEnvironmentDeploymentPolicy(string name, RepositoryEnvironmentDeploymentPolicyArgs args, ResourceOptions? options = null)
        : base("github_repository_environment_deployment_policy", "github:index/repositoryEnvironmentDeploymentPolicy:RepositoryEnvironmentDeploymentPolicy", name, args, options)
    {
        Args = args;
    }

    /// <summary>The typed inputs.</summary>
    public new RepositoryEnvironmentDeploymentPolicyArgs Args { get; }
}
