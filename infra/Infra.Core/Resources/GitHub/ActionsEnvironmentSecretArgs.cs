using Infra.Model;

namespace Infra.Resources.GitHub;

/// <summary>Inputs of <see cref="ActionsEnvironmentSecret"/>.</summary>
public sealed record ActionsEnvironmentSecretArgs
{
    /// <summary>The repository name.</summary>
    [Input("repository")]
    public required string Repository { get; init; }

    /// <summary>The environment.</summary>
    [Input("environment")]
    public required Input<string> Environment { get; init; }

    /// <summary>The secret name.</summary>
    [Input("secret_name")]
    public required string SecretName { get; init; }

    /// <summary>The value sealed with the environment's public key (base64), from a <c>secure:</c> config value.</summary>
    [Input("encrypted_value")]
    public required Input<string> EncryptedValue { get; init; }
}
