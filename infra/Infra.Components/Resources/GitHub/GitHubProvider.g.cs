// Generated from infra/Schemas/terraform-schema.json, infra/Schemas/pulumi-schema.json and
// infra/Infra.Generator/overrides.json (provider github) by `dotnet run --project infra/Infra.Generator`.
// Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).
// One file holds the resource, its args and its nested block types: generated files are exempt from one type per file.
// The records are partial: a hand-written half may add helpers (never inputs) beside them.

#nullable enable
#pragma warning disable CS0618 // Deprecated members of the schema are generated too.
using Infra.Model;

namespace Infra.Resources.GitHub;

/// <summary>The GitHub provider (<c>integrations/github</c>) of a bootstrap root: the repository owner and a GitHub App installation. <c>GITHUB_TOKEN</c> cannot manage environments, and a personal token would be a person's power in code, so the provider authenticates only as an App whose credentials are sensitive variables supplied at apply time.</summary>
public sealed class GitHubProvider : ProviderResource<GitHubProviderArgs>
{
    /// <summary>Registers the provider.</summary>
    /// <param name="name">The logical name (Pulumi resource name).</param>
    /// <param name="args">The provider's typed settings.</param>
    /// <param name="options">Options; Parent is the root.</param>
    public GitHubProvider(string name, GitHubProviderArgs args, ResourceOptions? options = null)
        : base("github", name, args, options)
    {
    }

    /// <inheritdoc />
    public override string TerraformSource => "integrations/github";
}

/// <summary>Settings of <see cref="GitHubProvider"/>.</summary>
public sealed partial record GitHubProviderArgs
{
    /// <summary>The GitHub App installation the provider acts as.</summary>
    [Input("app_auth")]
    public GitHubAppAuth? AppAuth { get; init; }

    /// <summary>The <c>base_url</c> argument.</summary>
    [Input("base_url")]
    public Input<string>? BaseUrl { get; init; }

    /// <summary>The <c>insecure</c> argument.</summary>
    [Input("insecure")]
    public bool? Insecure { get; init; }

    /// <summary>The <c>max_per_page</c> argument.</summary>
    [Input("max_per_page")]
    public int? MaxPerPage { get; init; }

    /// <summary>The <c>max_retries</c> argument.</summary>
    [Input("max_retries")]
    public int? MaxRetries { get; init; }

    /// <summary>The <c>organization</c> argument.</summary>
    [Input("organization")]
    public Input<string>? Organization { get; init; }

    /// <summary>The user or organisation that owns the repositories, e.g. <c>bigbeard</c>.</summary>
    [Input("owner")]
    public required string Owner { get; init; }

    /// <summary>The <c>parallel_requests</c> argument.</summary>
    [Input("parallel_requests")]
    public bool? ParallelRequests { get; init; }

    /// <summary>The <c>read_delay_ms</c> argument.</summary>
    [Input("read_delay_ms")]
    public int? ReadDelayMs { get; init; }

    /// <summary>The <c>retry_delay_ms</c> argument.</summary>
    [Input("retry_delay_ms")]
    public int? RetryDelayMs { get; init; }

    /// <summary>The <c>retryable_errors</c> argument.</summary>
    [Input("retryable_errors")]
    public IReadOnlyList<int>? RetryableErrors { get; init; }

    /// <summary>The <c>token</c> argument.</summary>
    [Input("token")]
    public Input<string>? Token { get; init; }

    /// <summary>The <c>write_delay_ms</c> argument.</summary>
    [Input("write_delay_ms")]
    public int? WriteDelayMs { get; init; }
}

/// <summary>The GitHub App installation the provider acts as.</summary>
public sealed partial record GitHubAppAuth
{
    /// <summary>The <c>id</c> argument.</summary>
    [Input("id")]
    public required Input<string> Id { get; init; }

    /// <summary>The <c>installation_id</c> argument.</summary>
    [Input("installation_id")]
    public required Input<string> InstallationId { get; init; }

    /// <summary>The <c>pem_file</c> argument.</summary>
    [Input("pem_file")]
    public required Input<string> PemFile { get; init; }
}
