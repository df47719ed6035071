using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>The account-level settings of API Gateway in one region (<c>aws_api_gateway_account</c>).</summary>
public sealed class ApiGatewayAccount : CustomResource
{
    /// <summary>Registers the resource.</summary>
    public ApiGatewayAccount(string name, ApiGatewayAccountArgs args, ResourceOptions? options = null)
        : base("aws_api_gateway_account", "aws:apigateway/account:Account", name, args, options)
    {
        Args = args;
    }

    /// <summary>The typed inputs.</summary>
    public new ApiGatewayAccountArgs Args { get; }
}
