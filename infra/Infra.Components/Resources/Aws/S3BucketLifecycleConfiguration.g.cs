// Generated from infra/Schemas/terraform-schema.json, infra/Schemas/pulumi-schema.json and
// infra/Infra.Generator/overrides.json (aws_s3_bucket_lifecycle_configuration) by `dotnet run --project infra/Infra.Generator`.
// Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).
// One file holds the resource, its args and its nested block types: generated files are exempt from one type per file.
// The records are partial: a hand-written half may add helpers (never inputs) beside them.

#nullable enable
#pragma warning disable CS0618 // Deprecated members of the schema are generated too.
using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>The lifecycle rules of an S3 bucket (expiry of objects and of noncurrent versions) (<c>aws_s3_bucket_lifecycle_configuration</c>).</summary>
public sealed class S3BucketLifecycleConfiguration : CustomResource<S3BucketLifecycleConfigurationArgs>
{
    /// <summary>Registers the resource.</summary>
    /// <param name="name">The logical name, unique in the root.</param>
    /// <param name="args">The typed inputs.</param>
    /// <param name="options">Options; Parent is required.</param>
    public S3BucketLifecycleConfiguration(string name, S3BucketLifecycleConfigurationArgs args, ResourceOptions? options = null)
        : base("aws_s3_bucket_lifecycle_configuration", "aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration", name, args, options)
    {
    }
}

/// <summary>Inputs of <see cref="S3BucketLifecycleConfiguration"/>.</summary>
public sealed partial record S3BucketLifecycleConfigurationArgs
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

    /// <summary>The lifecycle rules; S3 applies each enabled rule to the objects its filter selects.</summary>
    [Input("rule", Pulumi = "rules")]
    public required IReadOnlyList<S3LifecycleRule> Rules { get; init; }

    /// <summary>The <c>timeouts</c> block.</summary>
    [Input("timeouts")]
    public S3BucketLifecycleConfigurationTimeouts? Timeouts { get; init; }

    /// <summary>The <c>transition_default_minimum_object_size</c> argument.</summary>
    [Input("transition_default_minimum_object_size")]
    public Input<string>? TransitionDefaultMinimumObjectSize { get; init; }
}

/// <summary>When unfinished multipart uploads are aborted, so their parts stop being billed.</summary>
public sealed partial record S3AbortIncompleteMultipartUpload
{
    /// <summary>Days after the upload started.</summary>
    [Input("days_after_initiation")]
    public int? DaysAfterInitiation { get; init; }
}

/// <summary>When current versions expire (a delete marker replaces them in a versioned bucket).</summary>
public sealed partial record S3LifecycleExpiration
{
    /// <summary>The <c>date</c> argument.</summary>
    [Input("date")]
    public Input<string>? Date { get; init; }

    /// <summary>Days after creation.</summary>
    [Input("days")]
    public int? Days { get; init; }

    /// <summary>Remove a delete marker that no longer hides any version.</summary>
    [Input("expired_object_delete_marker")]
    public bool? ExpiredObjectDeleteMarker { get; init; }
}

/// <summary>A <c>and</c> block.</summary>
public sealed partial record S3LifecycleFilterAnd
{
    /// <summary>The <c>object_size_greater_than</c> argument.</summary>
    [Input("object_size_greater_than")]
    public int? ObjectSizeGreaterThan { get; init; }

    /// <summary>The <c>object_size_less_than</c> argument.</summary>
    [Input("object_size_less_than")]
    public int? ObjectSizeLessThan { get; init; }

    /// <summary>The <c>prefix</c> argument.</summary>
    [Input("prefix")]
    public Input<string>? Prefix { get; init; }

    /// <summary>The <c>tags</c> argument.</summary>
    [Input("tags")]
    public IReadOnlyDictionary<string, string>? Tags { get; init; }
}

/// <summary>A <c>tag</c> block.</summary>
public sealed partial record S3LifecycleFilterTag
{
    /// <summary>The <c>key</c> argument.</summary>
    [Input("key")]
    public required Input<string> Key { get; init; }

    /// <summary>The <c>value</c> argument.</summary>
    [Input("value")]
    public required Input<string> Value { get; init; }
}

/// <summary>The objects the rule applies to; an empty filter selects every object.</summary>
public sealed partial record S3LifecycleFilter
{
    /// <summary>The <c>and</c> blocks.</summary>
    [Input("and")]
    public IReadOnlyList<S3LifecycleFilterAnd>? And { get; init; }

    /// <summary>The <c>object_size_greater_than</c> argument.</summary>
    [Input("object_size_greater_than")]
    public int? ObjectSizeGreaterThan { get; init; }

