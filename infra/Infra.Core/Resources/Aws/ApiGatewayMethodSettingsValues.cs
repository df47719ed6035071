using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>The <c>settings</c> block of API Gateway method settings.</summary>
public sealed record ApiGatewayMethodSettingsValues
{
    /// <summary>Default true: per-method CloudWatch metrics.</summary>
    [Input("metrics_enabled")]
    public bool MetricsEnabled { get; init; } = true;

    /// <summary>Default <c>INFO</c>; needs the account-level CloudWatch role.</summary>
    [Input("logging_level")]
    public string LoggingLevel { get; init; } = "INFO";

    /// <summary>Default false: full request and response bodies would put customer data in the logs.</summary>
    [Input("data_trace_enabled")]
    public bool DataTraceEnabled { get; init; } = false;

    /// <summary>Requests allowed in a burst.</summary>
    [Input("throttling_burst_limit")]
    public int? ThrottlingBurstLimit { get; init; }

    /// <summary>Steady requests per second.</summary>
    [Input("throttling_rate_limit")]
    public double? ThrottlingRateLimit { get; init; }
}
