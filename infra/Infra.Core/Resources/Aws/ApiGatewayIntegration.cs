using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>The backend of a REST API method (<c>aws_api_gateway_integration</c>).</summary>
public sealed class ApiGatewayIntegration : CustomResource
{
    /// <summary>Registers the resource.</summary>
    public ApiGatewayIntegration(string name, ApiGatewayIntegrationArgs args, ResourceOptions? options = null)
        : base("aws_api_gateway_integration", "aws:apigateway/integration:Integration", name, args, options)
    {
        Args = args;
    }

    /// <summary>The typed inputs.</summary>
    public new ApiGatewayIntegrationArgs Args { get; }
}
