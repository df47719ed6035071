using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>The <c>rule</c> block of a bucket's ownership controls.</summary>
public sealed record S3OwnershipRule
{
    /// <summary>Default <c>BucketOwnerEnforced</c>: ACLs are disabled and the bucket owner owns every object.</summary>
    [Input("object_ownership")]
    public string ObjectOwnership { get; init; } = "BucketOwnerEnforced";
}
