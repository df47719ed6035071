// Generated from infra/Schemas/terraform-schema.json, infra/Schemas/pulumi-schema.json and
// infra/Infra.Generator/overrides.json (aws_s3_bucket_notification) by `dotnet run --project infra/Infra.Generator`.
// Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).
// One file holds the resource, its args and its nested block types: generated files are exempt from one type per file.
// The records are partial: a hand-written half may add helpers (never inputs) beside them.

#nullable enable
#pragma warning disable CS0618 // Deprecated members of the schema are generated too.
using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>The event notifications of an S3 bucket: which object events go to which topic, queue or function (<c>aws_s3_bucket_notification</c>).</summary>
public sealed class S3BucketNotification : CustomResource<S3BucketNotificationArgs>
{
    /// <summary>Registers the resource.</summary>
    /// <param name="name">The logical name, unique in the root.</param>
    /// <param name="args">The typed inputs.</param>
    /// <param name="options">Options; Parent is required.</param>
    public S3BucketNotification(string name, S3BucketNotificationArgs args, ResourceOptions? options = null)
        : base("aws_s3_bucket_notification", "aws:s3/bucketNotification:BucketNotification", name, args, options)
    {
    }
}

/// <summary>Inputs of <see cref="S3BucketNotification"/>.</summary>
public sealed partial record S3BucketNotificationArgs
{
    /// <summary>The bucket's name.</summary>
    [Input("bucket")]
    public required Input<string> Bucket { get; init; }

    /// <summary>The <c>eventbridge</c> argument.</summary>
    [Input("eventbridge")]
    public bool? Eventbridge { get; init; }

    /// <summary>The <c>lambda_function</c> blocks.</summary>
    [Input("lambda_function", Pulumi = "lambdaFunctions")]
    public IReadOnlyList<S3BucketNotificationLambdaFunction>? LambdaFunctions { get; init; }

    /// <summary>The <c>queue</c> blocks.</summary>
    [Input("queue", Pulumi = "queues")]
    public IReadOnlyList<S3BucketNotificationQueue>? Queues { get; init; }

    /// <summary>The <c>region</c> argument.</summary>
    [Input("region")]
    public Input<string>? Region { get; init; }

    /// <summary>Events sent to SNS topics.</summary>
    [Input("topic", Pulumi = "topics")]
    public IReadOnlyList<S3NotificationTopic>? Topics { get; init; }
}

/// <summary>A <c>lambda_function</c> block.</summary>
public sealed partial record S3BucketNotificationLambdaFunction
{
    /// <summary>The <c>events</c> argument.</summary>
    [Input("events")]
    public required IReadOnlyList<string> Events { get; init; }

    /// <summary>The <c>filter_prefix</c> argument.</summary>
    [Input("filter_prefix")]
    public Input<string>? FilterPrefix { get; init; }

    /// <summary>The <c>filter_suffix</c> argument.</summary>
    [Input("filter_suffix")]
    public Input<string>? FilterSuffix { get; init; }

    /// <summary>The <c>id</c> argument.</summary>
    [Input("id")]
    public Input<string>? Id { get; init; }

    /// <summary>The <c>lambda_function_arn</c> argument.</summary>
    [Input("lambda_function_arn")]
    public Input<string>? LambdaFunctionArn { get; init; }
}

/// <summary>A <c>queue</c> block.</summary>
public sealed partial record S3BucketNotificationQueue
{
    /// <summary>The <c>events</c> argument.</summary>
    [Input("events")]
    public required IReadOnlyList<string> Events { get; init; }

    /// <summary>The <c>filter_prefix</c> argument.</summary>
    [Input("filter_prefix")]
    public Input<string>? FilterPrefix { get; init; }

    /// <summary>The <c>filter_suffix</c> argument.</summary>
    [Input("filter_suffix")]
    public Input<string>? FilterSuffix { get; init; }

    /// <summary>The <c>id</c> argument.</summary>
    [Input("id")]
    public Input<string>? Id { get; init; }

    /// <summary>The <c>queue_arn</c> argument.</summary>
    [Input("queue_arn")]
    public required Input<string> QueueArn { get; init; }
}

/// <summary>Events sent to SNS topics.</summary>
public sealed partial record S3NotificationTopic
{
    /// <summary>The events, e.g. <c>s3:ObjectCreated:*</c>.</summary>
    [Input("events")]
    public required IReadOnlyList<string> Events { get; init; }

    /// <summary>The <c>filter_prefix</c> argument.</summary>
    [Input("filter_prefix")]
    public Input<string>? FilterPrefix { get; init; }

    /// <summary>The <c>filter_suffix</c> argument.</summary>
    [Input("filter_suffix")]
    public Input<string>? FilterSuffix { get; init; }

    /// <summary>The <c>id</c> argument.</summary>
    [Input("id")]
    public Input<string>? Id { get; init; }

    /// <summary>The topic's ARN.</summary>
    [Input("topic_arn")]
    public required Input<string> TopicArn { get; init; }
}
