using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>The <c>access_log_settings</c> block of a REST API stage.</summary>
public sealed record ApiGatewayAccessLogSettings
{
    /// <summary>The log group's ARN.</summary>
    [Input("destination_arn")]
    public required Input<string> DestinationArn { get; init; }

    /// <summary>The log line format (JSON here).</summary>
    [Input("format")]
    public required string Format { get; init; }
}
