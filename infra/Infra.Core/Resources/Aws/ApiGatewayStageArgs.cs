using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>Inputs of <see cref="ApiGatewayStage"/>.</summary>
public sealed record ApiGatewayStageArgs
{
    /// <summary>The REST API's id.</summary>
    [Input("rest_api_id", Pulumi = "restApi")]
    public required Input<string> RestApiId { get; init; }

    /// <summary>The stage name.</summary>
    [Input("stage_name")]
    public required string StageName { get; init; }

    /// <summary>The deployment served.</summary>
    [Input("deployment_id", Pulumi = "deployment")]
    public required Input<string> DeploymentId { get; init; }

    /// <summary>Default true: requests are traced end to end.</summary>
    [Input("xray_tracing_enabled")]
    public bool XrayTracingEnabled { get; init; } = true;

    /// <summary>Where and how access logs are written; none by default.</summary>
    [Input("access_log_settings")]
    public ApiGatewayAccessLogSettings? AccessLogSettings { get; init; }
}
