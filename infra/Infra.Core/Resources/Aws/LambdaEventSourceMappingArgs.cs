using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>Inputs of <see cref="LambdaEventSourceMapping"/>.</summary>
public sealed record LambdaEventSourceMappingArgs
{
    /// <summary>The queue (or stream) ARN.</summary>
    [Input("event_source_arn")]
    public required Input<string> EventSourceArn { get; init; }

    /// <summary>The function, by a qualified ARN so that the alias receives the events.</summary>
    [Input("function_name")]
    public required Input<string> FunctionName { get; init; }

    /// <summary>Records per invocation.</summary>
    [Input("batch_size")]
    public int? BatchSize { get; init; }

    /// <summary>How long to gather records before invoking.</summary>
    [Input("maximum_batching_window_in_seconds")]
    public int? MaximumBatchingWindowInSeconds { get; init; }

    /// <summary><c>ReportBatchItemFailures</c>: only the failed records of a batch are retried.</summary>
    [Input("function_response_types")]
    public IReadOnlyList<string>? FunctionResponseTypes { get; init; }

    /// <summary>Default true.</summary>
    [Input("enabled")]
    public bool Enabled { get; init; } = true;
}
