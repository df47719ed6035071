// Generated from infra/Schemas/terraform-schema.json, infra/Schemas/pulumi-schema.json and
// infra/Infra.Generator/overrides.json (aws_s3_bucket) by `dotnet run --project infra/Infra.Generator`.
// Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).
// One file holds the resource, its args and its nested block types: generated files are exempt from one type per file.
// The records are partial: a hand-written half may add helpers (never inputs) beside them.

#nullable enable
#pragma warning disable CS0618 // Deprecated members of the schema are generated too.
using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>An S3 bucket (<c>aws_s3_bucket</c>).</summary>
public sealed class S3Bucket : CustomResource<S3BucketArgs>
{
    /// <summary>Registers the resource.</summary>
    /// <param name="name">The logical name, unique in the root.</param>
    /// <param name="args">The typed inputs.</param>
    /// <param name="options">Options; Parent is required.</param>
    public S3Bucket(string name, S3BucketArgs args, ResourceOptions? options = null)
        : base("aws_s3_bucket", "aws:s3/bucket:Bucket", name, args, options)
    {
    }

    /// <inheritdoc />
    public override bool IsStateful => true;

    /// <summary>The <c>arn</c> attribute.</summary>
    public Output<string> Arn => Attribute("arn");

    /// <summary>The <c>bucket_domain_name</c> attribute.</summary>
    public Output<string> BucketDomainName => Attribute("bucket_domain_name");

    /// <summary>The <c>bucket</c> attribute.</summary>
    public Output<string> BucketName => Attribute("bucket");

    /// <summary>The <c>bucket_region</c> attribute.</summary>
    public Output<string> BucketRegion => Attribute("bucket_region");

    /// <summary>The <c>hosted_zone_id</c> attribute.</summary>
    public Output<string> HostedZoneId => Attribute("hosted_zone_id");

    /// <summary>The <c>bucket_regional_domain_name</c> attribute.</summary>
    public Output<string> RegionalDomainName => Attribute("bucket_regional_domain_name");

    /// <summary>The <c>website_domain</c> attribute.</summary>
    public Output<string> WebsiteDomain => Attribute("website_domain");

    /// <summary>The <c>website_endpoint</c> attribute.</summary>
    public Output<string> WebsiteEndpoint => Attribute("website_endpoint");
}

/// <summary>Inputs of <see cref="S3Bucket"/>.</summary>
public sealed partial record S3BucketArgs
{
    /// <summary>The <c>acceleration_status</c> argument.</summary>
    [Input("acceleration_status")]
    public Input<string>? AccelerationStatus { get; init; }

    /// <summary>The <c>acl</c> argument.</summary>
    [Input("acl")]
    public Input<string>? Acl { get; init; }

    /// <summary>The globally unique bucket name (3-63 lower-case characters).</summary>
    [Input("bucket")]
    public required string Bucket { get; init; }

    /// <summary>The <c>bucket_prefix</c> argument.</summary>
    [Input("bucket_prefix")]
    public Input<string>? BucketPrefix { get; init; }

    /// <summary>The <c>cors_rule</c> blocks.</summary>
    [Input("cors_rule", Pulumi = "corsRules")]
    public IReadOnlyList<S3BucketCorsRule>? CorsRules { get; init; }

    /// <summary>Delete all objects when the bucket is destroyed; false when unset.</summary>
    [Input("force_destroy")]
    public bool? ForceDestroy { get; init; }

    /// <summary>The <c>grant</c> blocks.</summary>
    [Input("grant", Pulumi = "grants")]
    public IReadOnlyList<S3BucketGrant>? Grants { get; init; }

    /// <summary>The <c>lifecycle_rule</c> blocks.</summary>
    [Input("lifecycle_rule", Pulumi = "lifecycleRules")]
    public IReadOnlyList<S3BucketLifecycleRule>? LifecycleRules { get; init; }

    /// <summary>The <c>logging</c> block.</summary>
    [Input("logging")]
    public S3BucketLogging? Logging { get; init; }

    /// <summary>The <c>object_lock_configuration</c> block.</summary>
    [Input("object_lock_configuration")]
    public S3BucketObjectLockConfiguration? ObjectLockConfiguration { get; init; }

    /// <summary>The <c>object_lock_enabled</c> argument.</summary>
    [Input("object_lock_enabled")]
    public bool? ObjectLockEnabled { get; init; }

