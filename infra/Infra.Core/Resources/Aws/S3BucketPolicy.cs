using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>The resource policy of an S3 bucket (<c>aws_s3_bucket_policy</c>).</summary>
public sealed class S3BucketPolicy : CustomResource
{
    /// <summary>Registers the resource.</summary>
    public S3BucketPolicy(string name, S3BucketPolicyArgs args, ResourceOptions? options = null)
        : base("aws_s3_bucket_policy", "aws:s3/bucketPolicy:BucketPolicy", name, args, options)
    {
        Args = args;
    }

    /// <summary>The typed inputs.</summary>
    public new S3BucketPolicyArgs Args { get; }
}
