using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>Inputs of <see cref="S3BucketServerSideEncryptionConfiguration"/>.</summary>
public sealed record S3BucketServerSideEncryptionConfigurationArgs
{
    /// <summary>The bucket's name.</summary>
    [Input("bucket")]
    public required Input<string> Bucket { get; init; }

    /// <summary>The encryption rules (one is enough).</summary>
    [Input("rule", Pulumi = "rules")]
    public required IReadOnlyList<S3EncryptionRule> Rules { get; init; }
}
