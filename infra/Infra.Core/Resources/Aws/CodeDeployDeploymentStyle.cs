using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>The <c>deployment_style</c> block of a CodeDeploy deployment group.</summary>
public sealed record CodeDeployDeploymentStyle
{
    /// <summary>Default <c>WITH_TRAFFIC_CONTROL</c>: CodeDeploy shifts the alias's traffic.</summary>
    [Input("deployment_option")]
    public string DeploymentOption { get; init; } = "WITH_TRAFFIC_CONTROL";

    /// <summary>Default <c>BLUE_GREEN</c>: the old version keeps serving until the shift ends.</summary>
    [Input("deployment_type")]
    public string DeploymentType { get; init; } = "BLUE_GREEN";
}
