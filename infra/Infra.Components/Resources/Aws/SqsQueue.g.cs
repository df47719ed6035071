// Generated from infra/Schemas/terraform-schema.json, infra/Schemas/pulumi-schema.json and
// infra/Infra.Generator/overrides.json (aws_sqs_queue) by `dotnet run --project infra/Infra.Generator`.
// Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).
// One file holds the resource, its args and its nested block types: generated files are exempt from one type per file.
// The records are partial: a hand-written half may add helpers (never inputs) beside them.

#nullable enable
#pragma warning disable CS0618 // Deprecated members of the schema are generated too.
using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>An SQS queue (<c>aws_sqs_queue</c>).</summary>
public sealed class SqsQueue : CustomResource<SqsQueueArgs>
{
    /// <summary>Registers the resource.</summary>
    /// <param name="name">The logical name, unique in the root.</param>
    /// <param name="args">The typed inputs.</param>
    /// <param name="options">Options; Parent is required.</param>
    public SqsQueue(string name, SqsQueueArgs args, ResourceOptions? options = null)
        : base("aws_sqs_queue", "aws:sqs/queue:Queue", name, args, options)
    {
    }

    /// <inheritdoc />
    public override bool IsStateful => true;

    /// <summary>The <c>arn</c> attribute.</summary>
    public Output<string> Arn => Attribute("arn");

    /// <summary>The <c>url</c> attribute.</summary>
    public Output<string> Url => Attribute("url");
}

/// <summary>Inputs of <see cref="SqsQueue"/>.</summary>
public sealed partial record SqsQueueArgs
{
    /// <summary>The <c>content_based_deduplication</c> argument.</summary>
    [Input("content_based_deduplication")]
    public bool? ContentBasedDeduplication { get; init; }

    /// <summary>The <c>deduplication_scope</c> argument.</summary>
    [Input("deduplication_scope")]
    public Input<string>? DeduplicationScope { get; init; }

    /// <summary>The <c>delay_seconds</c> argument.</summary>
    [Input("delay_seconds")]
    public int? DelaySeconds { get; init; }

    /// <summary>The <c>fifo_queue</c> argument.</summary>
    [Input("fifo_queue")]
    public bool? FifoQueue { get; init; }

    /// <summary>The <c>fifo_throughput_limit</c> argument.</summary>
    [Input("fifo_throughput_limit")]
    public Input<string>? FifoThroughputLimit { get; init; }

    /// <summary>The <c>kms_data_key_reuse_period_seconds</c> argument.</summary>
    [Input("kms_data_key_reuse_period_seconds")]
    public int? KmsDataKeyReusePeriodSeconds { get; init; }

    /// <summary>The KMS key that encrypts messages at rest.</summary>
    [Input("kms_master_key_id")]
    public Input<string>? KmsMasterKeyId { get; init; }

    /// <summary>The <c>max_message_size</c> argument.</summary>
    [Input("max_message_size")]
    public int? MaxMessageSize { get; init; }

    /// <summary>How long a message is kept.</summary>
    [Input("message_retention_seconds")]
    public int? MessageRetentionSeconds { get; init; }

    /// <summary>The queue name.</summary>
    [Input("name")]
    public required string Name { get; init; }

    /// <summary>The <c>name_prefix</c> argument.</summary>
    [Input("name_prefix")]
    public Input<string>? NamePrefix { get; init; }

    /// <summary>The <c>policy</c> argument.</summary>
    [Input("policy")]
    public Input<string>? Policy { get; init; }

    /// <summary>The <c>receive_wait_time_seconds</c> argument.</summary>
    [Input("receive_wait_time_seconds")]
    public int? ReceiveWaitTimeSeconds { get; init; }

    /// <summary>The <c>redrive_allow_policy</c> argument.</summary>
    [Input("redrive_allow_policy")]
    public Input<string>? RedriveAllowPolicy { get; init; }

    /// <summary>Where messages go after too many failed receives.</summary>
    [Input("redrive_policy")]
    public SqsRedrivePolicy? RedrivePolicy { get; init; }

    /// <summary>The <c>region</c> argument.</summary>
    [Input("region")]
    public Input<string>? Region { get; init; }

    /// <summary>The <c>sqs_managed_sse_enabled</c> argument.</summary>
    [Input("sqs_managed_sse_enabled")]
    public bool? SqsManagedSseEnabled { get; init; }

    /// <summary>The <c>tags</c> argument.</summary>
    [Input("tags")]
    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    /// <summary>The <c>tags_all</c> argument.</summary>
    [Input("tags_all", TerraformOnly = true)]
    public IReadOnlyDictionary<string, string>? TagsAll { get; init; }

    /// <summary>The <c>timeouts</c> block.</summary>
    [Input("timeouts", TerraformOnly = true)]
    public SqsQueueTimeouts? Timeouts { get; init; }

    /// <summary>How long a received message stays invisible; at least six times the consumer's timeout.</summary>
    [Input("visibility_timeout_seconds")]
    public int? VisibilityTimeoutSeconds { get; init; }
}

/// <summary>A <c>timeouts</c> block.</summary>
public sealed partial record SqsQueueTimeouts
{
    /// <summary>The <c>create</c> argument.</summary>
    [Input("create", TerraformOnly = true)]
    public Input<string>? Create { get; init; }

    /// <summary>The <c>delete</c> argument.</summary>
    [Input("delete", TerraformOnly = true)]
    public Input<string>? Delete { get; init; }

    /// <summary>The <c>update</c> argument.</summary>
    [Input("update", TerraformOnly = true)]
    public Input<string>? Update { get; init; }
}
