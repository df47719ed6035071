using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>The object ownership setting of an S3 bucket (ACLs disabled) (<c>aws_s3_bucket_ownership_controls</c>).</summary>
public sealed class S3BucketOwnershipControls : CustomResource
{
    /// <summary>Registers the resource.</summary>
    public S3BucketOwnershipControls(string name, S3BucketOwnershipControlsArgs args, ResourceOptions? options = null)
        : base("aws_s3_bucket_ownership_controls", "aws:s3/bucketOwnershipControls:BucketOwnershipControls", name, args, options)
    {
        Args = args;
    }

    /// <summary>The typed inputs.</summary>
    public new S3BucketOwnershipControlsArgs Args { get; }
}
