// Generated from infra/Schemas/terraform-schema.json, infra/Schemas/pulumi-schema.json and
// infra/Infra.Generator/overrides.json (aws_api_gateway_account) by `dotnet run --project infra/Infra.Generator`.
// Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).
// One file holds the resource, its args and its nested block types: generated files are exempt from one type per file.
// The records are partial: a hand-written half may add helpers (never inputs) beside them.

#nullable enable
#pragma warning disable CS0618 // Deprecated members of the schema are generated too.
using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>The account-level settings of API Gateway in one region (<c>aws_api_gateway_account</c>).</summary>
public sealed class ApiGatewayAccount : CustomResource<ApiGatewayAccountArgs>
{
    /// <summary>Registers the resource.</summary>
    /// <param name="name">The logical name, unique in the root.</param>
    /// <param name="args">The typed inputs.</param>
    /// <param name="options">Options; Parent is required.</param>
    public ApiGatewayAccount(string name, ApiGatewayAccountArgs args, ResourceOptions? options = null)
        : base("aws_api_gateway_account", "aws:apigateway/account:Account", name, args, options)
    {
    }

    /// <summary>The <c>api_key_version</c> attribute.</summary>
    public Output<string> ApiKeyVersion => Attribute("api_key_version");
}

/// <summary>Inputs of <see cref="ApiGatewayAccount"/>.</summary>
public sealed partial record ApiGatewayAccountArgs
{
    /// <summary>The role API Gateway uses to write logs to CloudWatch.</summary>
    [Input("cloudwatch_role_arn")]
    public required Input<string> CloudWatchRoleArn { get; init; }

    /// <summary>The <c>region</c> argument.</summary>
    [Input("region")]
    public Input<string>? Region { get; init; }
}
