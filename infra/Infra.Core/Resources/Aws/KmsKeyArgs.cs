using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>Inputs of <see cref="KmsKey"/>.</summary>
public sealed record KmsKeyArgs
{
    /// <summary>What the key protects.</summary>
    [Input("description")]
    public required string Description { get; init; }

    /// <summary>Default true: AWS rotates the key material yearly.</summary>
    [Input("enable_key_rotation")]
    public bool EnableKeyRotation { get; init; } = true;

    /// <summary>Default 30 days (the maximum) between scheduling deletion and deleting.</summary>
    [Input("deletion_window_in_days")]
    public int DeletionWindowInDays { get; init; } = 30;

    /// <summary>The key policy; default: the account's policy (IAM decides).</summary>
    [Input("policy")]
    public PolicyDocument? Policy { get; init; }
}
