// Generated from infra/Schemas/terraform-schema.json, infra/Schemas/pulumi-schema.json and
// infra/Infra.Generator/overrides.json (aws_s3_bucket_public_access_block) by `dotnet run --project infra/Infra.Generator`.
// Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).
// One file holds the resource, its args and its nested block types: generated files are exempt from one type per file.
// The records are partial: a hand-written half may add helpers (never inputs) beside them.

#nullable enable
#pragma warning disable CS0618 // Deprecated members of the schema are generated too.
using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>The public access block of an S3 bucket (<c>aws_s3_bucket_public_access_block</c>).</summary>
public sealed class S3BucketPublicAccessBlock : CustomResource<S3BucketPublicAccessBlockArgs>
{
    /// <summary>Registers the resource.</summary>
    /// <param name="name">The logical name, unique in the root.</param>
    /// <param name="args">The typed inputs.</param>
    /// <param name="options">Options; Parent is required.</param>
    public S3BucketPublicAccessBlock(string name, S3BucketPublicAccessBlockArgs args, ResourceOptions? options = null)
        : base("aws_s3_bucket_public_access_block", "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", name, args, options)
    {
    }
}

/// <summary>Inputs of <see cref="S3BucketPublicAccessBlock"/>.</summary>
public sealed partial record S3BucketPublicAccessBlockArgs
{
    /// <summary>Refuse public ACLs.</summary>
    [Input("block_public_acls")]
    public bool? BlockPublicAcls { get; init; }

    /// <summary>Refuse public bucket policies.</summary>
    [Input("block_public_policy")]
    public bool? BlockPublicPolicy { get; init; }

    /// <summary>The bucket's name.</summary>
    [Input("bucket")]
    public required Input<string> Bucket { get; init; }

    /// <summary>Ignore existing public ACLs.</summary>
    [Input("ignore_public_acls")]
    public bool? IgnorePublicAcls { get; init; }

    /// <summary>The <c>region</c> argument.</summary>
    [Input("region")]
    public Input<string>? Region { get; init; }

    /// <summary>Restrict access to buckets with public policies.</summary>
    [Input("restrict_public_buckets")]
    public bool? RestrictPublicBuckets { get; init; }

    /// <summary>The <c>skip_destroy</c> argument.</summary>
    [Input("skip_destroy")]
    public bool? SkipDestroy { get; init; }
}
