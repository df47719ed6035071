namespace Infra.Components;

/// <summary>
/// An SQS queue that feeds a <see cref="LambdaService"/>: the queue, its dead-letter queue and an event source
/// mapping on the alias, with partial batch responses.
/// </summary>
public sealed record LambdaQueueSource
{
    /// <summary>The queue's physical name, e.g. <c>2-1-bbws-orders-dev</c>.</summary>
    public required string QueueName { get; init; }

    /// <summary>The dead-letter queue's physical name, e.g. <c>2-1-bbws-orders-dlq-dev</c>.</summary>
    public required string DeadLetterQueueName { get; init; }

    /// <summary>Receives before a message moves to the dead-letter queue. Default 5.</summary>
    public int MaxReceiveCount { get; init; } = 5;

    /// <summary>Messages per invocation, 1-10 without a batching window. Default 10.</summary>
    public int BatchSize { get; init; } = 10;

    /// <summary>
    /// The most concurrent invocations the queue's poller makes (the event source's maximum concurrency, 2-1000).
    /// Default: none (the poller scales to the account's unreserved pool).
    /// </summary>
    public int? MaximumConcurrency { get; init; }

    /// <summary>Days the dead-letter queue keeps a message, 1-14. Default 14 (the maximum), time to investigate.</summary>
    public int DeadLetterRetentionDays { get; init; } = 14;
}
