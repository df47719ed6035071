using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>The default encryption of an S3 bucket (<c>aws_s3_bucket_server_side_encryption_configuration</c>).</summary>
public sealed class S3BucketServerSideEncryptionConfiguration : CustomResource
{
    /// <summary>Registers the resource.</summary>
    public S3BucketServerSideEncryptionConfiguration(string name, S3BucketServerSideEncryptionConfigurationArgs args, ResourceOptions? options = null)
        : base("aws_s3_bucket_server_side_encryption_configuration", "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration", name, args, options)
    {
        Args = args;
    }

    /// <summary>The typed inputs.</summary>
    public new S3BucketServerSideEncryptionConfigurationArgs Args { get; }
}
