using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>Inputs of <see cref="SnsTopic"/>.</summary>
public sealed record SnsTopicArgs
{
    /// <summary>The topic name.</summary>
    [Input("name")]
    public required string Name { get; init; }

    /// <summary>The KMS key that encrypts messages at rest.</summary>
    [Input("kms_master_key_id")]
    public Input<string>? KmsMasterKeyId { get; init; }

    /// <summary>The name shown in e-mail notifications.</summary>
    [Input("display_name")]
    public string? DisplayName { get; init; }
}
