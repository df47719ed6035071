// Generated from infra/Schemas/terraform-schema.json, infra/Schemas/pulumi-schema.json and
// infra/Infra.Generator/overrides.json (aws_codedeploy_deployment_group) by `dotnet run --project infra/Infra.Generator`.
// Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).
// One file holds the resource, its args and its nested block types: generated files are exempt from one type per file.
// The records are partial: a hand-written half may add helpers (never inputs) beside them.

#nullable enable
#pragma warning disable CS0618 // Deprecated members of the schema are generated too.
using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>A CodeDeploy deployment group (<c>aws_codedeploy_deployment_group</c>).</summary>
public sealed class CodeDeployDeploymentGroup : CustomResource<CodeDeployDeploymentGroupArgs>
{
    /// <summary>Registers the resource.</summary>
    /// <param name="name">The logical name, unique in the root.</param>
    /// <param name="args">The typed inputs.</param>
    /// <param name="options">Options; Parent is required.</param>
    public CodeDeployDeploymentGroup(string name, CodeDeployDeploymentGroupArgs args, ResourceOptions? options = null)
        : base("aws_codedeploy_deployment_group", "aws:codedeploy/deploymentGroup:DeploymentGroup", name, args, options)
    {
    }

    /// <summary>The <c>arn</c> attribute.</summary>
    public Output<string> Arn => Attribute("arn");

    /// <summary>The <c>compute_platform</c> attribute.</summary>
    public Output<string> ComputePlatform => Attribute("compute_platform");

    /// <summary>The <c>deployment_group_id</c> attribute.</summary>
    public Output<string> DeploymentGroupId => Attribute("deployment_group_id");

    /// <summary>The <c>deployment_group_name</c> attribute.</summary>
    public Output<string> GroupName => Attribute("deployment_group_name");
}

/// <summary>Inputs of <see cref="CodeDeployDeploymentGroup"/>.</summary>
public sealed partial record CodeDeployDeploymentGroupArgs
{
    /// <summary>The alarms that stop a deployment.</summary>
    [Input("alarm_configuration")]
    public CodeDeployAlarmConfiguration? AlarmConfiguration { get; init; }

    /// <summary>The CodeDeploy application's name.</summary>
    [Input("app_name")]
    public required Input<string> AppName { get; init; }

    /// <summary>When CodeDeploy moves traffic back to the previous version.</summary>
    [Input("auto_rollback_configuration")]
    public CodeDeployAutoRollbackConfiguration? AutoRollbackConfiguration { get; init; }

    /// <summary>The <c>autoscaling_groups</c> argument.</summary>
    [Input("autoscaling_groups")]
    public IReadOnlyList<string>? AutoscalingGroups { get; init; }

    /// <summary>The <c>blue_green_deployment_config</c> block.</summary>
    [Input("blue_green_deployment_config")]
    public CodeDeployDeploymentGroupBlueGreenDeploymentConfig? BlueGreenDeploymentConfig { get; init; }

    /// <summary>How traffic shifts, e.g. <c>CodeDeployDefault.LambdaCanary10Percent5Minutes</c>.</summary>
    [Input("deployment_config_name")]
    public string? DeploymentConfigName { get; init; }

    /// <summary>The group name.</summary>
    [Input("deployment_group_name")]
    public required string DeploymentGroupName { get; init; }

    /// <summary>Blue/green with traffic control (the only style Lambda supports).</summary>
    [Input("deployment_style")]
    public CodeDeployDeploymentStyle? DeploymentStyle { get; init; }

    /// <summary>The <c>ec2_tag_filter</c> blocks.</summary>
    [Input("ec2_tag_filter", Pulumi = "ec2TagFilters")]
    public IReadOnlyList<CodeDeployDeploymentGroupEc2TagFilter>? Ec2TagFilters { get; init; }

    /// <summary>The <c>ec2_tag_set</c> blocks.</summary>
    [Input("ec2_tag_set", Pulumi = "ec2TagSets")]
    public IReadOnlyList<CodeDeployDeploymentGroupEc2TagSet>? Ec2TagSets { get; init; }

    /// <summary>The <c>ecs_service</c> block.</summary>
    [Input("ecs_service")]
    public CodeDeployDeploymentGroupEcsService? EcsService { get; init; }