    /// <summary>The <c>object_size_less_than</c> argument.</summary>
    [Input("object_size_less_than")]
    public int? ObjectSizeLessThan { get; init; }

    /// <summary>Only keys starting with this prefix.</summary>
    [Input("prefix")]
    public string? Prefix { get; init; }

    /// <summary>The <c>tag</c> blocks.</summary>
    [Input("tag")]
    public IReadOnlyList<S3LifecycleFilterTag>? Tag { get; init; }
}

/// <summary>When noncurrent (overwritten or deleted) versions are removed for good.</summary>
public sealed partial record S3NoncurrentVersionExpiration
{
    /// <summary>How many newer noncurrent versions are kept whatever their age.</summary>
    [Input("newer_noncurrent_versions")]
    public int? NewerNoncurrentVersions { get; init; }

    /// <summary>Days after a version becomes noncurrent.</summary>
    [Input("noncurrent_days")]
    public required int NoncurrentDays { get; init; }
}

/// <summary>A <c>noncurrent_version_transition</c> block.</summary>
public sealed partial record S3LifecycleRuleNoncurrentVersionTransition
{
    /// <summary>The <c>newer_noncurrent_versions</c> argument.</summary>
    [Input("newer_noncurrent_versions")]
    public int? NewerNoncurrentVersions { get; init; }

    /// <summary>The <c>noncurrent_days</c> argument.</summary>
    [Input("noncurrent_days")]
    public required int NoncurrentDays { get; init; }

    /// <summary>The <c>storage_class</c> argument.</summary>
    [Input("storage_class")]
    public required Input<string> StorageClass { get; init; }
}

/// <summary>A <c>transition</c> block.</summary>
public sealed partial record S3LifecycleRuleTransition
{
    /// <summary>The <c>date</c> argument.</summary>
    [Input("date")]
    public Input<string>? Date { get; init; }

    /// <summary>The <c>days</c> argument.</summary>
    [Input("days")]
    public int? Days { get; init; }

    /// <summary>The <c>storage_class</c> argument.</summary>
    [Input("storage_class")]
    public required Input<string> StorageClass { get; init; }
}

/// <summary>The lifecycle rules; S3 applies each enabled rule to the objects its filter selects.</summary>
public sealed partial record S3LifecycleRule
{
    /// <summary>When unfinished multipart uploads are aborted, so their parts stop being billed.</summary>
    [Input("abort_incomplete_multipart_upload")]
    public IReadOnlyList<S3AbortIncompleteMultipartUpload>? AbortIncompleteMultipartUpload { get; init; }

    /// <summary>When current versions expire (a delete marker replaces them in a versioned bucket).</summary>
    [Input("expiration")]
    public IReadOnlyList<S3LifecycleExpiration>? Expiration { get; init; }

    /// <summary>The objects the rule applies to; an empty filter selects every object.</summary>
    [Input("filter")]
    public IReadOnlyList<S3LifecycleFilter>? Filter { get; init; }

    /// <summary>The rule's name, unique in the bucket.</summary>
    [Input("id")]
    public required string Id { get; init; }

    /// <summary>When noncurrent (overwritten or deleted) versions are removed for good.</summary>
    [Input("noncurrent_version_expiration")]
    public IReadOnlyList<S3NoncurrentVersionExpiration>? NoncurrentVersionExpiration { get; init; }

    /// <summary>The <c>noncurrent_version_transition</c> blocks.</summary>
    [Input("noncurrent_version_transition", Pulumi = "noncurrentVersionTransitions")]
    public IReadOnlyList<S3LifecycleRuleNoncurrentVersionTransition>? NoncurrentVersionTransitions { get; init; }

    /// <summary>The <c>prefix</c> argument.</summary>
    [Input("prefix")]
    public Input<string>? Prefix { get; init; }

    /// <summary><c>Enabled</c> or <c>Disabled</c>.</summary>
    [Input("status")]
    public required string Status { get; init; }

    /// <summary>The <c>transition</c> blocks.</summary>
    [Input("transition", Pulumi = "transitions")]
    public IReadOnlyList<S3LifecycleRuleTransition>? Transitions { get; init; }
}

/// <summary>A <c>timeouts</c> block.</summary>
public sealed partial record S3BucketLifecycleConfigurationTimeouts
{
    /// <summary>The <c>create</c> argument.</summary>
    [Input("create")]
    public Input<string>? Create { get; init; }

    /// <summary>The <c>update</c> argument.</summary>
    [Input("update")]
    public Input<string>? Update { get; init; }
}
