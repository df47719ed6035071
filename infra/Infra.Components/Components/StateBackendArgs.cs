using Infra.Model;

namespace Infra.Components;

/// <summary>Arguments of <see cref="StateBackend"/>.</summary>
public sealed record StateBackendArgs
{
    /// <summary>The state bucket's name (globally unique, 3-63 lower-case characters).</summary>
    public required string BucketName { get; init; }

    /// <summary>The lock table's name.</summary>
    public required string LockTableName { get; init; }

    /// <summary>The ARN of the customer-managed key that encrypts the bucket and the table.</summary>
    public required Output<string> KmsKeyArn { get; init; }

    /// <summary>
    /// The alias ARN of <see cref="KmsKeyArn"/>, which the backends name as <c>kms_key_id</c>: the bucket refuses state
    /// written with any other encryption.
    /// </summary>
    public required string KmsKeyAliasArn { get; init; }

    /// <summary>Protect the bucket and table from deletion. Default false; true in prod.</summary>
    public bool Protect { get; init; }

    /// <summary>The bucket that receives the state bucket's S3 server access logs. Null: reads of state are not logged.</summary>
    public Input<string>? AccessLogBucket { get; init; }

    /// <summary>Rule findings accepted on the state bucket itself, each with a reason. Default: none.</summary>
    public IReadOnlyList<Suppression> BucketSuppressions { get; init; } = [];
}