    /// <summary>The <c>load_balancer_info</c> block.</summary>
    [Input("load_balancer_info")]
    public CodeDeployDeploymentGroupLoadBalancerInfo? LoadBalancerInfo { get; init; }

    /// <summary>The <c>on_premises_instance_tag_filter</c> blocks.</summary>
    [Input("on_premises_instance_tag_filter", Pulumi = "onPremisesInstanceTagFilters")]
    public IReadOnlyList<CodeDeployDeploymentGroupOnPremisesInstanceTagFilter>? OnPremisesInstanceTagFilters { get; init; }

    /// <summary>The <c>outdated_instances_strategy</c> argument.</summary>
    [Input("outdated_instances_strategy")]
    public Input<string>? OutdatedInstancesStrategy { get; init; }

    /// <summary>The <c>region</c> argument.</summary>
    [Input("region")]
    public Input<string>? Region { get; init; }

    /// <summary>The role CodeDeploy assumes to shift traffic and read alarms.</summary>
    [Input("service_role_arn")]
    public required Input<string> ServiceRoleArn { get; init; }

    /// <summary>The <c>tags</c> argument.</summary>
    [Input("tags")]
    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    /// <summary>The <c>tags_all</c> argument.</summary>
    [Input("tags_all", TerraformOnly = true)]
    public IReadOnlyDictionary<string, string>? TagsAll { get; init; }

    /// <summary>The <c>termination_hook_enabled</c> argument.</summary>
    [Input("termination_hook_enabled")]
    public bool? TerminationHookEnabled { get; init; }

    /// <summary>Notifications of deployment events.</summary>
    [Input("trigger_configuration", Pulumi = "triggerConfigurations")]
    public IReadOnlyList<CodeDeployTriggerConfiguration>? TriggerConfigurations { get; init; }
}

/// <summary>The alarms that stop a deployment.</summary>
public sealed partial record CodeDeployAlarmConfiguration
{
    /// <summary>The alarm names.</summary>
    [Input("alarms")]
    public required IReadOnlyList<Input<string>> Alarms { get; init; }

    /// <summary>An alarm in ALARM state stops the deployment.</summary>
    [Input("enabled")]
    public bool? Enabled { get; init; }

    /// <summary>The <c>ignore_poll_alarm_failure</c> argument.</summary>
    [Input("ignore_poll_alarm_failure")]
    public bool? IgnorePollAlarmFailure { get; init; }
}

/// <summary>When CodeDeploy moves traffic back to the previous version.</summary>
public sealed partial record CodeDeployAutoRollbackConfiguration
{
    /// <summary>Roll back automatically on the listed events.</summary>
    [Input("enabled")]
    public bool? Enabled { get; init; }

    /// <summary>The events that roll back, e.g. <c>DEPLOYMENT_FAILURE</c>, <c>DEPLOYMENT_STOP_ON_ALARM</c>.</summary>
    [Input("events")]
    public required IReadOnlyList<string> Events { get; init; }
}

/// <summary>A <c>deployment_ready_option</c> block.</summary>
public sealed partial record CodeDeployDeploymentGroupBlueGreenDeploymentConfigDeploymentReadyOption
{
    /// <summary>The <c>action_on_timeout</c> argument.</summary>
    [Input("action_on_timeout")]
    public Input<string>? ActionOnTimeout { get; init; }

    /// <summary>The <c>wait_time_in_minutes</c> argument.</summary>
    [Input("wait_time_in_minutes")]
    public int? WaitTimeInMinutes { get; init; }
}

/// <summary>A <c>green_fleet_provisioning_option</c> block.</summary>
public sealed partial record CodeDeployDeploymentGroupBlueGreenDeploymentConfigGreenFleetProvisioningOption
{
    /// <summary>The <c>action</c> argument.</summary>
    [Input("action")]
    public Input<string>? Action { get; init; }
}

/// <summary>A <c>terminate_blue_instances_on_deployment_success</c> block.</summary>
public sealed partial record CodeDeployDeploymentGroupBlueGreenDeploymentConfigTerminateBlueInstancesOnDeploymentSuccess
{
    /// <summary>The <c>action</c> argument.</summary>
    [Input("action")]
    public Input<string>? Action { get; init; }

