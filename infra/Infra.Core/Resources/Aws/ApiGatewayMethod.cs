using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>An HTTP method of a REST API resource (<c>aws_api_gateway_method</c>).</summary>
public sealed class ApiGatewayMethod : CustomResource
{
    /// <summary>Registers the resource.</summary>
    public ApiGatewayMethod(string name, ApiGatewayMethodArgs args, ResourceOptions? options = null)
        : base("aws_api_gateway_method", "aws:apigateway/method:Method", name, args, options)
    {
        Args = args;
    }

    /// <summary>The typed inputs.</summary>
    public new ApiGatewayMethodArgs Args { get; }
}
