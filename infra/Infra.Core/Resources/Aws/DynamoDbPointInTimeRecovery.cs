using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>The <c>point_in_time_recovery</c> block.</summary>
public sealed record DynamoDbPointInTimeRecovery
{
    /// <summary>Default true: the table can be restored to any second of the last 35 days.</summary>
    [Input("enabled")]
    public bool Enabled { get; init; } = true;
}
