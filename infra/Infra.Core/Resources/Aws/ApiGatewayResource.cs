using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>A path segment of a REST API (<c>aws_api_gateway_resource</c>).</summary>
public sealed class ApiGatewayResource : CustomResource
{
    /// <summary>Registers the resource.</summary>
    public ApiGatewayResource(string name, ApiGatewayResourceArgs args, ResourceOptions? options = null)
        : base("aws_api_gateway_resource", "aws:apigateway/resource:Resource", name, args, options)
    {
        Args = args;
    }

    /// <summary>The typed inputs.</summary>
    public new ApiGatewayResourceArgs Args { get; }

    /// <summary>The <c>id</c> attribute.</summary>
    public Output<string> ResourceId => Attribute("id");
}
