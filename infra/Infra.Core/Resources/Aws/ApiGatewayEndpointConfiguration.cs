using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>The <c>endpoint_configuration</c> block of a REST API.</summary>
public sealed record ApiGatewayEndpointConfiguration
{
    /// <summary><c>REGIONAL</c>, <c>EDGE</c> or <c>PRIVATE</c>.</summary>
    [Input("types")]
    public required IReadOnlyList<string> Types { get; init; }
}
