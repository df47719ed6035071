using Infra.Model;

namespace Infra.Resources.GitHub;

/// <summary>A GitHub repository (<c>github_repository</c>).</summary>
public sealed class Repository : CustomResource
{
    /// <summary>Registers the resource.</summary>
    public Repository(string name, RepositoryArgs args, ResourceOptions? options = null)
        : base("github_repository", "github:index/repository:Repository", name, args, options)
    {
        Args = args;
    }

    /// <summary>The typed inputs.</summary>
    public new RepositoryArgs Args { get; }

    /// <summary>The <c>name</c> attribute.</summary>
    public Output<string> RepositoryName => Attribute("name");
}
