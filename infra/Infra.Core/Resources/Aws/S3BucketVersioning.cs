using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>The versioning setting of an S3 bucket (<c>aws_s3_bucket_versioning</c>).</summary>
public sealed class S3BucketVersioning : CustomResource
{
    /// <summary>Registers the resource.</summary>
    public S3BucketVersioning(string name, S3BucketVersioningArgs args, ResourceOptions? options = null)
        : base("aws_s3_bucket_versioning", "aws:s3/bucketVersioning:BucketVersioning", name, args, options)
    {
        Args = args;
    }

    /// <summary>The typed inputs.</summary>
    public new S3BucketVersioningArgs Args { get; }
}
