using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>A <c>global_secondary_index</c> block.</summary>
public sealed record DynamoDbGlobalSecondaryIndex
{
    /// <summary>The index name.</summary>
    [Input("name")]
    public required string Name { get; init; }

    /// <summary>The index partition key.</summary>
    [Input("hash_key")]
    public required string HashKey { get; init; }

    /// <summary>The index sort key; none by default.</summary>
    [Input("range_key")]
    public string? RangeKey { get; init; }

    /// <summary>Default <c>ALL</c>: the index carries every attribute.</summary>
    [Input("projection_type")]
    public string ProjectionType { get; init; } = "ALL";
}
