using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>Inputs of <see cref="DynamoDbTable"/>.</summary>
public sealed record DynamoDbTableArgs
{
    /// <summary>The table name.</summary>
    [Input("name")]
    public required string Name { get; init; }

    /// <summary>Default <c>PAY_PER_REQUEST</c> (on demand): no capacity to plan.</summary>
    [Input("billing_mode")]
    public string BillingMode { get; init; } = "PAY_PER_REQUEST";

    /// <summary>The partition key attribute.</summary>
    [Input("hash_key")]
    public required string HashKey { get; init; }

    /// <summary>The sort key attribute; none by default.</summary>
    [Input("range_key")]
    public string? RangeKey { get; init; }

    /// <summary>Every key attribute (of the table and its indexes) with its type.</summary>
    [Input("attribute", Pulumi = "attributes")]
    public required IReadOnlyList<DynamoDbAttribute> Attributes { get; init; }

    /// <summary>Global secondary indexes; none by default.</summary>
    [Input("global_secondary_index", Pulumi = "globalSecondaryIndexes")]
    public IReadOnlyList<DynamoDbGlobalSecondaryIndex>? GlobalSecondaryIndexes { get; init; }

    /// <summary>Refuse DeleteTable while set. Default: true.</summary>
    [Input("deletion_protection_enabled")]
    public bool DeletionProtectionEnabled { get; init; } = true;

    /// <summary>Point-in-time recovery; default on.</summary>
    [Input("point_in_time_recovery")]
    public DynamoDbPointInTimeRecovery PointInTimeRecovery { get; init; } = new();

    /// <summary>Encryption at rest with a customer-managed key when one is given.</summary>
    [Input("server_side_encryption")]
    public DynamoDbServerSideEncryption? ServerSideEncryption { get; init; }
}
