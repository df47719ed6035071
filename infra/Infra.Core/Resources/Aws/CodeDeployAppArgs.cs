using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>Inputs of <see cref="CodeDeployApp"/>.</summary>
public sealed record CodeDeployAppArgs
{
    /// <summary>The application name.</summary>
    [Input("name")]
    public required string Name { get; init; }

    /// <summary>Default <c>Lambda</c>: deployments shift traffic between Lambda versions.</summary>
    [Input("compute_platform")]
    public string ComputePlatform { get; init; } = "Lambda";
}
