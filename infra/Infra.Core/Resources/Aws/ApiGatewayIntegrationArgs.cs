using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>Inputs of <see cref="ApiGatewayIntegration"/>.</summary>
public sealed record ApiGatewayIntegrationArgs
{
    /// <summary>The REST API's id.</summary>
    [Input("rest_api_id", Pulumi = "restApi")]
    public required Input<string> RestApiId { get; init; }

    /// <summary>The resource's id.</summary>
    [Input("resource_id")]
    public required Input<string> ResourceId { get; init; }

    /// <summary>The method integrated.</summary>
    [Input("http_method")]
    public required string HttpMethod { get; init; }

    /// <summary>Default <c>POST</c>: Lambda is always invoked with POST.</summary>
    [Input("integration_http_method")]
    public string IntegrationHttpMethod { get; init; } = "POST";

    /// <summary>Default <c>AWS_PROXY</c>: the Lambda proxy integration.</summary>
    [Input("type")]
    public string Type { get; init; } = "AWS_PROXY";

    /// <summary>The Lambda alias's invoke ARN.</summary>
    [Input("uri")]
    public required Input<string> Uri { get; init; }
}
