using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>Inputs of <see cref="S3BucketPublicAccessBlock"/>. Every setting defaults to true: no public access at all.</summary>
public sealed record S3BucketPublicAccessBlockArgs
{
    /// <summary>The bucket's name.</summary>
    [Input("bucket")]
    public required Input<string> Bucket { get; init; }

    /// <summary>Refuse public ACLs.</summary>
    [Input("block_public_acls")]
    public bool BlockPublicAcls { get; init; } = true;

    /// <summary>Refuse public bucket policies.</summary>
    [Input("block_public_policy")]
    public bool BlockPublicPolicy { get; init; } = true;

    /// <summary>Ignore existing public ACLs.</summary>
    [Input("ignore_public_acls")]
    public bool IgnorePublicAcls { get; init; } = true;

    /// <summary>Restrict access to buckets with public policies.</summary>
    [Input("restrict_public_buckets")]
    public bool RestrictPublicBuckets { get; init; } = true;
}
