using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>A <c>rule</c> block of a bucket's encryption configuration.</summary>
public sealed record S3EncryptionRule
{
    /// <summary>The default encryption applied to new objects.</summary>
    [Input("apply_server_side_encryption_by_default")]
    public required S3EncryptionByDefault ApplyServerSideEncryptionByDefault { get; init; }

    /// <summary>Use an S3 bucket key, which cuts KMS requests. Default: true.</summary>
    [Input("bucket_key_enabled")]
    public bool BucketKeyEnabled { get; init; } = true;
}