    /// <summary>The <c>termination_wait_time_in_minutes</c> argument.</summary>
    [Input("termination_wait_time_in_minutes")]
    public int? TerminationWaitTimeInMinutes { get; init; }
}

/// <summary>A <c>blue_green_deployment_config</c> block.</summary>
public sealed partial record CodeDeployDeploymentGroupBlueGreenDeploymentConfig
{
    /// <summary>The <c>deployment_ready_option</c> block.</summary>
    [Input("deployment_ready_option")]
    public CodeDeployDeploymentGroupBlueGreenDeploymentConfigDeploymentReadyOption? DeploymentReadyOption { get; init; }

    /// <summary>The <c>green_fleet_provisioning_option</c> block.</summary>
    [Input("green_fleet_provisioning_option")]
    public CodeDeployDeploymentGroupBlueGreenDeploymentConfigGreenFleetProvisioningOption? GreenFleetProvisioningOption { get; init; }

    /// <summary>The <c>terminate_blue_instances_on_deployment_success</c> block.</summary>
    [Input("terminate_blue_instances_on_deployment_success")]
    public CodeDeployDeploymentGroupBlueGreenDeploymentConfigTerminateBlueInstancesOnDeploymentSuccess? TerminateBlueInstancesOnDeploymentSuccess { get; init; }
}

/// <summary>Blue/green with traffic control (the only style Lambda supports).</summary>
public sealed partial record CodeDeployDeploymentStyle
{
    /// <summary><c>WITH_TRAFFIC_CONTROL</c> to shift traffic through CodeDeploy, or <c>WITHOUT_TRAFFIC_CONTROL</c>.</summary>
    [Input("deployment_option")]
    public string? DeploymentOption { get; init; }

    /// <summary><c>IN_PLACE</c> or <c>BLUE_GREEN</c> (the old version serves until the shift ends).</summary>
    [Input("deployment_type")]
    public string? DeploymentType { get; init; }
}

/// <summary>A <c>ec2_tag_filter</c> block.</summary>
public sealed partial record CodeDeployDeploymentGroupEc2TagFilter
{
    /// <summary>The <c>key</c> argument.</summary>
    [Input("key")]
    public Input<string>? Key { get; init; }

    /// <summary>The <c>type</c> argument.</summary>
    [Input("type")]
    public Input<string>? Type { get; init; }

    /// <summary>The <c>value</c> argument.</summary>
    [Input("value")]
    public Input<string>? Value { get; init; }
}

/// <summary>A <c>ec2_tag_filter</c> block.</summary>
public sealed partial record CodeDeployDeploymentGroupEc2TagSetEc2TagFilter
{
    /// <summary>The <c>key</c> argument.</summary>
    [Input("key")]
    public Input<string>? Key { get; init; }

    /// <summary>The <c>type</c> argument.</summary>
    [Input("type")]
    public Input<string>? Type { get; init; }

    /// <summary>The <c>value</c> argument.</summary>
    [Input("value")]
    public Input<string>? Value { get; init; }
}

/// <summary>A <c>ec2_tag_set</c> block.</summary>
public sealed partial record CodeDeployDeploymentGroupEc2TagSet
{
    /// <summary>The <c>ec2_tag_filter</c> blocks.</summary>
    [Input("ec2_tag_filter", Pulumi = "ec2TagFilters")]
    public IReadOnlyList<CodeDeployDeploymentGroupEc2TagSetEc2TagFilter>? Ec2TagFilters { get; init; }
}

/// <summary>A <c>ecs_service</c> block.</summary>
public sealed partial record CodeDeployDeploymentGroupEcsService
{
    /// <summary>The <c>cluster_name</c> argument.</summary>
    [Input("cluster_name")]
    public required Input<string> ClusterName { get; init; }

    /// <summary>The <c>service_name</c> argument.</summary>
    [Input("service_name")]
    public required Input<string> ServiceName { get; init; }
}

/// <summary>A <c>elb_info</c> block.</summary>
public sealed partial record CodeDeployDeploymentGroupLoadBalancerInfoElbInfo
{
    /// <summary>The <c>name</c> argument.</summary>
    [Input("name")]
    public Input<string>? Name { get; init; }
}

/// <summary>A <c>target_group_info</c> block.</summary>
public sealed partial record CodeDeployDeploymentGroupLoadBalancerInfoTargetGroupInfo
{
    /// <summary>The <c>name</c> argument.</summary>
    [Input("name")]
    public Input<string>? Name { get; init; }
}

