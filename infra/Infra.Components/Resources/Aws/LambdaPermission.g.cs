// Generated from infra/Schemas/terraform-schema.json, infra/Schemas/pulumi-schema.json and
// infra/Infra.Generator/overrides.json (aws_lambda_permission) by `dotnet run --project infra/Infra.Generator`.
// Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).
// One file holds the resource, its args and its nested block types: generated files are exempt from one type per file.
// The records are partial: a hand-written half may add helpers (never inputs) beside them.

#nullable enable
#pragma warning disable CS0618 // Deprecated members of the schema are generated too.
using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>A statement of a Lambda function's resource policy (<c>aws_lambda_permission</c>).</summary>
public sealed class LambdaPermission : CustomResource<LambdaPermissionArgs>
{
    /// <summary>Registers the resource.</summary>
    /// <param name="name">The logical name, unique in the root.</param>
    /// <param name="args">The typed inputs.</param>
    /// <param name="options">Options; Parent is required.</param>
    public LambdaPermission(string name, LambdaPermissionArgs args, ResourceOptions? options = null)
        : base("aws_lambda_permission", "aws:lambda/permission:Permission", name, args, options)
    {
    }
}

/// <summary>Inputs of <see cref="LambdaPermission"/>.</summary>
public sealed partial record LambdaPermissionArgs
{
    /// <summary>The action allowed, e.g. <c>lambda:InvokeFunction</c>.</summary>
    [Input("action")]
    public required string Action { get; init; }

    /// <summary>The <c>event_source_token</c> argument.</summary>
    [Input("event_source_token")]
    public Input<string>? EventSourceToken { get; init; }

    /// <summary>The function's name.</summary>
    [Input("function_name", Pulumi = "function")]
    public required Input<string> FunctionName { get; init; }

    /// <summary>The <c>function_url_auth_type</c> argument.</summary>
    [Input("function_url_auth_type")]
    public Input<string>? FunctionUrlAuthType { get; init; }

    /// <summary>The service allowed, e.g. <c>apigateway.amazonaws.com</c>.</summary>
    [Input("principal")]
    public required string Principal { get; init; }

    /// <summary>The <c>principal_org_id</c> argument.</summary>
    [Input("principal_org_id")]
    public Input<string>? PrincipalOrgId { get; init; }

    /// <summary>The alias the permission is on, e.g. <c>live</c>.</summary>
    [Input("qualifier")]
    public string? Qualifier { get; init; }

    /// <summary>The <c>region</c> argument.</summary>
    [Input("region")]
    public Input<string>? Region { get; init; }

    /// <summary>The <c>source_account</c> argument.</summary>
    [Input("source_account")]
    public Input<string>? SourceAccount { get; init; }

    /// <summary>The calling resource, e.g. an API's execution ARN pattern.</summary>
    [Input("source_arn")]
    public Input<string>? SourceArn { get; init; }

    /// <summary>The statement id, unique on the function.</summary>
    [Input("statement_id")]
    public required string StatementId { get; init; }

    /// <summary>The <c>statement_id_prefix</c> argument.</summary>
    [Input("statement_id_prefix")]
    public Input<string>? StatementIdPrefix { get; init; }
}