    /// <summary>The <c>policy</c> argument.</summary>
    [Input("policy")]
    public Input<string>? Policy { get; init; }

    /// <summary>The <c>region</c> argument.</summary>
    [Input("region")]
    public Input<string>? Region { get; init; }

    /// <summary>The <c>replication_configuration</c> block.</summary>
    [Input("replication_configuration")]
    public S3BucketReplicationConfiguration? ReplicationConfiguration { get; init; }

    /// <summary>The <c>request_payer</c> argument.</summary>
    [Input("request_payer")]
    public Input<string>? RequestPayer { get; init; }

    /// <summary>The <c>server_side_encryption_configuration</c> block.</summary>
    [Input("server_side_encryption_configuration")]
    public S3BucketServerSideEncryptionConfigurationBlock? ServerSideEncryptionConfiguration { get; init; }

    /// <summary>Tags beyond the provider's default tags.</summary>
    [Input("tags")]
    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    /// <summary>The <c>tags_all</c> argument.</summary>
    [Input("tags_all", TerraformOnly = true)]
    public IReadOnlyDictionary<string, string>? TagsAll { get; init; }

    /// <summary>The <c>timeouts</c> block.</summary>
    [Input("timeouts", TerraformOnly = true)]
    public S3BucketTimeouts? Timeouts { get; init; }

    /// <summary>The <c>versioning</c> block.</summary>
    [Input("versioning")]
    public S3BucketVersioningBlock? Versioning { get; init; }

    /// <summary>The <c>website</c> block.</summary>
    [Input("website")]
    public S3BucketWebsite? Website { get; init; }
}

/// <summary>A <c>cors_rule</c> block.</summary>
public sealed partial record S3BucketCorsRule
{
    /// <summary>The <c>allowed_headers</c> argument.</summary>
    [Input("allowed_headers")]
    public IReadOnlyList<string>? AllowedHeaders { get; init; }

    /// <summary>The <c>allowed_methods</c> argument.</summary>
    [Input("allowed_methods")]
    public required IReadOnlyList<string> AllowedMethods { get; init; }

    /// <summary>The <c>allowed_origins</c> argument.</summary>
    [Input("allowed_origins")]
    public required IReadOnlyList<string> AllowedOrigins { get; init; }

    /// <summary>The <c>expose_headers</c> argument.</summary>
    [Input("expose_headers")]
    public IReadOnlyList<string>? ExposeHeaders { get; init; }

    /// <summary>The <c>max_age_seconds</c> argument.</summary>
    [Input("max_age_seconds")]
    public int? MaxAgeSeconds { get; init; }
}

/// <summary>A <c>grant</c> block.</summary>
public sealed partial record S3BucketGrant
{
    /// <summary>The <c>id</c> argument.</summary>
    [Input("id")]
    public Input<string>? Id { get; init; }

    /// <summary>The <c>permissions</c> argument.</summary>
    [Input("permissions")]
    public required IReadOnlyList<string> Permissions { get; init; }

    /// <summary>The <c>type</c> argument.</summary>
    [Input("type")]
    public required Input<string> Type { get; init; }

    /// <summary>The <c>uri</c> argument.</summary>
    [Input("uri")]
    public Input<string>? Uri { get; init; }
}

/// <summary>A <c>expiration</c> block.</summary>
public sealed partial record S3BucketLifecycleRuleExpiration
{
    /// <summary>The <c>date</c> argument.</summary>
    [Input("date")]
    public Input<string>? Date { get; init; }

    /// <summary>The <c>days</c> argument.</summary>
    [Input("days")]
    public int? Days { get; init; }

    /// <summary>The <c>expired_object_delete_marker</c> argument.</summary>
    [Input("expired_object_delete_marker")]
    public bool? ExpiredObjectDeleteMarker { get; init; }
}

/// <summary>A <c>noncurrent_version_expiration</c> block.</summary>
public sealed partial record S3BucketLifecycleRuleNoncurrentVersionExpiration
{
    /// <summary>The <c>days</c> argument.</summary>
    [Input("days")]
    public int? Days { get; init; }
}

/// <summary>A <c>noncurrent_version_transition</c> block.</summary>
public sealed partial record S3BucketLifecycleRuleNoncurrentVersionTransition
{
    /// <summary>The <c>days</c> argument.</summary>
    [Input("days")]
    public int? Days { get; init; }

