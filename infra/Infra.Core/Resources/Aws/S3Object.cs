using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>An S3 object uploaded from a file (<c>aws_s3_object</c>).</summary>
public sealed class S3Object : CustomResource
{
    /// <summary>Registers the resource.</summary>
    public S3Object(string name, S3ObjectArgs args, ResourceOptions? options = null)
        : base("aws_s3_object", "aws:s3/bucketObjectv2:BucketObjectv2", name, args, options)
    {
        Args = args;
    }

    /// <summary>The typed inputs.</summary>
    public new S3ObjectArgs Args { get; }

    /// <summary>The <c>key</c> attribute.</summary>
    public Output<string> Key => Attribute("key");
}
