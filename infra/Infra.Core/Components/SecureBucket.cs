using Infra.Model;
using Infra.Resources.Aws;

namespace Infra.Components;

/// <summary>
/// An S3 bucket as every bucket here must be: encrypted with the stack's key, versioned, public access blocked,
/// ACLs disabled, and a policy that refuses any request not made over TLS.
/// </summary>
public sealed class SecureBucket : ComponentResource
{
    /// <summary>Builds the bucket and its settings.</summary>
    public SecureBucket(string name, SecureBucketArgs args, ResourceOptions? options = null)
        : base("bbws:storage:SecureBucket", name, options)
    {
        AwsNameLimits.S3Bucket(nameof(args.BucketName), args.BucketName);
        // Never force_destroy: deleting a bucket that still holds objects must fail, not empty it.
        Bucket = new S3Bucket(name, new S3BucketArgs { Bucket = args.BucketName, ForceDestroy = false }, ChildOptions(args.Protect));
        var bucketName = Bucket.BucketName;
        if (args.Versioned)
        {
            _ = new S3BucketVersioning($"{name}-versioning", new S3BucketVersioningArgs
            {
                Bucket = bucketName,
                VersioningConfiguration = new S3VersioningConfiguration { Status = "Enabled" },
            }, ChildOptions());
        }

        _ = new S3BucketServerSideEncryptionConfiguration($"{name}-encryption", new S3BucketServerSideEncryptionConfigurationArgs
        {
            Bucket = bucketName,
            // A bucket key: S3 asks KMS for a data key per bucket, not per object (cheaper, fewer KMS throttles).
            Rules = [new S3EncryptionRule { ApplyServerSideEncryptionByDefault = new S3EncryptionByDefault { SseAlgorithm = "aws:kms", KmsMasterKeyId = args.KmsKeyArn }, BucketKeyEnabled = true }],
        }, ChildOptions());
        // No public access at all, and no ACLs: the bucket owner owns every object, access is by policy only.
        var publicAccessBlock = new S3BucketPublicAccessBlock($"{name}-public-access-block", new S3BucketPublicAccessBlockArgs
        {
            Bucket = bucketName,
            BlockPublicAcls = true,
            BlockPublicPolicy = true,
            IgnorePublicAcls = true,
            RestrictPublicBuckets = true,
        }, ChildOptions());
        _ = new S3BucketOwnershipControls($"{name}-ownership", new S3BucketOwnershipControlsArgs
        {
            Bucket = bucketName,
            Rule = new S3OwnershipRule { ObjectOwnership = "BucketOwnerEnforced" },
        }, ChildOptions());
        _ = new S3BucketPolicy($"{name}-policy", new S3BucketPolicyArgs
        {
            Bucket = bucketName,
            Policy = new PolicyDocument(new PolicyStatement
            {
                Sid = "DenyInsecureTransport",
                Effect = "Deny",
                Actions = ["s3:*"],
                Resources = [Bucket.Arn, Output.Format($"{Bucket.Arn}/*")],
                Principals = new Dictionary<string, IReadOnlyList<Input<string>>> { ["AWS"] = ["*"] },
                Conditions = [new PolicyCondition("Bool", "aws:SecureTransport", ["false"])],
                Reason = "Data in transit must be encrypted: any request without TLS is refused.",
            }),
        }, ChildOptions(dependsOn: [publicAccessBlock]));
    }

    /// <summary>The bucket.</summary>
    public S3Bucket Bucket { get; }

    /// <summary>The bucket's ARN.</summary>
    public Output<string> Arn => Bucket.Arn;
}
