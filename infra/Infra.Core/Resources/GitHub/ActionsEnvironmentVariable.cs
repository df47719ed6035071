using Infra.Model;

namespace Infra.Resources.GitHub;

/// <summary>A GitHub Actions variable of one environment (<c>github_actions_environment_variable</c>): not secret.</summary>
public sealed class ActionsEnvironmentVariable : CustomResource
{
    /// <summary>Registers the resource.</summary>
    public ActionsEnvironmentVariable(string name, ActionsEnvironmentVariableArgs args, ResourceOptions? options = null)
        : base("github_actions_environment_variable", "github:index/actionsEnvironmentVariable:ActionsEnvironmentVariable", name, args, options)
    {
        Args = args;
    }

    /// <summary>The typed inputs.</summary>
    public new ActionsEnvironmentVariableArgs Args { get; }
}
