using Infra.Model;

namespace Infra.Resources.GitHub;

/// <summary>
/// The GitHub provider (<c>integrations/github</c>) of a bootstrap root: the repository owner and a GitHub App
/// installation. <c>GITHUB_TOKEN</c> cannot manage environments, and a personal token would be a person's power in
/// code, so the provider authenticates only as an App whose credentials are sensitive variables supplied at apply time.
/// </summary>
public sealed class GitHubProvider : ProviderResource
{
    /// <summary>Registers the provider.</summary>
    public GitHubProvider(string name, GitHubProviderArgs args, ResourceOptions? options = null)
        : base("github", name, args, options)
    {
        Args = args;
    }

    /// <summary>The typed settings.</summary>
    public new GitHubProviderArgs Args { get; }

    /// <inheritdoc />
    public override string TerraformSource => "integrations/github";

    /// <inheritdoc />
    public override string TerraformVersion => "~> 6.9";
}
