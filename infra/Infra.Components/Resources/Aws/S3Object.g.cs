// Generated from infra/Schemas/terraform-schema.json, infra/Schemas/pulumi-schema.json and
// infra/Infra.Generator/overrides.json (aws_s3_object) by `dotnet run --project infra/Infra.Generator`.
// Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).
// One file holds the resource, its args and its nested block types: generated files are exempt from one type per file.
// The records are partial: a hand-written half may add helpers (never inputs) beside them.

#nullable enable
#pragma warning disable CS0618 // Deprecated members of the schema are generated too.
using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>An S3 object uploaded from a file (<c>aws_s3_object</c>).</summary>
public sealed class S3Object : CustomResource<S3ObjectArgs>
{
    /// <summary>Registers the resource.</summary>
    /// <param name="name">The logical name, unique in the root.</param>
    /// <param name="args">The typed inputs.</param>
    /// <param name="options">Options; Parent is required.</param>
    public S3Object(string name, S3ObjectArgs args, ResourceOptions? options = null)
        : base("aws_s3_object", "aws:s3/bucketObjectv2:BucketObjectv2", name, args, options)
    {
    }

    /// <summary>The <c>arn</c> attribute.</summary>
    public Output<string> Arn => Attribute("arn");

    /// <summary>The <c>checksum_crc32</c> attribute.</summary>
    public Output<string> ChecksumCrc32 => Attribute("checksum_crc32");

    /// <summary>The <c>checksum_crc32c</c> attribute.</summary>
    public Output<string> ChecksumCrc32c => Attribute("checksum_crc32c");

    /// <summary>The <c>checksum_crc64nvme</c> attribute.</summary>
    public Output<string> ChecksumCrc64nvme => Attribute("checksum_crc64nvme");

    /// <summary>The <c>checksum_sha1</c> attribute.</summary>
    public Output<string> ChecksumSha1 => Attribute("checksum_sha1");

    /// <summary>The <c>checksum_sha256</c> attribute.</summary>
    public Output<string> ChecksumSha256 => Attribute("checksum_sha256");

    /// <summary>The <c>key</c> attribute.</summary>
    public Output<string> Key => Attribute("key");

    /// <summary>The <c>version_id</c> attribute.</summary>
    public Output<string> VersionId => Attribute("version_id");
}

/// <summary>Inputs of <see cref="S3Object"/>.</summary>
public sealed partial record S3ObjectArgs
{
    /// <summary>The <c>acl</c> argument.</summary>
    [Input("acl")]
    public Input<string>? Acl { get; init; }

    /// <summary>The bucket's name.</summary>
    [Input("bucket")]
    public required Input<string> Bucket { get; init; }

    /// <summary>The <c>bucket_key_enabled</c> argument.</summary>
    [Input("bucket_key_enabled")]
    public bool? BucketKeyEnabled { get; init; }

    /// <summary>The <c>cache_control</c> argument.</summary>
    [Input("cache_control")]
    public Input<string>? CacheControl { get; init; }

    /// <summary>The <c>checksum_algorithm</c> argument.</summary>
    [Input("checksum_algorithm")]
    public Input<string>? ChecksumAlgorithm { get; init; }

    /// <summary>The <c>content</c> argument.</summary>
    [Input("content")]
    public Input<string>? Content { get; init; }

    /// <summary>The <c>content_base64</c> argument.</summary>
    [Input("content_base64")]
    public Input<string>? ContentBase64 { get; init; }

    /// <summary>The <c>content_disposition</c> argument.</summary>
    [Input("content_disposition")]
    public Input<string>? ContentDisposition { get; init; }

    /// <summary>The <c>content_encoding</c> argument.</summary>
    [Input("content_encoding")]
    public Input<string>? ContentEncoding { get; init; }

    /// <summary>The <c>content_language</c> argument.</summary>
    [Input("content_language")]
    public Input<string>? ContentLanguage { get; init; }

    /// <summary>The MIME type, e.g. <c>text/html</c>.</summary>
    [Input("content_type")]
    public string? ContentType { get; init; }

    /// <summary>The <c>etag</c> argument.</summary>
    [Input("etag")]
    public Input<string>? Etag { get; init; }

    /// <summary>The <c>force_destroy</c> argument.</summary>
    [Input("force_destroy")]
    public bool? ForceDestroy { get; init; }

    /// <summary>The object key.</summary>
    [Input("key")]
    public required string Key { get; init; }

    /// <summary>The <c>kms_key_id</c> argument.</summary>
    [Input("kms_key_id")]
    public Input<string>? KmsKeyId { get; init; }

    /// <summary>The <c>metadata</c> argument.</summary>
    [Input("metadata")]
    public IReadOnlyDictionary<string, string>? Metadata { get; init; }

    /// <summary>The <c>object_lock_legal_hold_status</c> argument.</summary>
    [Input("object_lock_legal_hold_status")]
    public Input<string>? ObjectLockLegalHoldStatus { get; init; }

    /// <summary>The <c>object_lock_mode</c> argument.</summary>
    [Input("object_lock_mode")]
    public Input<string>? ObjectLockMode { get; init; }

    /// <summary>The <c>object_lock_retain_until_date</c> argument.</summary>
    [Input("object_lock_retain_until_date")]
    public Input<string>? ObjectLockRetainUntilDate { get; init; }

    /// <summary>The <c>override_provider</c> block.</summary>
    [Input("override_provider")]
    public S3ObjectOverrideProvider? OverrideProvider { get; init; }

    /// <summary>The <c>region</c> argument.</summary>
    [Input("region")]
    public Input<string>? Region { get; init; }

    /// <summary>The <c>server_side_encryption</c> argument.</summary>
    [Input("server_side_encryption")]
    public Input<string>? ServerSideEncryption { get; init; }

    /// <summary>The file to upload.</summary>
    [Input("source")]
    public required FileValue Source { get; init; }

    /// <summary>The file's hash evaluated at plan time, so that an edit re-uploads (an ETag is not an MD5 under KMS encryption); Pulumi hashes the asset itself.</summary>
    [Input("source_hash", TerraformOnly = true)]
    public Expression? SourceHash { get; init; }

    /// <summary>The <c>storage_class</c> argument.</summary>
    [Input("storage_class")]
    public Input<string>? StorageClass { get; init; }

    /// <summary>The <c>tags</c> argument.</summary>
    [Input("tags")]
    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    /// <summary>The <c>tags_all</c> argument.</summary>
    [Input("tags_all", TerraformOnly = true)]
    public IReadOnlyDictionary<string, string>? TagsAll { get; init; }

    /// <summary>The <c>website_redirect</c> argument.</summary>
    [Input("website_redirect")]
    public Input<string>? WebsiteRedirect { get; init; }
}

/// <summary>A <c>default_tags</c> block.</summary>
public sealed partial record S3ObjectOverrideProviderDefaultTags
{
    /// <summary>The <c>tags</c> argument.</summary>
    [Input("tags")]
    public IReadOnlyDictionary<string, string>? Tags { get; init; }
}

/// <summary>A <c>override_provider</c> block.</summary>
public sealed partial record S3ObjectOverrideProvider
{
    /// <summary>The <c>default_tags</c> block.</summary>
    [Input("default_tags")]
    public S3ObjectOverrideProviderDefaultTags? DefaultTags { get; init; }
}
