// Generated from infra/Schemas/terraform-schema.json, infra/Schemas/pulumi-schema.json and
// infra/Infra.Generator/overrides.json (aws_sns_topic_subscription) by `dotnet run --project infra/Infra.Generator`.
// Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).
// One file holds the resource, its args and its nested block types: generated files are exempt from one type per file.
// The records are partial: a hand-written half may add helpers (never inputs) beside them.

#nullable enable
#pragma warning disable CS0618 // Deprecated members of the schema are generated too.
using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>A subscription of an endpoint (an e-mail address, an HTTPS URL, ...) to an SNS topic (<c>aws_sns_topic_subscription</c>).</summary>
public sealed class SnsTopicSubscription : CustomResource<SnsTopicSubscriptionArgs>
{
    /// <summary>Registers the resource.</summary>
    /// <param name="name">The logical name, unique in the root.</param>
    /// <param name="args">The typed inputs.</param>
    /// <param name="options">Options; Parent is required.</param>
    public SnsTopicSubscription(string name, SnsTopicSubscriptionArgs args, ResourceOptions? options = null)
        : base("aws_sns_topic_subscription", "aws:sns/topicSubscription:TopicSubscription", name, args, options)
    {
    }

    /// <summary>The <c>arn</c> attribute.</summary>
    public Output<string> Arn => Attribute("arn");

    /// <summary>The <c>owner_id</c> attribute.</summary>
    public Output<string> OwnerId => Attribute("owner_id");
}

/// <summary>Inputs of <see cref="SnsTopicSubscription"/>.</summary>
public sealed partial record SnsTopicSubscriptionArgs
{
    /// <summary>The <c>confirmation_timeout_in_minutes</c> argument.</summary>
    [Input("confirmation_timeout_in_minutes")]
    public int? ConfirmationTimeoutInMinutes { get; init; }

    /// <summary>The <c>delivery_policy</c> argument.</summary>
    [Input("delivery_policy")]
    public Input<string>? DeliveryPolicy { get; init; }

    /// <summary>The address or URL that receives the messages.</summary>
    [Input("endpoint")]
    public required string Endpoint { get; init; }

    /// <summary>The <c>endpoint_auto_confirms</c> argument.</summary>
    [Input("endpoint_auto_confirms")]
    public bool? EndpointAutoConfirms { get; init; }

    /// <summary>The <c>filter_policy</c> argument.</summary>
    [Input("filter_policy")]
    public Input<string>? FilterPolicy { get; init; }

    /// <summary>The <c>filter_policy_scope</c> argument.</summary>
    [Input("filter_policy_scope")]
    public Input<string>? FilterPolicyScope { get; init; }

    /// <summary><c>email</c>, <c>https</c>, <c>sqs</c>, ...</summary>
    [Input("protocol")]
    public required string Protocol { get; init; }

    /// <summary>The <c>raw_message_delivery</c> argument.</summary>
    [Input("raw_message_delivery")]
    public bool? RawMessageDelivery { get; init; }

    /// <summary>The <c>redrive_policy</c> argument.</summary>
    [Input("redrive_policy")]
    public Input<string>? RedrivePolicy { get; init; }

    /// <summary>The <c>region</c> argument.</summary>
    [Input("region")]
    public Input<string>? Region { get; init; }

    /// <summary>The <c>replay_policy</c> argument.</summary>
    [Input("replay_policy")]
    public Input<string>? ReplayPolicy { get; init; }

    /// <summary>The <c>subscription_role_arn</c> argument.</summary>
    [Input("subscription_role_arn")]
    public Input<string>? SubscriptionRoleArn { get; init; }

    /// <summary>The topic's ARN.</summary>
    [Input("topic_arn", Pulumi = "topic")]
    public required Input<string> Topic { get; init; }
}
