using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>An API Gateway REST API (<c>aws_api_gateway_rest_api</c>).</summary>
public sealed class ApiGatewayRestApi : CustomResource
{
    /// <summary>Registers the resource.</summary>
    public ApiGatewayRestApi(string name, ApiGatewayRestApiArgs args, ResourceOptions? options = null)
        : base("aws_api_gateway_rest_api", "aws:apigateway/restApi:RestApi", name, args, options)
    {
        Args = args;
    }

    /// <summary>The typed inputs.</summary>
    public new ApiGatewayRestApiArgs Args { get; }

    /// <summary>The <c>id</c> attribute.</summary>
    public Output<string> RestApiId => Attribute("id");

    /// <summary>The <c>root_resource_id</c> attribute: the id of <c>/</c>.</summary>
    public Output<string> RootResourceId => Attribute("root_resource_id");

    /// <summary>The <c>execution_arn</c> attribute, for Lambda permissions.</summary>
    public Output<string> ExecutionArn => Attribute("execution_arn");
}
