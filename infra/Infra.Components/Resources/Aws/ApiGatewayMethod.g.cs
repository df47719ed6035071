// Generated from infra/Schemas/terraform-schema.json, infra/Schemas/pulumi-schema.json and
// infra/Infra.Generator/overrides.json (aws_api_gateway_method) by `dotnet run --project infra/Infra.Generator`.
// Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).
// One file holds the resource, its args and its nested block types: generated files are exempt from one type per file.
// The records are partial: a hand-written half may add helpers (never inputs) beside them.

#nullable enable
#pragma warning disable CS0618 // Deprecated members of the schema are generated too.
using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>An HTTP method of a REST API resource (<c>aws_api_gateway_method</c>).</summary>
public sealed class ApiGatewayMethod : CustomResource<ApiGatewayMethodArgs>
{
    /// <summary>Registers the resource.</summary>
    /// <param name="name">The logical name, unique in the root.</param>
    /// <param name="args">The typed inputs.</param>
    /// <param name="options">Options; Parent is required.</param>
    public ApiGatewayMethod(string name, ApiGatewayMethodArgs args, ResourceOptions? options = null)
        : base("aws_api_gateway_method", "aws:apigateway/method:Method", name, args, options)
    {
    }
}

/// <summary>Inputs of <see cref="ApiGatewayMethod"/>.</summary>
public sealed partial record ApiGatewayMethodArgs
{
    /// <summary>The <c>api_key_required</c> argument.</summary>
    [Input("api_key_required")]
    public bool? ApiKeyRequired { get; init; }

    /// <summary><c>NONE</c>, <c>AWS_IAM</c>, <c>CUSTOM</c> or <c>COGNITO_USER_POOLS</c>.</summary>
    [Input("authorization")]
    public required string Authorization { get; init; }

    /// <summary>The <c>authorization_scopes</c> argument.</summary>
    [Input("authorization_scopes")]
    public IReadOnlyList<string>? AuthorizationScopes { get; init; }

    /// <summary>The <c>authorizer_id</c> argument.</summary>
    [Input("authorizer_id")]
    public Input<string>? AuthorizerId { get; init; }

    /// <summary>GET, POST, PUT, DELETE, ...</summary>
    [Input("http_method")]
    public required string HttpMethod { get; init; }

    /// <summary>The <c>operation_name</c> argument.</summary>
    [Input("operation_name")]
    public Input<string>? OperationName { get; init; }

    /// <summary>The <c>region</c> argument.</summary>
    [Input("region")]
    public Input<string>? Region { get; init; }

    /// <summary>The <c>request_models</c> argument.</summary>
    [Input("request_models")]
    public IReadOnlyDictionary<string, string>? RequestModels { get; init; }

    /// <summary>The <c>request_parameters</c> argument.</summary>
    [Input("request_parameters")]
    public object? RequestParameters { get; init; }

    /// <summary>The <c>request_validator_id</c> argument.</summary>
    [Input("request_validator_id")]
    public Input<string>? RequestValidatorId { get; init; }

    /// <summary>The resource's id.</summary>
    [Input("resource_id")]
    public required Input<string> ResourceId { get; init; }

    /// <summary>The REST API's id.</summary>
    [Input("rest_api_id", Pulumi = "restApi")]
    public required Input<string> RestApiId { get; init; }
}
