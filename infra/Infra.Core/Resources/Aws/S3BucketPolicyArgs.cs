using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>Inputs of <see cref="S3BucketPolicy"/>.</summary>
public sealed record S3BucketPolicyArgs
{
    /// <summary>The bucket's name.</summary>
    [Input("bucket")]
    public required Input<string> Bucket { get; init; }

    /// <summary>The bucket policy.</summary>
    [Input("policy")]
    public required PolicyDocument Policy { get; init; }
}
