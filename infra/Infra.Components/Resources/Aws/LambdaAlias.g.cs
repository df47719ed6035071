// Generated from infra/Schemas/terraform-schema.json, infra/Schemas/pulumi-schema.json and
// infra/Infra.Generator/overrides.json (aws_lambda_alias) by `dotnet run --project infra/Infra.Generator`.
// Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).
// One file holds the resource, its args and its nested block types: generated files are exempt from one type per file.
// The records are partial: a hand-written half may add helpers (never inputs) beside them.

#nullable enable
#pragma warning disable CS0618 // Deprecated members of the schema are generated too.
using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>A Lambda function alias (<c>aws_lambda_alias</c>).</summary>
public sealed class LambdaAlias : CustomResource<LambdaAliasArgs>
{
    /// <summary>Registers the resource.</summary>
    /// <param name="name">The logical name, unique in the root.</param>
    /// <param name="args">The typed inputs.</param>
    /// <param name="options">Options; Parent is required.</param>
    public LambdaAlias(string name, LambdaAliasArgs args, ResourceOptions? options = null)
        : base("aws_lambda_alias", "aws:lambda/alias:Alias", name, args, options)
    {
    }

    /// <summary>The <c>name</c> attribute.</summary>
    public Output<string> AliasName => Attribute("name");

    /// <summary>The <c>arn</c> attribute.</summary>
    public Output<string> Arn => Attribute("arn");

    /// <summary>The <c>invoke_arn</c> attribute.</summary>
    public Output<string> InvokeArn => Attribute("invoke_arn");
}

/// <summary>Inputs of <see cref="LambdaAlias"/>.</summary>
public sealed partial record LambdaAliasArgs
{
    /// <summary>What the alias is for.</summary>
    [Input("description")]
    public string? Description { get; init; }

    /// <summary>The function's name or ARN.</summary>
    [Input("function_name")]
    public required Input<string> FunctionName { get; init; }

    /// <summary>The version the alias points at when created.</summary>
    [Input("function_version")]
    public required Input<string> FunctionVersion { get; init; }

    /// <summary>The alias name, e.g. <c>live</c>.</summary>
    [Input("name")]
    public required string Name { get; init; }

    /// <summary>The <c>region</c> argument.</summary>
    [Input("region")]
    public Input<string>? Region { get; init; }

    /// <summary>Weighted routing to a second version; set by CodeDeploy during a deployment, never here.</summary>
    [Input("routing_config")]
    public LambdaAliasRoutingConfig? RoutingConfig { get; init; }
}

/// <summary>Weighted routing to a second version; set by CodeDeploy during a deployment, never here.</summary>
public sealed partial record LambdaAliasRoutingConfig
{
    /// <summary>The share of traffic (0-1) per additional version.</summary>
    [Input("additional_version_weights")]
    public IReadOnlyDictionary<string, double>? AdditionalVersionWeights { get; init; }
}
