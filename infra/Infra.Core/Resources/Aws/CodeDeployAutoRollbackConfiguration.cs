using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>The <c>auto_rollback_configuration</c> block of a CodeDeploy deployment group.</summary>
public sealed record CodeDeployAutoRollbackConfiguration
{
    /// <summary>Default true: roll back automatically.</summary>
    [Input("enabled")]
    public bool Enabled { get; init; } = true;

    /// <summary>The events that roll back, e.g. <c>DEPLOYMENT_FAILURE</c>, <c>DEPLOYMENT_STOP_ON_ALARM</c>.</summary>
    [Input("events")]
    public required IReadOnlyList<string> Events { get; init; }
}
