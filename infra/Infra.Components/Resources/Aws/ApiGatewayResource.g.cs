// Generated from infra/Schemas/terraform-schema.json, infra/Schemas/pulumi-schema.json and
// infra/Infra.Generator/overrides.json (aws_api_gateway_resource) by `dotnet run --project infra/Infra.Generator`.
// Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).
// One file holds the resource, its args and its nested block types: generated files are exempt from one type per file.
// The records are partial: a hand-written half may add helpers (never inputs) beside them.

#nullable enable
#pragma warning disable CS0618 // Deprecated members of the schema are generated too.
using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>A path segment of a REST API (<c>aws_api_gateway_resource</c>).</summary>
public sealed class ApiGatewayResource : CustomResource<ApiGatewayResourceArgs>
{
    /// <summary>Registers the resource.</summary>
    /// <param name="name">The logical name, unique in the root.</param>
    /// <param name="args">The typed inputs.</param>
    /// <param name="options">Options; Parent is required.</param>
    public ApiGatewayResource(string name, ApiGatewayResourceArgs args, ResourceOptions? options = null)
        : base("aws_api_gateway_resource", "aws:apigateway/resource:Resource", name, args, options)
    {
    }

    /// <summary>The <c>id</c> attribute.</summary>
    public Output<string> ResourceId => Attribute("id");
}

/// <summary>Inputs of <see cref="ApiGatewayResource"/>.</summary>
public sealed partial record ApiGatewayResourceArgs
{
    /// <summary>The parent resource's id.</summary>
    [Input("parent_id")]
    public required Input<string> ParentId { get; init; }

    /// <summary>The segment, e.g. <c>products</c> or <c>{id}</c>.</summary>
    [Input("path_part")]
    public required string PathPart { get; init; }

    /// <summary>The <c>region</c> argument.</summary>
    [Input("region")]
    public Input<string>? Region { get; init; }

    /// <summary>The REST API's id.</summary>
    [Input("rest_api_id", Pulumi = "restApi")]
    public required Input<string> RestApiId { get; init; }
}
