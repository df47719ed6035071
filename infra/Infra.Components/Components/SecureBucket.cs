using Infra.Model;
using Infra.Resources.Aws;

namespace Infra.Components;

/// <summary>
/// An S3 bucket as every bucket here must be: encrypted with the stack's key, versioned, public access blocked,
/// ACLs disabled, a policy that refuses any request not made over TLS, and a lifecycle that removes noncurrent versions
/// after a set time and aborts unfinished uploads; optionally its requests logged to an access-log bucket. An
/// access-log bucket (<see cref="SecureBucketArgs.LogDelivery"/>) is the same but encrypted with SSE-S3, and admits
/// S3's log delivery from the buckets it names.
/// </summary>
public sealed class SecureBucket : ComponentResource
{
    /// <summary>Builds the bucket and its settings.</summary>
    public SecureBucket(string name, SecureBucketArgs args, ResourceOptions? options = null)
        : base("bbws:storage:SecureBucket", name, options)
    {
        AwsNameLimits.S3Bucket(nameof(args.BucketName), args.BucketName);
        Validate(args);

        // Never force_destroy: deleting a bucket that still holds objects must fail, not empty it.
        Bucket = new S3Bucket(name, new S3BucketArgs { Bucket = args.BucketName, ForceDestroy = false }, ChildOptions(args.Protect) with { Suppressions = args.BucketSuppressions });
        var bucketName = Bucket.BucketName;
        S3BucketVersioning? versioning = null;
        if (args.Versioned)
        {
            versioning = new S3BucketVersioning($"{name}-versioning", new S3BucketVersioningArgs
            {
                Bucket = bucketName,
                VersioningConfiguration = new S3VersioningConfiguration { Status = "Enabled" },
            }, ChildOptions());
        }

        _ = new S3BucketServerSideEncryptionConfiguration($"{name}-encryption", new S3BucketServerSideEncryptionConfigurationArgs
        {
            Bucket = bucketName,
            Rules = [args.KmsKeyArn is { } keyArn

                // A bucket key: S3 asks KMS for a data key per bucket, not per object (cheaper, fewer KMS throttles).
                ? new S3EncryptionRule { ApplyServerSideEncryptionByDefault = new S3EncryptionByDefault { SseAlgorithm = "aws:kms", KmsMasterKeyId = keyArn }, BucketKeyEnabled = true }
                : new S3EncryptionRule { ApplyServerSideEncryptionByDefault = new S3EncryptionByDefault { SseAlgorithm = "AES256" } }],
        }, ChildOptions());
        _ = new S3BucketLifecycleConfiguration($"{name}-lifecycle", new S3BucketLifecycleConfigurationArgs
        {
            Bucket = bucketName,
            Rules = [Housekeeping(args), .. args.LifecycleRules],

            // S3 rejects noncurrent-version rules racing the first versioning configuration (provider documentation).
        }, versioning is null ? ChildOptions() : ChildOptions(dependsOn: [versioning]));
        if (args.AccessLogBucket is { } logBucket)
        {
            _ = new S3BucketAccessLogging($"{name}-access-logging", new S3BucketAccessLoggingArgs
            {
                Bucket = bucketName,
                TargetBucket = logBucket,
                TargetPrefix = $"{args.BucketName}/",
            }, ChildOptions());
        }
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
            statements.AddRange(KeyOnlyWrites(Output.Format($"{Bucket.Arn}/*"), args.KmsKeyArn!, alias));
        }

        if (args.LogDelivery is { } delivery)
        {
            statements.Add(new PolicyStatement
            {
                Sid = "AllowServerAccessLogDelivery",
                Effect = "Allow",
                Actions = ["s3:PutObject"],
                Resources = [Output.Format($"{Bucket.Arn}/*")],
                Principals = new Dictionary<string, IReadOnlyList<Input<string>>> { ["Service"] = ["logging.s3.amazonaws.com"] },
                Conditions =
                [
                    new PolicyCondition("StringEquals", "aws:SourceAccount", [Root.Stack.AccountId]),
                    new PolicyCondition("ArnLike", "aws:SourceArn", [.. delivery.SourceBuckets.Order(StringComparer.Ordinal).Select(b => $"arn:aws:s3:::{b}")]),
                ],
                Reason = "S3 delivers server access logs as its logging service: admitted only for the named buckets of this account, so no other bucket can fill this one.",
            });
        }

