// Generated from infra/Schemas/terraform-schema.json, infra/Schemas/pulumi-schema.json and
// infra/Infra.Generator/overrides.json (aws_s3_bucket_logging) by `dotnet run --project infra/Infra.Generator`.
// Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).
// One file holds the resource, its args and its nested block types: generated files are exempt from one type per file.
// The records are partial: a hand-written half may add helpers (never inputs) beside them.

#nullable enable
#pragma warning disable CS0618 // Deprecated members of the schema are generated too.
using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>The server access logging of an S3 bucket: where S3 delivers a record of each request (<c>aws_s3_bucket_logging</c>).</summary>
public sealed class S3BucketAccessLogging : CustomResource<S3BucketAccessLoggingArgs>
{
    /// <summary>Registers the resource.</summary>
    /// <param name="name">The logical name, unique in the root.</param>
    /// <param name="args">The typed inputs.</param>
    /// <param name="options">Options; Parent is required.</param>
    public S3BucketAccessLogging(string name, S3BucketAccessLoggingArgs args, ResourceOptions? options = null)
        : base("aws_s3_bucket_logging", "aws:s3/bucketLogging:BucketLogging", name, args, options)
    {
    }
}

/// <summary>Inputs of <see cref="S3BucketAccessLogging"/>.</summary>
public sealed partial record S3BucketAccessLoggingArgs
{
    /// <summary>The logged bucket's name.</summary>
    [Input("bucket")]
    public required Input<string> Bucket { get; init; }

    /// <summary>The <c>expected_bucket_owner</c> argument.</summary>
    [Input("expected_bucket_owner")]
    public Input<string>? ExpectedBucketOwner { get; init; }

    /// <summary>The <c>region</c> argument.</summary>
    [Input("region")]
    public Input<string>? Region { get; init; }

    /// <summary>The bucket the logs are delivered to (same account and region).</summary>
    [Input("target_bucket")]
    public required Input<string> TargetBucket { get; init; }

    /// <summary>The <c>target_grant</c> blocks.</summary>
    [Input("target_grant", Pulumi = "targetGrants")]
    public IReadOnlyList<S3BucketAccessLoggingTargetGrant>? TargetGrants { get; init; }

    /// <summary>The <c>target_object_key_format</c> block.</summary>
    [Input("target_object_key_format")]
    public S3BucketAccessLoggingTargetObjectKeyFormat? TargetObjectKeyFormat { get; init; }

    /// <summary>The key prefix of the delivered log objects.</summary>
    [Input("target_prefix")]
    public required string TargetPrefix { get; init; }
}

/// <summary>A <c>grantee</c> block.</summary>
public sealed partial record S3BucketAccessLoggingTargetGrantGrantee
{
    /// <summary>The <c>email_address</c> argument.</summary>
    [Input("email_address")]
    public Input<string>? EmailAddress { get; init; }

    /// <summary>The <c>id</c> argument.</summary>
    [Input("id")]
    public Input<string>? Id { get; init; }

    /// <summary>The <c>type</c> argument.</summary>
    [Input("type")]
    public required Input<string> Type { get; init; }

    /// <summary>The <c>uri</c> argument.</summary>
    [Input("uri")]
    public Input<string>? Uri { get; init; }
}

/// <summary>A <c>target_grant</c> block.</summary>
public sealed partial record S3BucketAccessLoggingTargetGrant
{
    /// <summary>The <c>grantee</c> block.</summary>
    [Input("grantee")]
    public required S3BucketAccessLoggingTargetGrantGrantee Grantee { get; init; }

    /// <summary>The <c>permission</c> argument.</summary>
    [Input("permission")]
    public required Input<string> Permission { get; init; }
}

/// <summary>A <c>partitioned_prefix</c> block.</summary>
public sealed partial record S3BucketAccessLoggingTargetObjectKeyFormatPartitionedPrefix
{
    /// <summary>The <c>partition_date_source</c> argument.</summary>
    [Input("partition_date_source")]
    public required Input<string> PartitionDateSource { get; init; }
}

/// <summary>A <c>simple_prefix</c> block.</summary>
public sealed partial record S3BucketAccessLoggingTargetObjectKeyFormatSimplePrefix : IPropertySource
{
    /// <summary>An empty block: present, with no arguments.</summary>
    public PropertyValue ToPropertyValue() => new ObjectValue([]);
}

/// <summary>A <c>target_object_key_format</c> block.</summary>
public sealed partial record S3BucketAccessLoggingTargetObjectKeyFormat
{
    /// <summary>The <c>partitioned_prefix</c> block.</summary>
    [Input("partitioned_prefix")]
    public S3BucketAccessLoggingTargetObjectKeyFormatPartitionedPrefix? PartitionedPrefix { get; init; }

    /// <summary>The <c>simple_prefix</c> block.</summary>
    [Input("simple_prefix")]
    public S3BucketAccessLoggingTargetObjectKeyFormatSimplePrefix? SimplePrefix { get; init; }
}
