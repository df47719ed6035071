// Generated from infra/Schemas/terraform-schema.json, infra/Schemas/pulumi-schema.json and
// infra/Infra.Generator/overrides.json (aws_sns_topic_policy) by `dotnet run --project infra/Infra.Generator`.
// Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).
// One file holds the resource, its args and its nested block types: generated files are exempt from one type per file.
// The records are partial: a hand-written half may add helpers (never inputs) beside them.

#nullable enable
#pragma warning disable CS0618 // Deprecated members of the schema are generated too.
using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>The access policy of an SNS topic (<c>aws_sns_topic_policy</c>).</summary>
public sealed class SnsTopicPolicy : CustomResource<SnsTopicPolicyArgs>
{
    /// <summary>Registers the resource.</summary>
    /// <param name="name">The logical name, unique in the root.</param>
    /// <param name="args">The typed inputs.</param>
    /// <param name="options">Options; Parent is required.</param>
    public SnsTopicPolicy(string name, SnsTopicPolicyArgs args, ResourceOptions? options = null)
        : base("aws_sns_topic_policy", "aws:sns/topicPolicy:TopicPolicy", name, args, options)
    {
    }

    /// <summary>The <c>owner</c> attribute.</summary>
    public Output<string> Owner => Attribute("owner");
}

/// <summary>Inputs of <see cref="SnsTopicPolicy"/>.</summary>
public sealed partial record SnsTopicPolicyArgs
{
    /// <summary>The topic's ARN.</summary>
    [Input("arn")]
    public required Input<string> Arn { get; init; }

    /// <summary>The topic policy.</summary>
    [Input("policy")]
    public required PolicyDocument Policy { get; init; }

    /// <summary>The <c>region</c> argument.</summary>
    [Input("region")]
    public Input<string>? Region { get; init; }
}