        statements.AddRange(args.AdditionalStatements);
        _ = new S3BucketPolicy($"{name}-policy", new S3BucketPolicyArgs
        {
            Bucket = bucketName,
            Policy = new PolicyDocument(statements),
        }, ChildOptions(dependsOn: [publicAccessBlock]));
    }

    private static Dictionary<string, IReadOnlyList<Input<string>>> Everyone => new() { ["AWS"] = ["*"] };

    private static void Validate(SecureBucketArgs args)
    {
        if ((args.KmsKeyArn is null) == (args.LogDelivery is null))
        {
            throw new ArgumentException($"bucket {args.BucketName}: set KmsKeyArn (an ordinary bucket, encrypted with the stack's key) or LogDelivery (an access-log bucket, encrypted with SSE-S3), exactly one of them.", nameof(args));
        }

        if (args.LogDelivery is not null && args.EnforcedKeyAliasArn is not null)
        {
            throw new ArgumentException($"bucket {args.BucketName}: an access-log bucket uses no KMS key, so EnforcedKeyAliasArn cannot be set.", nameof(args));
        }

        if (args.LogDelivery is { SourceBuckets.Count: 0 })
        {
            throw new ArgumentException($"bucket {args.BucketName}: LogDelivery names no source bucket: list the buckets whose access logs it receives.", nameof(args));
        }

        foreach (var statement in args.AdditionalStatements)
        {
            // A literal of this bucket only: a statement on another bucket would be refused by S3 at apply.
            var foreign = statement.Resources.FirstOrDefault(r => r.Value is not { } arn || (arn != $"arn:aws:s3:::{args.BucketName}" && !arn.StartsWith($"arn:aws:s3:::{args.BucketName}/", StringComparison.Ordinal)));
            if (statement.Principals.Count == 0 || statement.Actions.Count == 0 || statement.Resources.Count == 0 || foreign is not null)
            {
                throw new ArgumentException($"bucket {args.BucketName}: the additional bucket policy statement '{statement.Sid ?? statement.Reason}' must name Principals, Actions and Resources, each resource written as arn:aws:s3:::{args.BucketName} or an ARN under it: a bucket policy says who may do what with this bucket.", nameof(args));
            }
        }

        if (args.NoncurrentVersionDays < 1 || args.NoncurrentVersionsKept is < 1 || args.ObjectExpiryDays is < 1)
        {
            throw new ArgumentException($"bucket {args.BucketName}: NoncurrentVersionDays, NoncurrentVersionsKept and ObjectExpiryDays must be at least 1 (S3 refuses 0).", nameof(args));
        }
    }

    // One rule for every object (an empty filter): noncurrent versions go after their period, unfinished multipart
    // uploads after 7 days (their parts are billed but invisible), and either current objects after their expiry or,
    // without one, delete markers no version sits behind any more.
    private static S3LifecycleRule Housekeeping(SecureBucketArgs args) => new()
    {
        Id = "housekeeping",
        Status = "Enabled",
        Filter = [new S3LifecycleFilter()],
        NoncurrentVersionExpiration = [new S3NoncurrentVersionExpiration { NoncurrentDays = args.NoncurrentVersionDays, NewerNoncurrentVersions = args.NoncurrentVersionsKept }],
        AbortIncompleteMultipartUpload = [new S3AbortIncompleteMultipartUpload { DaysAfterInitiation = 7 }],
        Expiration = [args.ObjectExpiryDays is { } days ? new S3LifecycleExpiration { Days = days } : new S3LifecycleExpiration { ExpiredObjectDeleteMarker = true }],
    };

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