/// <summary>A <c>prod_traffic_route</c> block.</summary>
public sealed partial record CodeDeployDeploymentGroupLoadBalancerInfoTargetGroupPairInfoProdTrafficRoute
{
    /// <summary>The <c>listener_arns</c> argument.</summary>
    [Input("listener_arns")]
    public required IReadOnlyList<string> ListenerArns { get; init; }
}

/// <summary>A <c>target_group</c> block.</summary>
public sealed partial record CodeDeployDeploymentGroupLoadBalancerInfoTargetGroupPairInfoTargetGroup
{
    /// <summary>The <c>name</c> argument.</summary>
    [Input("name")]
    public required Input<string> Name { get; init; }
}

/// <summary>A <c>test_traffic_route</c> block.</summary>
public sealed partial record CodeDeployDeploymentGroupLoadBalancerInfoTargetGroupPairInfoTestTrafficRoute
{
    /// <summary>The <c>listener_arns</c> argument.</summary>
    [Input("listener_arns")]
    public required IReadOnlyList<string> ListenerArns { get; init; }
}

/// <summary>A <c>target_group_pair_info</c> block.</summary>
public sealed partial record CodeDeployDeploymentGroupLoadBalancerInfoTargetGroupPairInfo
{
    /// <summary>The <c>prod_traffic_route</c> block.</summary>
    [Input("prod_traffic_route")]
    public required CodeDeployDeploymentGroupLoadBalancerInfoTargetGroupPairInfoProdTrafficRoute ProdTrafficRoute { get; init; }

    /// <summary>The <c>target_group</c> blocks.</summary>
    [Input("target_group", Pulumi = "targetGroups")]
    public required IReadOnlyList<CodeDeployDeploymentGroupLoadBalancerInfoTargetGroupPairInfoTargetGroup> TargetGroups { get; init; }

    /// <summary>The <c>test_traffic_route</c> block.</summary>
    [Input("test_traffic_route")]
    public CodeDeployDeploymentGroupLoadBalancerInfoTargetGroupPairInfoTestTrafficRoute? TestTrafficRoute { get; init; }
}

/// <summary>A <c>load_balancer_info</c> block.</summary>
public sealed partial record CodeDeployDeploymentGroupLoadBalancerInfo
{
    /// <summary>The <c>elb_info</c> blocks.</summary>
    [Input("elb_info", Pulumi = "elbInfos")]
    public IReadOnlyList<CodeDeployDeploymentGroupLoadBalancerInfoElbInfo>? ElbInfos { get; init; }

    /// <summary>The <c>target_group_info</c> blocks.</summary>
    [Input("target_group_info", Pulumi = "targetGroupInfos")]
    public IReadOnlyList<CodeDeployDeploymentGroupLoadBalancerInfoTargetGroupInfo>? TargetGroupInfos { get; init; }

    /// <summary>The <c>target_group_pair_info</c> block.</summary>
    [Input("target_group_pair_info")]
    public CodeDeployDeploymentGroupLoadBalancerInfoTargetGroupPairInfo? TargetGroupPairInfo { get; init; }
}

/// <summary>A <c>on_premises_instance_tag_filter</c> block.</summary>
public sealed partial record CodeDeployDeploymentGroupOnPremisesInstanceTagFilter
{
    /// <summary>The <c>key</c> argument.</summary>
    [Input("key")]
    public Input<string>? Key { get; init; }

    /// <summary>The <c>type</c> argument.</summary>
    [Input("type")]
    public Input<string>? Type { get; init; }

    /// <summary>The <c>value</c> argument.</summary>
    [Input("value")]
    public Input<string>? Value { get; init; }
}

/// <summary>Notifications of deployment events.</summary>
public sealed partial record CodeDeployTriggerConfiguration
{
    /// <summary>The deployment events notified.</summary>
    [Input("trigger_events")]
    public required IReadOnlyList<string> TriggerEvents { get; init; }

    /// <summary>The trigger's name.</summary>
    [Input("trigger_name")]
    public required string TriggerName { get; init; }

    /// <summary>The SNS topic notified.</summary>
    [Input("trigger_target_arn")]
    public required Input<string> TriggerTargetArn { get; init; }
}
