using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>Inputs of <see cref="ApiGatewayMethod"/>.</summary>
public sealed record ApiGatewayMethodArgs
{
    /// <summary>The REST API's id.</summary>
    [Input("rest_api_id", Pulumi = "restApi")]
    public required Input<string> RestApiId { get; init; }

    /// <summary>The resource's id.</summary>
    [Input("resource_id")]
    public required Input<string> ResourceId { get; init; }

    /// <summary>GET, POST, PUT, DELETE, ...</summary>
    [Input("http_method")]
    public required string HttpMethod { get; init; }

    /// <summary><c>NONE</c>, <c>AWS_IAM</c>, <c>CUSTOM</c> or <c>COGNITO_USER_POOLS</c>.</summary>
    [Input("authorization")]
    public required string Authorization { get; init; }
}
