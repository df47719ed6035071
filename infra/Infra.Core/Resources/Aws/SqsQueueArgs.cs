using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>Inputs of <see cref="SqsQueue"/>.</summary>
public sealed record SqsQueueArgs
{
    /// <summary>The queue name.</summary>
    [Input("name")]
    public required string Name { get; init; }

    /// <summary>The KMS key that encrypts messages at rest.</summary>
    [Input("kms_master_key_id")]
    public Input<string>? KmsMasterKeyId { get; init; }

    /// <summary>How long a received message stays invisible; at least six times the consumer's timeout.</summary>
    [Input("visibility_timeout_seconds")]
    public int? VisibilityTimeoutSeconds { get; init; }

    /// <summary>How long a message is kept.</summary>
    [Input("message_retention_seconds")]
    public int? MessageRetentionSeconds { get; init; }

    /// <summary>Where messages go after too many failed receives.</summary>
    [Input("redrive_policy")]
    public SqsRedrivePolicy? RedrivePolicy { get; init; }
}
