using Infra.Model;

namespace Infra.Resources.GitHub;

/// <summary>
/// A GitHub Actions secret of one environment (<c>github_actions_environment_secret</c>). Only the sealed
/// <c>encrypted_value</c> is modelled: a <c>plaintext_value</c> would sit in code, config or state (rule GH-SECRETS).
/// </summary>
public sealed class ActionsEnvironmentSecret : CustomResource
{
    /// <summary>Registers the resource.</summary>
    public ActionsEnvironmentSecret(string name, ActionsEnvironmentSecretArgs args, ResourceOptions? options = null)
        : base("github_actions_environment_secret", "github:index/actionsEnvironmentSecret:ActionsEnvironmentSecret", name, args, options)
    {
        Args = args;
    }

    /// <summary>The typed inputs.</summary>
    public new ActionsEnvironmentSecretArgs Args { get; }
}
