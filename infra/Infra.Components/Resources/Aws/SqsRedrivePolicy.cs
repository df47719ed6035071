using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>
/// The redrive policy of an SQS queue, as typed data rendered with the engine's JSON function, so that the
/// dead-letter queue's ARN stays a reference.
/// </summary>
public sealed record SqsRedrivePolicy : IPropertySource
{
    /// <summary>The dead-letter queue's ARN.</summary>
    public required Output<string> DeadLetterTargetArn { get; init; }

    /// <summary>Receives before a message moves to the dead-letter queue. Default 5: a transient failure gets retries, a poison message does not loop forever.</summary>
    public int MaxReceiveCount { get; init; } = 5;

    /// <inheritdoc />
    public PropertyValue ToPropertyValue() => new JsonDocumentValue(new ObjectValue(
    [
        new Property("deadLetterTargetArn", "deadLetterTargetArn", new ExpressionValue(DeadLetterTargetArn.Expression)),
        new Property("maxReceiveCount", "maxReceiveCount", new ScalarValue(MaxReceiveCount)),
    ]));
}