    /// <summary>The <c>storage_class</c> argument.</summary>
    [Input("storage_class")]
    public required Input<string> StorageClass { get; init; }
}

/// <summary>A <c>transition</c> block.</summary>
public sealed partial record S3BucketLifecycleRuleTransition
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

/// <summary>A <c>lifecycle_rule</c> block.</summary>
public sealed partial record S3BucketLifecycleRule
{
    /// <summary>The <c>abort_incomplete_multipart_upload_days</c> argument.</summary>
    [Input("abort_incomplete_multipart_upload_days")]
    public int? AbortIncompleteMultipartUploadDays { get; init; }

    /// <summary>The <c>enabled</c> argument.</summary>
    [Input("enabled")]
    public required bool Enabled { get; init; }

    /// <summary>The <c>expiration</c> block.</summary>
    [Input("expiration")]
    public S3BucketLifecycleRuleExpiration? Expiration { get; init; }

    /// <summary>The <c>id</c> argument.</summary>
    [Input("id")]
    public Input<string>? Id { get; init; }

    /// <summary>The <c>noncurrent_version_expiration</c> block.</summary>
    [Input("noncurrent_version_expiration")]
    public S3BucketLifecycleRuleNoncurrentVersionExpiration? NoncurrentVersionExpiration { get; init; }

    /// <summary>The <c>noncurrent_version_transition</c> blocks.</summary>
    [Input("noncurrent_version_transition", Pulumi = "noncurrentVersionTransitions")]
    public IReadOnlyList<S3BucketLifecycleRuleNoncurrentVersionTransition>? NoncurrentVersionTransitions { get; init; }

    /// <summary>The <c>prefix</c> argument.</summary>
    [Input("prefix")]
    public Input<string>? Prefix { get; init; }

    /// <summary>The <c>tags</c> argument.</summary>
    [Input("tags")]
    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    /// <summary>The <c>transition</c> blocks.</summary>
    [Input("transition", Pulumi = "transitions")]
    public IReadOnlyList<S3BucketLifecycleRuleTransition>? Transitions { get; init; }
}

/// <summary>A <c>logging</c> block.</summary>
public sealed partial record S3BucketLogging
{
    /// <summary>The <c>target_bucket</c> argument.</summary>
    [Input("target_bucket")]
    public required Input<string> TargetBucket { get; init; }

    /// <summary>The <c>target_prefix</c> argument.</summary>
    [Input("target_prefix")]
    public Input<string>? TargetPrefix { get; init; }
}

/// <summary>A <c>default_retention</c> block.</summary>
public sealed partial record S3BucketObjectLockConfigurationRuleDefaultRetention
{
    /// <summary>The <c>days</c> argument.</summary>
    [Input("days")]
    public int? Days { get; init; }

    /// <summary>The <c>mode</c> argument.</summary>
    [Input("mode")]
    public required Input<string> Mode { get; init; }

    /// <summary>The <c>years</c> argument.</summary>
    [Input("years")]
    public int? Years { get; init; }
}

/// <summary>A <c>rule</c> block.</summary>
public sealed partial record S3BucketObjectLockConfigurationRule
{
    /// <summary>The <c>default_retention</c> block.</summary>
    [Input("default_retention")]
    public required S3BucketObjectLockConfigurationRuleDefaultRetention DefaultRetention { get; init; }
}

/// <summary>A <c>object_lock_configuration</c> block.</summary>
public sealed partial record S3BucketObjectLockConfiguration
{
    /// <summary>The <c>object_lock_enabled</c> argument.</summary>
    [Input("object_lock_enabled")]
    public Input<string>? ObjectLockEnabled { get; init; }

    /// <summary>The <c>rule</c> block.</summary>
    [Input("rule")]
    public S3BucketObjectLockConfigurationRule? Rule { get; init; }
}

/// <summary>A <c>access_control_translation</c> block.</summary>
public sealed partial record S3BucketReplicationConfigurationRulesDestinationAccessControlTranslation
{
    /// <summary>The <c>owner</c> argument.</summary>
    [Input("owner")]
    public required Input<string> Owner { get; init; }
}

