using Infra.Model;

namespace Infra.Resources.GitHub;

/// <summary>A deployment environment of a repository (<c>github_repository_environment</c>).</summary>
public sealed class RepositoryEnvironment : CustomResource
{
    /// <summary>Registers the resource.</summary>
    public RepositoryEnvironment(string name, RepositoryEnvironmentArgs args, ResourceOptions? options = null)
        : base("github_repository_environment", "github:index/repositoryEnvironment:RepositoryEnvironment", name, args, options)
    {
        Args = args;
    }

    /// <summary>The typed inputs.</summary>
    public new RepositoryEnvironmentArgs Args { get; }

    /// <summary>The <c>environment</c> attribute: referencing it orders policies and variables after the environment.</summary>
    public Output<string> EnvironmentName => Attribute("environment");
}
