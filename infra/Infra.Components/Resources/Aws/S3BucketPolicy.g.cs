// Generated from infra/Schemas/terraform-schema.json, infra/Schemas/pulumi-schema.json and
// infra/Infra.Generator/overrides.json (aws_s3_bucket_policy) by `dotnet run --project infra/Infra.Generator`.
// Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).
// One file holds the resource, its args and its nested block types: generated files are exempt from one type per file.
// The records are partial: a hand-written half may add helpers (never inputs) beside them.

#nullable enable
#pragma warning disable CS0618 // Deprecated members of the schema are generated too.
using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>The resource policy of an S3 bucket (<c>aws_s3_bucket_policy</c>).</summary>
public sealed class S3BucketPolicy : CustomResource<S3BucketPolicyArgs>
{
    /// <summary>Registers the resource.</summary>
    /// <param name="name">The logical name, unique in the root.</param>
    /// <param name="args">The typed inputs.</param>
    /// <param name="options">Options; Parent is required.</param>
    public S3BucketPolicy(string name, S3BucketPolicyArgs args, ResourceOptions? options = null)
        : base("aws_s3_bucket_policy", "aws:s3/bucketPolicy:BucketPolicy", name, args, options)
    {
    }
}

/// <summary>Inputs of <see cref="S3BucketPolicy"/>.</summary>
public sealed partial record S3BucketPolicyArgs
{
    /// <summary>The bucket's name.</summary>
    [Input("bucket")]
    public required Input<string> Bucket { get; init; }

    /// <summary>The bucket policy.</summary>
    [Input("policy")]
    public required PolicyDocument Policy { get; init; }

    /// <summary>The <c>region</c> argument.</summary>
    [Input("region")]
    public Input<string>? Region { get; init; }
}
