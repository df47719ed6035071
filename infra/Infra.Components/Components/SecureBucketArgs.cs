using Infra.Model;
using Infra.Resources.Aws;

namespace Infra.Components;

/// <summary>Arguments of <see cref="SecureBucket"/>.</summary>
public sealed record SecureBucketArgs
{
    /// <summary>The bucket's name (globally unique, 3-63 lower-case characters).</summary>
    public required string BucketName { get; init; }

    /// <summary>
    /// The ARN of the customer-managed key for default encryption. Null only for an access-log bucket
    /// (<see cref="LogDelivery"/> set), which S3 encrypts with its own keys (SSE-S3).
    /// </summary>
    public Output<string>? KmsKeyArn { get; init; }

    /// <summary>
    /// The alias ARN of <see cref="KmsKeyArn"/>, when writers may use no other encryption: the bucket policy then refuses
    /// a put that asks for another algorithm or another key. Null: a put may choose its own encryption.
    /// </summary>
    public string? EnforcedKeyAliasArn { get; init; }

    /// <summary>Keep every version of every object. Default true: state and templates must survive an overwrite.</summary>
    public bool Versioned { get; init; } = true;

    /// <summary>Protect the bucket from deletion. Default false; true in prod.</summary>
    public bool Protect { get; init; }

    /// <summary>
    /// The bucket that receives this bucket's S3 server access logs (under the prefix <c>{BucketName}/</c>); its
    /// <see cref="LogDelivery"/> must name this bucket. Null: requests are not logged.
    /// </summary>
    public Input<string>? AccessLogBucket { get; init; }

    /// <summary>
    /// Makes this bucket an access-log target for the buckets named: SSE-S3 default encryption instead of a KMS key (S3's
    /// log delivery writes under SSE-KMS only with a customer-managed key whose policy admits it) and a policy statement
    /// that admits S3's log delivery for those buckets only. Null: an ordinary bucket.
    /// </summary>
    public AccessLogDelivery? LogDelivery { get; init; }

    /// <summary>
    /// Days a noncurrent (overwritten or deleted) version is kept before S3 removes it for good. Default 90.
    /// </summary>
    public int NoncurrentVersionDays { get; init; } = 90;

    /// <summary>
    /// How many of the newest noncurrent versions of each object are kept whatever their age. Default null: age alone
    /// decides.
    /// </summary>
    public int? NoncurrentVersionsKept { get; init; }

    /// <summary>
    /// Days after which current objects expire (a delete marker hides them; the noncurrent rule then removes them).
    /// Default null: current objects never expire.
    /// </summary>
    public int? ObjectExpiryDays { get; init; }

    /// <summary>
    /// Lifecycle rules beyond the bucket's own (noncurrent-version expiry, aborted uploads), e.g. expiry of objects
    /// with a tag. Default: none.
    /// </summary>
    public IReadOnlyList<S3LifecycleRule> LifecycleRules { get; init; } = [];

    /// <summary>
    /// Bucket policy statements beyond the bucket's own (TLS only, the enforced key, log delivery), appended after them,
    /// e.g. another account's roles reading one folder. Each must name its Principals, Actions and Resources (ARNs
    /// of this bucket) and carry its Reason. Default: none.
    /// </summary>
    public IReadOnlyList<PolicyStatement> AdditionalStatements { get; init; } = [];

    /// <summary>Rule findings accepted on the bucket itself (not its settings or policy), each with a reason. Default: none.</summary>
    public IReadOnlyList<Suppression> BucketSuppressions { get; init; } = [];
}
