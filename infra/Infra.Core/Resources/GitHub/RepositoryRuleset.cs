using Infra.Model;

namespace Infra.Resources.GitHub;

/// <summary>A repository ruleset (<c>github_repository_ruleset</c>): rules on the branches or tags it targets.</summary>
public sealed class RepositoryRuleset : CustomResource
{
    /// <summary>Registers the resource.</summary>
    public RepositoryRuleset(string name, RepositoryRulesetArgs args, ResourceOptions? options = null)
        : base("github_repository_ruleset", "github:index/repositoryRuleset:RepositoryRuleset", name, args, options)
    {
        Args = args;
    }

    /// <summary>The typed inputs.</summary>
    public new RepositoryRulesetArgs Args { get; }
}
