using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>The <c>dead_letter_config</c> block of a Lambda function.</summary>
public sealed record LambdaDeadLetterConfig
{
    /// <summary>The SQS queue or SNS topic ARN.</summary>
    [Input("target_arn")]
    public required Input<string> TargetArn { get; init; }
}
