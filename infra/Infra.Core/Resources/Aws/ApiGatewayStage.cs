using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>A stage of a REST API (<c>aws_api_gateway_stage</c>).</summary>
public sealed class ApiGatewayStage : CustomResource
{
    /// <summary>Registers the resource.</summary>
    public ApiGatewayStage(string name, ApiGatewayStageArgs args, ResourceOptions? options = null)
        : base("aws_api_gateway_stage", "aws:apigateway/stage:Stage", name, args, options)
    {
        Args = args;
    }

    /// <summary>The typed inputs.</summary>
    public new ApiGatewayStageArgs Args { get; }

    /// <summary>The <c>stage_name</c> attribute.</summary>
    public Output<string> StageName => Attribute("stage_name");

    /// <summary>The <c>invoke_url</c> attribute.</summary>
    public Output<string> InvokeUrl => Attribute("invoke_url");

    /// <summary>The <c>arn</c> attribute.</summary>
    public Output<string> Arn => Attribute("arn");
}
