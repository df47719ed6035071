using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>Inputs of <see cref="ApiGatewayRestApi"/>.</summary>
public sealed record ApiGatewayRestApiArgs
{
    /// <summary>The API name.</summary>
    [Input("name")]
    public required string Name { get; init; }

    /// <summary>What the API serves.</summary>
    [Input("description")]
    public string? Description { get; init; }

    /// <summary>The endpoint type; default edge-optimized.</summary>
    [Input("endpoint_configuration")]
    public ApiGatewayEndpointConfiguration? EndpointConfiguration { get; init; }
}
