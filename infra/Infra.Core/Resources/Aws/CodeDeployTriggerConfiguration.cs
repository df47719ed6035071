using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>A <c>trigger_configuration</c> block of a CodeDeploy deployment group.</summary>
public sealed record CodeDeployTriggerConfiguration
{
    /// <summary>The trigger's name.</summary>
    [Input("trigger_name")]
    public required string TriggerName { get; init; }

    /// <summary>The SNS topic notified.</summary>
    [Input("trigger_target_arn")]
    public required Input<string> TriggerTargetArn { get; init; }

    /// <summary>The deployment events notified.</summary>
    [Input("trigger_events")]
    public required IReadOnlyList<string> TriggerEvents { get; init; }
}
