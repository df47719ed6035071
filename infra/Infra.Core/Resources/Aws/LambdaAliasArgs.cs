using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>Inputs of <see cref="LambdaAlias"/>.</summary>
public sealed record LambdaAliasArgs
{
    /// <summary>The alias name, e.g. <c>live</c>.</summary>
    [Input("name")]
    public required string Name { get; init; }

    /// <summary>The function's name or ARN.</summary>
    [Input("function_name")]
    public required Input<string> FunctionName { get; init; }

    /// <summary>The version the alias points at when created.</summary>
    [Input("function_version")]
    public required Input<string> FunctionVersion { get; init; }

    /// <summary>What the alias is for.</summary>
    [Input("description")]
    public string? Description { get; init; }

    /// <summary>Weighted routing to a second version; set by CodeDeploy during a deployment, never here.</summary>
    [Input("routing_config")]
    public LambdaAliasRoutingConfig? RoutingConfig { get; init; }
}
