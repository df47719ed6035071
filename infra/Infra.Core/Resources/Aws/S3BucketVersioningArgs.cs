using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>Inputs of <see cref="S3BucketVersioning"/>.</summary>
public sealed record S3BucketVersioningArgs
{
    /// <summary>The bucket's name.</summary>
    [Input("bucket")]
    public required Input<string> Bucket { get; init; }

    /// <summary>The versioning state.</summary>
    [Input("versioning_configuration")]
    public required S3VersioningConfiguration VersioningConfiguration { get; init; }
}
