// Generated from infra/Schemas/terraform-schema.json, infra/Schemas/pulumi-schema.json and
// infra/Infra.Generator/overrides.json (aws_sns_topic) by `dotnet run --project infra/Infra.Generator`.
// Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).
// One file holds the resource, its args and its nested block types: generated files are exempt from one type per file.
// The records are partial: a hand-written half may add helpers (never inputs) beside them.

#nullable enable
#pragma warning disable CS0618 // Deprecated members of the schema are generated too.
using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>An SNS topic (<c>aws_sns_topic</c>).</summary>
public sealed class SnsTopic : CustomResource<SnsTopicArgs>
{
    /// <summary>Registers the resource.</summary>
    /// <param name="name">The logical name, unique in the root.</param>
    /// <param name="args">The typed inputs.</param>
    /// <param name="options">Options; Parent is required.</param>
    public SnsTopic(string name, SnsTopicArgs args, ResourceOptions? options = null)
        : base("aws_sns_topic", "aws:sns/topic:Topic", name, args, options)
    {
    }

    /// <summary>The <c>arn</c> attribute.</summary>
    public Output<string> Arn => Attribute("arn");

    /// <summary>The <c>beginning_archive_time</c> attribute.</summary>
    public Output<string> BeginningArchiveTime => Attribute("beginning_archive_time");

    /// <summary>The <c>owner</c> attribute.</summary>
    public Output<string> Owner => Attribute("owner");
}

/// <summary>Inputs of <see cref="SnsTopic"/>.</summary>
public sealed partial record SnsTopicArgs
{
    /// <summary>The <c>application_failure_feedback_role_arn</c> argument.</summary>
    [Input("application_failure_feedback_role_arn")]
    public Input<string>? ApplicationFailureFeedbackRoleArn { get; init; }

    /// <summary>The <c>application_success_feedback_role_arn</c> argument.</summary>
    [Input("application_success_feedback_role_arn")]
    public Input<string>? ApplicationSuccessFeedbackRoleArn { get; init; }

    /// <summary>The <c>application_success_feedback_sample_rate</c> argument.</summary>
    [Input("application_success_feedback_sample_rate")]
    public int? ApplicationSuccessFeedbackSampleRate { get; init; }

    /// <summary>The <c>archive_policy</c> argument.</summary>
    [Input("archive_policy")]
    public Input<string>? ArchivePolicy { get; init; }

    /// <summary>The <c>content_based_deduplication</c> argument.</summary>
    [Input("content_based_deduplication")]
    public bool? ContentBasedDeduplication { get; init; }

    /// <summary>The <c>delivery_policy</c> argument.</summary>
    [Input("delivery_policy")]
    public Input<string>? DeliveryPolicy { get; init; }

    /// <summary>The name shown in e-mail notifications.</summary>
    [Input("display_name")]
    public string? DisplayName { get; init; }

    /// <summary>The <c>fifo_throughput_scope</c> argument.</summary>
    [Input("fifo_throughput_scope")]
    public Input<string>? FifoThroughputScope { get; init; }

    /// <summary>The <c>fifo_topic</c> argument.</summary>
    [Input("fifo_topic")]
    public bool? FifoTopic { get; init; }

    /// <summary>The <c>firehose_failure_feedback_role_arn</c> argument.</summary>
    [Input("firehose_failure_feedback_role_arn")]
    public Input<string>? FirehoseFailureFeedbackRoleArn { get; init; }

    /// <summary>The <c>firehose_success_feedback_role_arn</c> argument.</summary>
    [Input("firehose_success_feedback_role_arn")]
    public Input<string>? FirehoseSuccessFeedbackRoleArn { get; init; }

    /// <summary>The <c>firehose_success_feedback_sample_rate</c> argument.</summary>
    [Input("firehose_success_feedback_sample_rate")]
    public int? FirehoseSuccessFeedbackSampleRate { get; init; }

    /// <summary>The <c>http_failure_feedback_role_arn</c> argument.</summary>
    [Input("http_failure_feedback_role_arn")]
    public Input<string>? HttpFailureFeedbackRoleArn { get; init; }

    /// <summary>The <c>http_success_feedback_role_arn</c> argument.</summary>
    [Input("http_success_feedback_role_arn")]
    public Input<string>? HttpSuccessFeedbackRoleArn { get; init; }

    /// <summary>The <c>http_success_feedback_sample_rate</c> argument.</summary>
    [Input("http_success_feedback_sample_rate")]
    public int? HttpSuccessFeedbackSampleRate { get; init; }

    /// <summary>The KMS key that encrypts messages at rest.</summary>
    [Input("kms_master_key_id")]
    public Input<string>? KmsMasterKeyId { get; init; }

    /// <summary>The <c>lambda_failure_feedback_role_arn</c> argument.</summary>
    [Input("lambda_failure_feedback_role_arn")]
    public Input<string>? LambdaFailureFeedbackRoleArn { get; init; }

    /// <summary>The <c>lambda_success_feedback_role_arn</c> argument.</summary>
    [Input("lambda_success_feedback_role_arn")]
    public Input<string>? LambdaSuccessFeedbackRoleArn { get; init; }

    /// <summary>The <c>lambda_success_feedback_sample_rate</c> argument.</summary>
    [Input("lambda_success_feedback_sample_rate")]
    public int? LambdaSuccessFeedbackSampleRate { get; init; }

    /// <summary>The topic name.</summary>
    [Input("name")]
    public required string Name { get; init; }

    /// <summary>The <c>name_prefix</c> argument.</summary>
    [Input("name_prefix")]
    public Input<string>? NamePrefix { get; init; }

    /// <summary>The <c>policy</c> argument.</summary>
    [Input("policy")]
    public Input<string>? Policy { get; init; }

    /// <summary>The <c>region</c> argument.</summary>
    [Input("region")]
    public Input<string>? Region { get; init; }

    /// <summary>The <c>signature_version</c> argument.</summary>
    [Input("signature_version")]
    public int? SignatureVersion { get; init; }

    /// <summary>The <c>sqs_failure_feedback_role_arn</c> argument.</summary>
    [Input("sqs_failure_feedback_role_arn")]
    public Input<string>? SqsFailureFeedbackRoleArn { get; init; }

    /// <summary>The <c>sqs_success_feedback_role_arn</c> argument.</summary>
    [Input("sqs_success_feedback_role_arn")]
    public Input<string>? SqsSuccessFeedbackRoleArn { get; init; }

    /// <summary>The <c>sqs_success_feedback_sample_rate</c> argument.</summary>
    [Input("sqs_success_feedback_sample_rate")]
    public int? SqsSuccessFeedbackSampleRate { get; init; }

    /// <summary>The <c>tags</c> argument.</summary>
    [Input("tags")]
    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    /// <summary>The <c>tags_all</c> argument.</summary>
    [Input("tags_all", TerraformOnly = true)]
    public IReadOnlyDictionary<string, string>? TagsAll { get; init; }

    /// <summary>The <c>tracing_config</c> argument.</summary>
    [Input("tracing_config")]
    public Input<string>? TracingConfig { get; init; }
}
