using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>Inputs of <see cref="S3BucketOwnershipControls"/>.</summary>
public sealed record S3BucketOwnershipControlsArgs
{
    /// <summary>The bucket's name.</summary>
    [Input("bucket")]
    public required Input<string> Bucket { get; init; }

    /// <summary>The ownership rule; default <c>BucketOwnerEnforced</c>, which disables ACLs.</summary>
    [Input("rule")]
    public S3OwnershipRule Rule { get; init; } = new();
}
