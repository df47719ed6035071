// Generated from infra/Schemas/terraform-schema.json, infra/Schemas/pulumi-schema.json and
// infra/Infra.Generator/overrides.json (aws_api_gateway_rest_api) by `dotnet run --project infra/Infra.Generator`.
// Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).
// One file holds the resource, its args and its nested block types: generated files are exempt from one type per file.
// The records are partial: a hand-written half may add helpers (never inputs) beside them.

#nullable enable
#pragma warning disable CS0618 // Deprecated members of the schema are generated too.
using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>An API Gateway REST API (<c>aws_api_gateway_rest_api</c>).</summary>
public sealed class ApiGatewayRestApi : CustomResource<ApiGatewayRestApiArgs>
{
    /// <summary>Registers the resource.</summary>
    /// <param name="name">The logical name, unique in the root.</param>
    /// <param name="args">The typed inputs.</param>
    /// <param name="options">Options; Parent is required.</param>
    public ApiGatewayRestApi(string name, ApiGatewayRestApiArgs args, ResourceOptions? options = null)
        : base("aws_api_gateway_rest_api", "aws:apigateway/restApi:RestApi", name, args, options)
    {
    }

    /// <summary>The <c>arn</c> attribute.</summary>
    public Output<string> Arn => Attribute("arn");

    /// <summary>The <c>created_date</c> attribute.</summary>
    public Output<string> CreatedDate => Attribute("created_date");

    /// <summary>The <c>execution_arn</c> attribute.</summary>
    public Output<string> ExecutionArn => Attribute("execution_arn");

    /// <summary>The <c>id</c> attribute.</summary>
    public Output<string> RestApiId => Attribute("id");

    /// <summary>The <c>root_resource_id</c> attribute.</summary>
    public Output<string> RootResourceId => Attribute("root_resource_id");
}

/// <summary>Inputs of <see cref="ApiGatewayRestApi"/>.</summary>
public sealed partial record ApiGatewayRestApiArgs
{
    /// <summary>The <c>api_key_source</c> argument.</summary>
    [Input("api_key_source")]
    public Input<string>? ApiKeySource { get; init; }

    /// <summary>The <c>binary_media_types</c> argument.</summary>
    [Input("binary_media_types")]
    public IReadOnlyList<string>? BinaryMediaTypes { get; init; }

    /// <summary>The <c>body</c> argument.</summary>
    [Input("body")]
    public Input<string>? Body { get; init; }

    /// <summary>What the API serves.</summary>
    [Input("description")]
    public string? Description { get; init; }

    /// <summary>The <c>disable_execute_api_endpoint</c> argument.</summary>
    [Input("disable_execute_api_endpoint")]
    public bool? DisableExecuteApiEndpoint { get; init; }

    /// <summary>The endpoint type; default edge-optimized.</summary>
    [Input("endpoint_configuration")]
    public ApiGatewayEndpointConfiguration? EndpointConfiguration { get; init; }

    /// <summary>The <c>fail_on_warnings</c> argument.</summary>
    [Input("fail_on_warnings")]
    public bool? FailOnWarnings { get; init; }

    /// <summary>The <c>minimum_compression_size</c> argument.</summary>
    [Input("minimum_compression_size")]
    public Input<string>? MinimumCompressionSize { get; init; }

    /// <summary>The API name.</summary>
    [Input("name")]
    public required string Name { get; init; }

    /// <summary>The <c>parameters</c> argument.</summary>
    [Input("parameters")]
    public IReadOnlyDictionary<string, string>? Parameters { get; init; }

    /// <summary>The <c>policy</c> argument.</summary>
    [Input("policy")]
    public Input<string>? Policy { get; init; }

    /// <summary>The <c>put_rest_api_mode</c> argument.</summary>
    [Input("put_rest_api_mode")]
    public Input<string>? PutRestApiMode { get; init; }

    /// <summary>The <c>region</c> argument.</summary>
    [Input("region")]
    public Input<string>? Region { get; init; }

    /// <summary>The <c>tags</c> argument.</summary>
    [Input("tags")]
    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    /// <summary>The <c>tags_all</c> argument.</summary>
    [Input("tags_all", TerraformOnly = true)]
    public IReadOnlyDictionary<string, string>? TagsAll { get; init; }
}

/// <summary>The endpoint type; default edge-optimized.</summary>
public sealed partial record ApiGatewayEndpointConfiguration
{
    /// <summary>The <c>ip_address_type</c> argument.</summary>
    [Input("ip_address_type")]
    public Input<string>? IpAddressType { get; init; }

    /// <summary><c>REGIONAL</c>, <c>EDGE</c> or <c>PRIVATE</c>.</summary>
    [Input("types")]
    public required IReadOnlyList<string> Types { get; init; }

    /// <summary>The <c>vpc_endpoint_ids</c> argument.</summary>
    [Input("vpc_endpoint_ids")]
    public IReadOnlyList<string>? VpcEndpointIds { get; init; }
}
