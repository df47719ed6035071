using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>A snapshot of a REST API (<c>aws_api_gateway_deployment</c>).</summary>
public sealed class ApiGatewayDeployment : CustomResource
{
    /// <summary>Registers the resource.</summary>
    public ApiGatewayDeployment(string name, ApiGatewayDeploymentArgs args, ResourceOptions? options = null)
        : base("aws_api_gateway_deployment", "aws:apigateway/deployment:Deployment", name, args, options)
    {
        Args = args;
    }

    /// <summary>The typed inputs.</summary>
    public new ApiGatewayDeploymentArgs Args { get; }

    /// <summary>The <c>id</c> attribute.</summary>
    public Output<string> DeploymentId => Attribute("id");
}