/// <summary>A <c>metrics</c> block.</summary>
public sealed partial record S3BucketReplicationConfigurationRulesDestinationMetrics
{
    /// <summary>The <c>minutes</c> argument.</summary>
    [Input("minutes")]
    public int? Minutes { get; init; }

    /// <summary>The <c>status</c> argument.</summary>
    [Input("status")]
    public Input<string>? Status { get; init; }
}

/// <summary>A <c>replication_time</c> block.</summary>
public sealed partial record S3BucketReplicationConfigurationRulesDestinationReplicationTime
{
    /// <summary>The <c>minutes</c> argument.</summary>
    [Input("minutes")]
    public int? Minutes { get; init; }

    /// <summary>The <c>status</c> argument.</summary>
    [Input("status")]
    public Input<string>? Status { get; init; }
}

/// <summary>A <c>destination</c> block.</summary>
public sealed partial record S3BucketReplicationConfigurationRulesDestination
{
    /// <summary>The <c>access_control_translation</c> block.</summary>
    [Input("access_control_translation")]
    public S3BucketReplicationConfigurationRulesDestinationAccessControlTranslation? AccessControlTranslation { get; init; }

    /// <summary>The <c>account_id</c> argument.</summary>
    [Input("account_id")]
    public Input<string>? AccountId { get; init; }

    /// <summary>The <c>bucket</c> argument.</summary>
    [Input("bucket")]
    public required Input<string> Bucket { get; init; }

    /// <summary>The <c>metrics</c> block.</summary>
    [Input("metrics")]
    public S3BucketReplicationConfigurationRulesDestinationMetrics? Metrics { get; init; }

    /// <summary>The <c>replica_kms_key_id</c> argument.</summary>
    [Input("replica_kms_key_id")]
    public Input<string>? ReplicaKmsKeyId { get; init; }

    /// <summary>The <c>replication_time</c> block.</summary>
    [Input("replication_time")]
    public S3BucketReplicationConfigurationRulesDestinationReplicationTime? ReplicationTime { get; init; }

    /// <summary>The <c>storage_class</c> argument.</summary>
    [Input("storage_class")]
    public Input<string>? StorageClass { get; init; }
}

/// <summary>A <c>filter</c> block.</summary>
public sealed partial record S3BucketReplicationConfigurationRulesFilter
{
    /// <summary>The <c>prefix</c> argument.</summary>
    [Input("prefix")]
    public Input<string>? Prefix { get; init; }

    /// <summary>The <c>tags</c> argument.</summary>
    [Input("tags")]
    public IReadOnlyDictionary<string, string>? Tags { get; init; }
}

/// <summary>A <c>sse_kms_encrypted_objects</c> block.</summary>
public sealed partial record S3BucketReplicationConfigurationRulesSourceSelectionCriteriaSseKmsEncryptedObjects
{
    /// <summary>The <c>enabled</c> argument.</summary>
    [Input("enabled")]
    public required bool Enabled { get; init; }
}

/// <summary>A <c>source_selection_criteria</c> block.</summary>
public sealed partial record S3BucketReplicationConfigurationRulesSourceSelectionCriteria
{
    /// <summary>The <c>sse_kms_encrypted_objects</c> block.</summary>
    [Input("sse_kms_encrypted_objects")]
    public S3BucketReplicationConfigurationRulesSourceSelectionCriteriaSseKmsEncryptedObjects? SseKmsEncryptedObjects { get; init; }
}

/// <summary>A <c>rules</c> block.</summary>
public sealed partial record S3BucketReplicationConfigurationRules
{
    /// <summary>The <c>delete_marker_replication_status</c> argument.</summary>
    [Input("delete_marker_replication_status")]
    public Input<string>? DeleteMarkerReplicationStatus { get; init; }

    /// <summary>The <c>destination</c> block.</summary>
    [Input("destination")]
    public required S3BucketReplicationConfigurationRulesDestination Destination { get; init; }

    /// <summary>The <c>filter</c> block.</summary>
    [Input("filter")]
    public S3BucketReplicationConfigurationRulesFilter? Filter { get; init; }

    /// <summary>The <c>id</c> argument.</summary>
    [Input("id")]
    public Input<string>? Id { get; init; }

    /// <summary>The <c>prefix</c> argument.</summary>
    [Input("prefix")]
    public Input<string>? Prefix { get; init; }

