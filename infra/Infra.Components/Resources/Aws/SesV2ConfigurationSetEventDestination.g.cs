// Generated from infra/Schemas/terraform-schema.json, infra/Schemas/pulumi-schema.json and
// infra/Infra.Generator/overrides.json (aws_sesv2_configuration_set_event_destination) by `dotnet run --project infra/Infra.Generator`.
// Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).
// One file holds the resource, its args and its nested block types: generated files are exempt from one type per file.
// The records are partial: a hand-written half may add helpers (never inputs) beside them.

#nullable enable
#pragma warning disable CS0618 // Deprecated members of the schema are generated too.
using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>Where SES publishes the events (bounces, complaints, ...) of mail sent with a configuration set (<c>aws_sesv2_configuration_set_event_destination</c>).</summary>
public sealed class SesV2ConfigurationSetEventDestination : CustomResource<SesV2ConfigurationSetEventDestinationArgs>
{
    /// <summary>Registers the resource.</summary>
    /// <param name="name">The logical name, unique in the root.</param>
    /// <param name="args">The typed inputs.</param>
    /// <param name="options">Options; Parent is required.</param>
    public SesV2ConfigurationSetEventDestination(string name, SesV2ConfigurationSetEventDestinationArgs args, ResourceOptions? options = null)
        : base("aws_sesv2_configuration_set_event_destination", "aws:sesv2/configurationSetEventDestination:ConfigurationSetEventDestination", name, args, options)
    {
    }
}

/// <summary>Inputs of <see cref="SesV2ConfigurationSetEventDestination"/>.</summary>
public sealed partial record SesV2ConfigurationSetEventDestinationArgs
{
    /// <summary>The configuration set's name.</summary>
    [Input("configuration_set_name")]
    public required Input<string> ConfigurationSetName { get; init; }

    /// <summary>The events and where they go.</summary>
    [Input("event_destination")]
    public required SesV2EventDestination EventDestination { get; init; }

    /// <summary>The destination's name within the set.</summary>
    [Input("event_destination_name")]
    public required string EventDestinationName { get; init; }

    /// <summary>The <c>region</c> argument.</summary>
    [Input("region")]
    public Input<string>? Region { get; init; }
}

/// <summary>A <c>dimension_configuration</c> block.</summary>
public sealed partial record SesV2EventDestinationCloudWatchDestinationDimensionConfiguration
{
    /// <summary>The <c>default_dimension_value</c> argument.</summary>
    [Input("default_dimension_value")]
    public required Input<string> DefaultDimensionValue { get; init; }

    /// <summary>The <c>dimension_name</c> argument.</summary>
    [Input("dimension_name")]
    public required Input<string> DimensionName { get; init; }

    /// <summary>The <c>dimension_value_source</c> argument.</summary>
    [Input("dimension_value_source")]
    public required Input<string> DimensionValueSource { get; init; }
}

/// <summary>A <c>cloud_watch_destination</c> block.</summary>
public sealed partial record SesV2EventDestinationCloudWatchDestination
{
    /// <summary>The <c>dimension_configuration</c> blocks.</summary>
    [Input("dimension_configuration", Pulumi = "dimensionConfigurations")]
    public required IReadOnlyList<SesV2EventDestinationCloudWatchDestinationDimensionConfiguration> DimensionConfigurations { get; init; }
}

/// <summary>A <c>event_bridge_destination</c> block.</summary>
public sealed partial record SesV2EventDestinationEventBridgeDestination
{
    /// <summary>The <c>event_bus_arn</c> argument.</summary>
    [Input("event_bus_arn")]
    public required Input<string> EventBusArn { get; init; }
}

/// <summary>A <c>kinesis_firehose_destination</c> block.</summary>
public sealed partial record SesV2EventDestinationKinesisFirehoseDestination
{
    /// <summary>The <c>delivery_stream_arn</c> argument.</summary>
    [Input("delivery_stream_arn")]
    public required Input<string> DeliveryStreamArn { get; init; }

    /// <summary>The <c>iam_role_arn</c> argument.</summary>
    [Input("iam_role_arn")]
    public required Input<string> IamRoleArn { get; init; }
}

/// <summary>A <c>pinpoint_destination</c> block.</summary>
public sealed partial record SesV2EventDestinationPinpointDestination
{
    /// <summary>The <c>application_arn</c> argument.</summary>
    [Input("application_arn")]
    public required Input<string> ApplicationArn { get; init; }
}

/// <summary>An SNS topic as the destination.</summary>
public sealed partial record SesV2SnsDestination
{
    /// <summary>The SNS topic that receives the events.</summary>
    [Input("topic_arn")]
    public required Input<string> TopicArn { get; init; }
}

/// <summary>The events and where they go.</summary>
public sealed partial record SesV2EventDestination
{
    /// <summary>The <c>cloud_watch_destination</c> block.</summary>
    [Input("cloud_watch_destination")]
    public SesV2EventDestinationCloudWatchDestination? CloudWatchDestination { get; init; }

    /// <summary>Publish events to the destination.</summary>
    [Input("enabled")]
    public bool? Enabled { get; init; }

    /// <summary>The <c>event_bridge_destination</c> block.</summary>
    [Input("event_bridge_destination")]
    public SesV2EventDestinationEventBridgeDestination? EventBridgeDestination { get; init; }

    /// <summary>The <c>kinesis_firehose_destination</c> block.</summary>
    [Input("kinesis_firehose_destination")]
    public SesV2EventDestinationKinesisFirehoseDestination? KinesisFirehoseDestination { get; init; }

    /// <summary>The events published, e.g. <c>BOUNCE</c>, <c>COMPLAINT</c>.</summary>
    [Input("matching_event_types")]
    public required IReadOnlyList<string> MatchingEventTypes { get; init; }

    /// <summary>The <c>pinpoint_destination</c> block.</summary>
    [Input("pinpoint_destination")]
    public SesV2EventDestinationPinpointDestination? PinpointDestination { get; init; }

    /// <summary>An SNS topic as the destination.</summary>
    [Input("sns_destination")]
    public SesV2SnsDestination? SnsDestination { get; init; }
}
