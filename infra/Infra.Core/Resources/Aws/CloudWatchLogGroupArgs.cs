using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>Inputs of <see cref="CloudWatchLogGroup"/>.</summary>
public sealed record CloudWatchLogGroupArgs
{
    /// <summary>The log group name, e.g. <c>/aws/lambda/&lt;function&gt;</c>.</summary>
    [Input("name")]
    public required Input<string> Name { get; init; }

    /// <summary>How long events are kept; required so that logs never grow unbounded.</summary>
    [Input("retention_in_days")]
    public required int RetentionInDays { get; init; }

    /// <summary>The KMS key ARN that encrypts the log events; default: CloudWatch's own encryption.</summary>
    [Input("kms_key_id")]
    public Input<string>? KmsKeyId { get; init; }
}
