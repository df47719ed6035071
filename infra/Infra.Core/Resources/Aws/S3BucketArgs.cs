using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>Inputs of <see cref="S3Bucket"/>.</summary>
public sealed record S3BucketArgs
{
    /// <summary>The globally unique bucket name (3-63 lower-case characters).</summary>
    [Input("bucket")]
    public required string Bucket { get; init; }

    /// <summary>Delete all objects when the bucket is destroyed. Default false: a bucket with data cannot be destroyed by accident.</summary>
    [Input("force_destroy")]
    public bool ForceDestroy { get; init; }

    /// <summary>Tags beyond the provider's default tags.</summary>
    [Input("tags")]
    public IReadOnlyDictionary<string, string>? Tags { get; init; }
}
