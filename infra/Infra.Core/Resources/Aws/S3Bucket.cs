using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>An S3 bucket (<c>aws_s3_bucket</c>).</summary>
public sealed class S3Bucket : CustomResource
{
    /// <summary>Registers the resource.</summary>
    public S3Bucket(string name, S3BucketArgs args, ResourceOptions? options = null)
        : base("aws_s3_bucket", "aws:s3/bucket:Bucket", name, args, options)
    {
        Args = args;
    }

    /// <summary>The typed inputs.</summary>
    public new S3BucketArgs Args { get; }

    /// <inheritdoc />
    public override bool IsStateful => true;

    /// <summary>The <c>arn</c> attribute.</summary>
    public Output<string> Arn => Attribute("arn");

    /// <summary>The <c>bucket</c> attribute.</summary>
    public Output<string> BucketName => Attribute("bucket");

    /// <summary>The <c>bucket_regional_domain_name</c> attribute.</summary>
    public Output<string> RegionalDomainName => Attribute("bucket_regional_domain_name");
}
