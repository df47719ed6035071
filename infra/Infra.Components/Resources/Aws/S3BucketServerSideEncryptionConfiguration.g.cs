// Generated from infra/Schemas/terraform-schema.json, infra/Schemas/pulumi-schema.json and
// infra/Infra.Generator/overrides.json (aws_s3_bucket_server_side_encryption_configuration) by `dotnet run --project infra/Infra.Generator`.
// Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).
// One file holds the resource, its args and its nested block types: generated files are exempt from one type per file.
// The records are partial: a hand-written half may add helpers (never inputs) beside them.

#nullable enable
#pragma warning disable CS0618 // Deprecated members of the schema are generated too.
using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>The default encryption of an S3 bucket (<c>aws_s3_bucket_server_side_encryption_configuration</c>).</summary>
public sealed class S3BucketServerSideEncryptionConfiguration : CustomResource<S3BucketServerSideEncryptionConfigurationArgs>
{
    /// <summary>Registers the resource.</summary>
    /// <param name="name">The logical name, unique in the root.</param>
    /// <param name="args">The typed inputs.</param>
    /// <param name="options">Options; Parent is required.</param>
    public S3BucketServerSideEncryptionConfiguration(string name, S3BucketServerSideEncryptionConfigurationArgs args, ResourceOptions? options = null)
        : base("aws_s3_bucket_server_side_encryption_configuration", "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration", name, args, options)
    {
    }
}

/// <summary>Inputs of <see cref="S3BucketServerSideEncryptionConfiguration"/>.</summary>
public sealed partial record S3BucketServerSideEncryptionConfigurationArgs
{
    /// <summary>The bucket's name.</summary>
    [Input("bucket")]
    public required Input<string> Bucket { get; init; }

    /// <summary>The <c>expected_bucket_owner</c> argument.</summary>
    [Input("expected_bucket_owner")]
    public Input<string>? ExpectedBucketOwner { get; init; }

    /// <summary>The <c>region</c> argument.</summary>
    [Input("region")]
    public Input<string>? Region { get; init; }

    /// <summary>The encryption rules (one is enough).</summary>
    [Input("rule", Pulumi = "rules")]
    public required IReadOnlyList<S3EncryptionRule> Rules { get; init; }
}

/// <summary>The default encryption applied to new objects.</summary>
public sealed partial record S3EncryptionByDefault
{
    /// <summary>The KMS key ARN; required with <c>aws:kms</c> for a customer-managed key.</summary>
    [Input("kms_master_key_id")]
    public Input<string>? KmsMasterKeyId { get; init; }

    /// <summary><c>aws:kms</c> (with a customer-managed key) or <c>AES256</c>.</summary>
    [Input("sse_algorithm")]
    public required string SseAlgorithm { get; init; }
}

/// <summary>The encryption rules (one is enough).</summary>
public sealed partial record S3EncryptionRule
{
    /// <summary>The default encryption applied to new objects.</summary>
    [Input("apply_server_side_encryption_by_default")]
    public required S3EncryptionByDefault ApplyServerSideEncryptionByDefault { get; init; }

    /// <summary>The <c>blocked_encryption_types</c> argument.</summary>
    [Input("blocked_encryption_types")]
    public IReadOnlyList<string>? BlockedEncryptionTypes { get; init; }

    /// <summary>Use an S3 bucket key, which cuts KMS requests.</summary>
    [Input("bucket_key_enabled")]
    public bool? BucketKeyEnabled { get; init; }
}
