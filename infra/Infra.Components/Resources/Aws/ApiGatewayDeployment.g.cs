// Generated from infra/Schemas/terraform-schema.json, infra/Schemas/pulumi-schema.json and
// infra/Infra.Generator/overrides.json (aws_api_gateway_deployment) by `dotnet run --project infra/Infra.Generator`.
// Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).
// One file holds the resource, its args and its nested block types: generated files are exempt from one type per file.
// The records are partial: a hand-written half may add helpers (never inputs) beside them.

#nullable enable
#pragma warning disable CS0618 // Deprecated members of the schema are generated too.
using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>A snapshot of a REST API (<c>aws_api_gateway_deployment</c>).</summary>
public sealed class ApiGatewayDeployment : CustomResource<ApiGatewayDeploymentArgs>
{
    /// <summary>Registers the resource.</summary>
    /// <param name="name">The logical name, unique in the root.</param>
    /// <param name="args">The typed inputs.</param>
    /// <param name="options">Options; Parent is required.</param>
    public ApiGatewayDeployment(string name, ApiGatewayDeploymentArgs args, ResourceOptions? options = null)
        : base("aws_api_gateway_deployment", "aws:apigateway/deployment:Deployment", name, args, options)
    {
    }

    /// <summary>The <c>created_date</c> attribute.</summary>
    public Output<string> CreatedDate => Attribute("created_date");

    /// <summary>The <c>id</c> attribute.</summary>
    public Output<string> DeploymentId => Attribute("id");
}

/// <summary>Inputs of <see cref="ApiGatewayDeployment"/>.</summary>
public sealed partial record ApiGatewayDeploymentArgs
{
    /// <summary>What the deployment is.</summary>
    [Input("description")]
    public string? Description { get; init; }

    /// <summary>The <c>region</c> argument.</summary>
    [Input("region")]
    public Input<string>? Region { get; init; }

    /// <summary>The REST API's id.</summary>
    [Input("rest_api_id", Pulumi = "restApi")]
    public required Input<string> RestApiId { get; init; }

    /// <summary>Values whose change makes a new deployment (a hash of the API definition).</summary>
    [Input("triggers")]
    public IReadOnlyDictionary<string, string>? Triggers { get; init; }

    /// <summary>The <c>variables</c> argument.</summary>
    [Input("variables")]
    public IReadOnlyDictionary<string, string>? Variables { get; init; }
}
