using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>Inputs of <see cref="S3Object"/>.</summary>
public sealed record S3ObjectArgs
{
    /// <summary>The bucket's name.</summary>
    [Input("bucket")]
    public required Input<string> Bucket { get; init; }

    /// <summary>The object key.</summary>
    [Input("key")]
    public required string Key { get; init; }

    /// <summary>The file to upload.</summary>
    [Input("source")]
    public required FileValue Source { get; init; }

    /// <summary>The file's hash evaluated at plan time, so that an edit re-uploads (an ETag is not an MD5 under KMS encryption); Pulumi hashes the asset itself.</summary>
    [Input("source_hash", TerraformOnly = true)]
    public Expression? SourceHash { get; init; }

    /// <summary>The MIME type, e.g. <c>text/html</c>.</summary>
    [Input("content_type")]
    public string? ContentType { get; init; }
}
