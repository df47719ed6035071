using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>Logging, metrics and throttling of a stage's methods (<c>aws_api_gateway_method_settings</c>).</summary>
public sealed class ApiGatewayMethodSettings : CustomResource
{
    /// <summary>Registers the resource.</summary>
    public ApiGatewayMethodSettings(string name, ApiGatewayMethodSettingsArgs args, ResourceOptions? options = null)
        : base("aws_api_gateway_method_settings", "aws:apigateway/methodSettings:MethodSettings", name, args, options)
    {
        Args = args;
    }

    /// <summary>The typed inputs.</summary>
    public new ApiGatewayMethodSettingsArgs Args { get; }
}
