using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>Inputs of <see cref="CodeDeployDeploymentGroup"/>.</summary>
public sealed record CodeDeployDeploymentGroupArgs
{
    /// <summary>The CodeDeploy application's name.</summary>
    [Input("app_name")]
    public required Input<string> AppName { get; init; }

    /// <summary>The group name.</summary>
    [Input("deployment_group_name")]
    public required string DeploymentGroupName { get; init; }

    /// <summary>The role CodeDeploy assumes to shift traffic and read alarms.</summary>
    [Input("service_role_arn")]
    public required Input<string> ServiceRoleArn { get; init; }

    /// <summary>How traffic shifts, e.g. <c>CodeDeployDefault.LambdaCanary10Percent5Minutes</c>.</summary>
    [Input("deployment_config_name")]
    public string? DeploymentConfigName { get; init; }

    /// <summary>Blue/green with traffic control (the only style Lambda supports).</summary>
    [Input("deployment_style")]
    public CodeDeployDeploymentStyle? DeploymentStyle { get; init; }

    /// <summary>When CodeDeploy moves traffic back to the previous version.</summary>
    [Input("auto_rollback_configuration")]
    public CodeDeployAutoRollbackConfiguration? AutoRollbackConfiguration { get; init; }

    /// <summary>The alarms that stop a deployment.</summary>
    [Input("alarm_configuration")]
    public CodeDeployAlarmConfiguration? AlarmConfiguration { get; init; }

    /// <summary>Notifications of deployment events.</summary>
    [Input("trigger_configuration", Pulumi = "triggerConfigurations")]
    public IReadOnlyList<CodeDeployTriggerConfiguration>? TriggerConfigurations { get; init; }
}
