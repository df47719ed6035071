using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>The <c>alarm_configuration</c> block of a CodeDeploy deployment group.</summary>
public sealed record CodeDeployAlarmConfiguration
{
    /// <summary>Default true: an alarm in ALARM state stops the deployment.</summary>
    [Input("enabled")]
    public bool Enabled { get; init; } = true;

    /// <summary>The alarm names.</summary>
    [Input("alarms")]
    public required IReadOnlyList<Input<string>> Alarms { get; init; }
}
