using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>Inputs of <see cref="IamRolePolicy"/>.</summary>
public sealed record IamRolePolicyArgs
{
    /// <summary>The policy name, unique on the role.</summary>
    [Input("name")]
    public required string Name { get; init; }

    /// <summary>The role's name (or id).</summary>
    [Input("role")]
    public required Input<string> Role { get; init; }

    /// <summary>The permissions, each statement with the reason it exists.</summary>
    [Input("policy")]
    public required PolicyDocument Policy { get; init; }
}
