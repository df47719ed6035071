using Infra.Model;

namespace Infra.Resources.GitHub;

/// <summary>Settings of <see cref="GitHubProvider"/>.</summary>
public sealed record GitHubProviderArgs
{
    /// <summary>The user or organisation that owns the repositories, e.g. <c>bigbeard</c>.</summary>
    [Input("owner")]
    public required string Owner { get; init; }

    /// <summary>The GitHub App installation the provider acts as.</summary>
    [Input("app_auth")]
    public required GitHubAppAuth AppAuth { get; init; }
}
