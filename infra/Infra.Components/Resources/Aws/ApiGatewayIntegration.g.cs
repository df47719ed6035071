// Generated from infra/Schemas/terraform-schema.json, infra/Schemas/pulumi-schema.json and
// infra/Infra.Generator/overrides.json (aws_api_gateway_integration) by `dotnet run --project infra/Infra.Generator`.
// Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).
// One file holds the resource, its args and its nested block types: generated files are exempt from one type per file.
// The records are partial: a hand-written half may add helpers (never inputs) beside them.

#nullable enable
#pragma warning disable CS0618 // Deprecated members of the schema are generated too.
using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>The backend of a REST API method (<c>aws_api_gateway_integration</c>).</summary>
public sealed class ApiGatewayIntegration : CustomResource<ApiGatewayIntegrationArgs>
{
    /// <summary>Registers the resource.</summary>
    /// <param name="name">The logical name, unique in the root.</param>
    /// <param name="args">The typed inputs.</param>
    /// <param name="options">Options; Parent is required.</param>
    public ApiGatewayIntegration(string name, ApiGatewayIntegrationArgs args, ResourceOptions? options = null)
        : base("aws_api_gateway_integration", "aws:apigateway/integration:Integration", name, args, options)
    {
    }
}

/// <summary>Inputs of <see cref="ApiGatewayIntegration"/>.</summary>
public sealed partial record ApiGatewayIntegrationArgs
{
    /// <summary>The <c>cache_key_parameters</c> argument.</summary>
    [Input("cache_key_parameters")]
    public IReadOnlyList<string>? CacheKeyParameters { get; init; }

    /// <summary>The <c>cache_namespace</c> argument.</summary>
    [Input("cache_namespace")]
    public Input<string>? CacheNamespace { get; init; }

    /// <summary>The <c>connection_id</c> argument.</summary>
    [Input("connection_id")]
    public Input<string>? ConnectionId { get; init; }

    /// <summary>The <c>connection_type</c> argument.</summary>
    [Input("connection_type")]
    public Input<string>? ConnectionType { get; init; }

    /// <summary>The <c>content_handling</c> argument.</summary>
    [Input("content_handling")]
    public Input<string>? ContentHandling { get; init; }

    /// <summary>The <c>credentials</c> argument.</summary>
    [Input("credentials")]
    public Input<string>? Credentials { get; init; }

    /// <summary>The method integrated.</summary>
    [Input("http_method")]
    public required string HttpMethod { get; init; }

    /// <summary>The method API Gateway calls the backend with; Lambda is always invoked with <c>POST</c>.</summary>
    [Input("integration_http_method")]
    public string? IntegrationHttpMethod { get; init; }

    /// <summary>The <c>integration_target</c> argument.</summary>
    [Input("integration_target")]
    public Input<string>? IntegrationTarget { get; init; }

    /// <summary>The <c>passthrough_behavior</c> argument.</summary>
    [Input("passthrough_behavior")]
    public Input<string>? PassthroughBehavior { get; init; }

    /// <summary>The <c>region</c> argument.</summary>
    [Input("region")]
    public Input<string>? Region { get; init; }

    /// <summary>The <c>request_parameters</c> argument.</summary>
    [Input("request_parameters")]
    public IReadOnlyDictionary<string, string>? RequestParameters { get; init; }

    /// <summary>The <c>request_templates</c> argument.</summary>
    [Input("request_templates")]
    public IReadOnlyDictionary<string, string>? RequestTemplates { get; init; }

    /// <summary>The resource's id.</summary>
    [Input("resource_id")]
    public required Input<string> ResourceId { get; init; }

    /// <summary>The <c>response_transfer_mode</c> argument.</summary>
    [Input("response_transfer_mode")]
    public Input<string>? ResponseTransferMode { get; init; }

    /// <summary>The REST API's id.</summary>
    [Input("rest_api_id", Pulumi = "restApi")]
    public required Input<string> RestApiId { get; init; }

    /// <summary>The <c>timeout_milliseconds</c> argument.</summary>
    [Input("timeout_milliseconds")]
    public int? TimeoutMilliseconds { get; init; }

    /// <summary>The <c>tls_config</c> block.</summary>
    [Input("tls_config")]
    public ApiGatewayIntegrationTlsConfig? TlsConfig { get; init; }

    /// <summary>The integration type, e.g. <c>AWS_PROXY</c> (the Lambda proxy integration).</summary>
    [Input("type")]
    public required string Type { get; init; }

    /// <summary>The Lambda alias's invoke ARN.</summary>
    [Input("uri")]
    public required Input<string> Uri { get; init; }
}

/// <summary>A <c>tls_config</c> block.</summary>
public sealed partial record ApiGatewayIntegrationTlsConfig
{
    /// <summary>The <c>insecure_skip_verification</c> argument.</summary>
    [Input("insecure_skip_verification")]
    public bool? InsecureSkipVerification { get; init; }
}
