using Infra.Resources.Aws;

namespace Infra.Components;

/// <summary>Arguments of <see cref="EncryptionKey"/>.</summary>
public sealed record EncryptionKeyArgs
{
    /// <summary>The alias name without <c>alias/</c>, e.g. <c>2-1-bbws-dev</c>.</summary>
    public required string AliasName { get; init; }

    /// <summary>What the key protects, for the key's description.</summary>
    public required string Description { get; init; }

    /// <summary>Let SES use the key to publish this account's configuration-set events to topics it encrypts. Default false.</summary>
    public bool SesPublishesToTopics { get; init; }

    /// <summary>Protect the key from deletion. Default false; true in prod.</summary>
    public bool Protect { get; init; }

    /// <summary>
    /// Key policy statements beyond the key's own (account administration, CloudWatch Logs and alarms, SES), appended
    /// after them, e.g. another account's roles decrypting through one service only. Each must name its Principals and
    /// carry its Reason. Default: none.
    /// </summary>
    public IReadOnlyList<PolicyStatement> AdditionalStatements { get; init; } = [];
}
