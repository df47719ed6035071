// Generated from infra/Schemas/terraform-schema.json, infra/Schemas/pulumi-schema.json and
// infra/Infra.Generator/overrides.json (aws_s3_bucket_ownership_controls) by `dotnet run --project infra/Infra.Generator`.
// Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).
// One file holds the resource, its args and its nested block types: generated files are exempt from one type per file.
// The records are partial: a hand-written half may add helpers (never inputs) beside them.

#nullable enable
#pragma warning disable CS0618 // Deprecated members of the schema are generated too.
using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>The object ownership setting of an S3 bucket (ACLs disabled) (<c>aws_s3_bucket_ownership_controls</c>).</summary>
public sealed class S3BucketOwnershipControls : CustomResource<S3BucketOwnershipControlsArgs>
{
    /// <summary>Registers the resource.</summary>
    /// <param name="name">The logical name, unique in the root.</param>
    /// <param name="args">The typed inputs.</param>
    /// <param name="options">Options; Parent is required.</param>
    public S3BucketOwnershipControls(string name, S3BucketOwnershipControlsArgs args, ResourceOptions? options = null)
        : base("aws_s3_bucket_ownership_controls", "aws:s3/bucketOwnershipControls:BucketOwnershipControls", name, args, options)
    {
    }
}

/// <summary>Inputs of <see cref="S3BucketOwnershipControls"/>.</summary>
public sealed partial record S3BucketOwnershipControlsArgs
{
    /// <summary>The bucket's name.</summary>
    [Input("bucket")]
    public required Input<string> Bucket { get; init; }

    /// <summary>The <c>region</c> argument.</summary>
    [Input("region")]
    public Input<string>? Region { get; init; }

    /// <summary>The ownership rule.</summary>
    [Input("rule")]
    public required S3OwnershipRule Rule { get; init; }
}

/// <summary>The ownership rule.</summary>
public sealed partial record S3OwnershipRule
{
    /// <summary><c>BucketOwnerEnforced</c> (ACLs disabled, the bucket owner owns every object), <c>BucketOwnerPreferred</c> or <c>ObjectWriter</c>.</summary>
    [Input("object_ownership")]
    public required string ObjectOwnership { get; init; }
}
