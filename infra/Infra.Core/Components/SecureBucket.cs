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
        var statements = new List<PolicyStatement>
        {
            new()
            {
                Sid = "DenyInsecureTransport",
                Effect = "Deny",
                Actions = ["s3:*"],
                Resources = [Bucket.Arn, Output.Format($"{Bucket.Arn}/*")],
                Principals = Everyone,
                Conditions = [new PolicyCondition("Bool", "aws:SecureTransport", ["false"])],
                Reason = "Data in transit must be encrypted: any request without TLS is refused.",
            },
        };
        if (args.EnforcedKeyAliasArn is { } alias)
        {
            statements.AddRange(KeyOnlyWrites(Output.Format($"{Bucket.Arn}/*"), args.KmsKeyArn, alias));
        }

        _ = new S3BucketPolicy($"{name}-policy", new S3BucketPolicyArgs
        {
            Bucket = bucketName,
            Policy = new PolicyDocument(statements),
        }, ChildOptions(dependsOn: [publicAccessBlock]));
    }

    private static Dictionary<string, IReadOnlyList<Input<string>>> Everyone => new() { ["AWS"] = ["*"] };

    // A put without encryption headers takes the bucket default (the key); one with headers overrides it, so the headers
    // are checked when present (S3 user guide, "Requiring SSE-KMS for all objects written to a bucket"). s3:PutObject
    // also authorizes CopyObject and CreateMultipartUpload, which carry the same headers. Each deny pairs its test with
    // "Null": false (the header is present), because a negated operator, with or without IfExists, is true when the
    // key is absent and would refuse the header-less puts the bucket default encrypts correctly.
    private static IEnumerable<PolicyStatement> KeyOnlyWrites(Input<string> objects, Output<string> keyArn, string aliasArn)
    {
        const string Algorithm = "s3:x-amz-server-side-encryption";
        const string KeyId = "s3:x-amz-server-side-encryption-aws-kms-key-id";
        yield return new PolicyStatement
        {
            Sid = "DenyOtherEncryption",
            Effect = "Deny",
            Actions = ["s3:PutObject"],
            Resources = [objects],
            Principals = Everyone,
            Conditions = [new PolicyCondition("Null", Algorithm, ["false"]), new PolicyCondition("StringNotEquals", Algorithm, ["aws:kms"])],
            Reason = "A put asking for AES256 or DSSE would store the object without the bucket's key: only SSE-KMS is accepted.",
        };
        yield return new PolicyStatement
        {
            Sid = "DenyOtherKeys",
            Effect = "Deny",
            Actions = ["s3:PutObject"],
            Resources = [objects],
            Principals = Everyone,

            // Writers name the key by its alias ARN (the Terraform backend's kms_key_id, a literal known before the key
            // exists) or by its key ARN, so both are accepted; any other key is refused.
            Conditions = [new PolicyCondition("Null", KeyId, ["false"]), new PolicyCondition("StringNotEquals", KeyId, [aliasArn]) { References = [keyArn] }],
            Reason = "A put naming another KMS key would encrypt the object with a key whose policy this stack does not control.",
        };
        yield return new PolicyStatement
        {
            Sid = "DenyAwsManagedKey",
            Effect = "Deny",
            Actions = ["s3:PutObject"],
            Resources = [objects],
            Principals = Everyone,
            Conditions = [new PolicyCondition("StringEquals", Algorithm, ["aws:kms"]), new PolicyCondition("Null", KeyId, ["true"])],
            Reason = "A put asking for aws:kms without naming a key is encrypted with the AWS managed key aws/s3, not the bucket default (S3 API reference, PutObject).",
        };
    }

    /// <summary>The bucket.</summary>
    public S3Bucket Bucket { get; }

    /// <summary>The bucket's ARN.</summary>
    public Output<string> Arn => Bucket.Arn;
}
