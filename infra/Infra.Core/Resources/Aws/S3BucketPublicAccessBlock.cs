using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>The public access block of an S3 bucket (<c>aws_s3_bucket_public_access_block</c>).</summary>
public sealed class S3BucketPublicAccessBlock : CustomResource
{
    /// <summary>Registers the resource.</summary>
    public S3BucketPublicAccessBlock(string name, S3BucketPublicAccessBlockArgs args, ResourceOptions? options = null)
        : base("aws_s3_bucket_public_access_block", "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", name, args, options)
    {
        Args = args;
    }

    /// <summary>The typed inputs.</summary>
    public new S3BucketPublicAccessBlockArgs Args { get; }
}
