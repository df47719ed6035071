// Generated from infra/Schemas/terraform-schema.json, infra/Schemas/pulumi-schema.json and
// infra/Infra.Generator/overrides.json (aws_s3_bucket_versioning) by `dotnet run --project infra/Infra.Generator`.
// Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).
// One file holds the resource, its args and its nested block types: generated files are exempt from one type per file.
// The records are partial: a hand-written half may add helpers (never inputs) beside them.

#nullable enable
#pragma warning disable CS0618 // Deprecated members of the schema are generated too.
using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>The versioning setting of an S3 bucket (<c>aws_s3_bucket_versioning</c>).</summary>
public sealed class S3BucketVersioning : CustomResource<S3BucketVersioningArgs>
{
    /// <summary>Registers the resource.</summary>
    /// <param name="name">The logical name, unique in the root.</param>
    /// <param name="args">The typed inputs.</param>
    /// <param name="options">Options; Parent is required.</param>
    public S3BucketVersioning(string name, S3BucketVersioningArgs args, ResourceOptions? options = null)
        : base("aws_s3_bucket_versioning", "aws:s3/bucketVersioning:BucketVersioning", name, args, options)
    {
    }
}

/// <summary>Inputs of <see cref="S3BucketVersioning"/>.</summary>
public sealed partial record S3BucketVersioningArgs
{
    /// <summary>The bucket's name.</summary>
    [Input("bucket")]
    public required Input<string> Bucket { get; init; }

    /// <summary>The <c>expected_bucket_owner</c> argument.</summary>
    [Input("expected_bucket_owner")]
    public Input<string>? ExpectedBucketOwner { get; init; }

    /// <summary>The <c>mfa</c> argument.</summary>
    [Input("mfa")]
    public Input<string>? Mfa { get; init; }

    /// <summary>The <c>region</c> argument.</summary>
    [Input("region")]
    public Input<string>? Region { get; init; }

    /// <summary>The versioning state.</summary>
    [Input("versioning_configuration")]
    public required S3VersioningConfiguration VersioningConfiguration { get; init; }
}

/// <summary>The versioning state.</summary>
public sealed partial record S3VersioningConfiguration
{
    /// <summary>The <c>mfa_delete</c> argument.</summary>
    [Input("mfa_delete")]
    public Input<string>? MfaDelete { get; init; }

    /// <summary><c>Enabled</c> or <c>Suspended</c>.</summary>
    [Input("status")]
    public required string Status { get; init; }
}
