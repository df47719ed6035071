// Generated from infra/Schemas/terraform-schema.json, infra/Schemas/pulumi-schema.json and
// infra/Infra.Generator/overrides.json (github_actions_environment_secret) by `dotnet run --project infra/Infra.Generator`.
// Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).
// One file holds the resource, its args and its nested block types: generated files are exempt from one type per file.
// The records are partial: a hand-written half may add helpers (never inputs) beside them.

#nullable enable
#pragma warning disable CS0618 // Deprecated members of the schema are generated too.
using Infra.Model;

namespace Infra.Resources.GitHub;

/// <summary>/// A GitHub Actions secret of one environment (<c>github_actions_environment_secret</c>). Only the sealed
/// <c>encrypted_value</c> is modelled: a <c>plaintext_value</c> would sit in code, config or state (rule GH-SECRETS).
/// (<c>github_actions_environment_secret</c>).</summary>
public sealed class ActionsEnvironmentSecret : CustomResource<ActionsEnvironmentSecretArgs>
{
    /// <summary>Registers the resource.</summary>
    /// <param name="name">The logical name, unique in the root.</param>
    /// <param name="args">The typed inputs.</param>
    /// <param name="options">Options; Parent is required.</param>
    public ActionsEnvironmentSecret(string name, ActionsEnvironmentSecretArgs args, ResourceOptions? options = null)
        : base("github_actions_environment_secret", "github:index/actionsEnvironmentSecret:ActionsEnvironmentSecret", name, args, options)
    {
    }

    /// <summary>The <c>created_at</c> attribute.</summary>
    public Output<string> CreatedAt => Attribute("created_at");

    /// <summary>The <c>updated_at</c> attribute.</summary>
    public Output<string> UpdatedAt => Attribute("updated_at");
}

/// <summary>Inputs of <see cref="ActionsEnvironmentSecret"/>.</summary>
public sealed partial record ActionsEnvironmentSecretArgs
{
    /// <summary>The value sealed with the environment's public key (base64), from a <c>secure:</c> config value.</summary>
    [Input("encrypted_value")]
    public required Input<string> EncryptedValue { get; init; }

    /// <summary>The environment.</summary>
    [Input("environment")]
    public required Input<string> Environment { get; init; }

    /// <summary>The <c>plaintext_value</c> argument.</summary>
    [Input("plaintext_value")]
    public Input<string>? PlaintextValue { get; init; }

    /// <summary>The repository name.</summary>
    [Input("repository")]
    public required string Repository { get; init; }

    /// <summary>The secret name.</summary>
    [Input("secret_name")]
    public required string SecretName { get; init; }
}
