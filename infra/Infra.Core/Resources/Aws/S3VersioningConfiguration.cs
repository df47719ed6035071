using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>The <c>versioning_configuration</c> block.</summary>
public sealed record S3VersioningConfiguration
{
    /// <summary><c>Enabled</c> or <c>Suspended</c>.</summary>
    [Input("status")]
    public required string Status { get; init; }
}