    /// <summary>The <c>priority</c> argument.</summary>
    [Input("priority")]
    public int? Priority { get; init; }

    /// <summary>The <c>source_selection_criteria</c> block.</summary>
    [Input("source_selection_criteria")]
    public S3BucketReplicationConfigurationRulesSourceSelectionCriteria? SourceSelectionCriteria { get; init; }

    /// <summary>The <c>status</c> argument.</summary>
    [Input("status")]
    public required Input<string> Status { get; init; }
}

/// <summary>A <c>replication_configuration</c> block.</summary>
public sealed partial record S3BucketReplicationConfiguration
{
    /// <summary>The <c>role</c> argument.</summary>
    [Input("role")]
    public required Input<string> Role { get; init; }

    /// <summary>The <c>rules</c> blocks.</summary>
    [Input("rules")]
    public required IReadOnlyList<S3BucketReplicationConfigurationRules> Rules { get; init; }
}

/// <summary>A <c>apply_server_side_encryption_by_default</c> block.</summary>
public sealed partial record S3BucketServerSideEncryptionConfigurationBlockRuleApplyServerSideEncryptionByDefault
{
    /// <summary>The <c>kms_master_key_id</c> argument.</summary>
    [Input("kms_master_key_id")]
    public Input<string>? KmsMasterKeyId { get; init; }

    /// <summary>The <c>sse_algorithm</c> argument.</summary>
    [Input("sse_algorithm")]
    public required Input<string> SseAlgorithm { get; init; }
}

/// <summary>A <c>rule</c> block.</summary>
public sealed partial record S3BucketServerSideEncryptionConfigurationBlockRule
{
    /// <summary>The <c>apply_server_side_encryption_by_default</c> block.</summary>
    [Input("apply_server_side_encryption_by_default")]
    public required S3BucketServerSideEncryptionConfigurationBlockRuleApplyServerSideEncryptionByDefault ApplyServerSideEncryptionByDefault { get; init; }

    /// <summary>The <c>bucket_key_enabled</c> argument.</summary>
    [Input("bucket_key_enabled")]
    public bool? BucketKeyEnabled { get; init; }
}

/// <summary>A <c>server_side_encryption_configuration</c> block.</summary>
public sealed partial record S3BucketServerSideEncryptionConfigurationBlock
{
    /// <summary>The <c>rule</c> block.</summary>
    [Input("rule")]
    public required S3BucketServerSideEncryptionConfigurationBlockRule Rule { get; init; }
}

/// <summary>A <c>timeouts</c> block.</summary>
public sealed partial record S3BucketTimeouts
{
    /// <summary>The <c>create</c> argument.</summary>
    [Input("create", TerraformOnly = true)]
    public Input<string>? Create { get; init; }

    /// <summary>The <c>delete</c> argument.</summary>
    [Input("delete", TerraformOnly = true)]
    public Input<string>? Delete { get; init; }

    /// <summary>The <c>read</c> argument.</summary>
    [Input("read", TerraformOnly = true)]
    public Input<string>? Read { get; init; }

    /// <summary>The <c>update</c> argument.</summary>
    [Input("update", TerraformOnly = true)]
    public Input<string>? Update { get; init; }
}

/// <summary>A <c>versioning</c> block.</summary>
public sealed partial record S3BucketVersioningBlock
{
    /// <summary>The <c>enabled</c> argument.</summary>
    [Input("enabled")]
    public bool? Enabled { get; init; }

    /// <summary>The <c>mfa_delete</c> argument.</summary>
    [Input("mfa_delete")]
    public bool? MfaDelete { get; init; }
}

/// <summary>A <c>website</c> block.</summary>
public sealed partial record S3BucketWebsite
{
    /// <summary>The <c>error_document</c> argument.</summary>
    [Input("error_document")]
    public Input<string>? ErrorDocument { get; init; }

    /// <summary>The <c>index_document</c> argument.</summary>
    [Input("index_document")]
    public Input<string>? IndexDocument { get; init; }

    /// <summary>The <c>redirect_all_requests_to</c> argument.</summary>
    [Input("redirect_all_requests_to")]
    public Input<string>? RedirectAllRequestsTo { get; init; }

    /// <summary>The <c>routing_rules</c> argument.</summary>
    [Input("routing_rules")]
    public Input<string>? RoutingRules { get; init; }
}
