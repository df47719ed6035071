// Generated from infra/Schemas/terraform-schema.json, infra/Schemas/pulumi-schema.json and
// infra/Infra.Generator/overrides.json (aws_iam_role_policy) by `dotnet run --project infra/Infra.Generator`.
// Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).
// One file holds the resource, its args and its nested block types: generated files are exempt from one type per file.
// The records are partial: a hand-written half may add helpers (never inputs) beside them.

#nullable enable
#pragma warning disable CS0618 // Deprecated members of the schema are generated too.
using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>An inline policy of an IAM role (<c>aws_iam_role_policy</c>).</summary>
public sealed class IamRolePolicy : CustomResource<IamRolePolicyArgs>
{
    /// <summary>Registers the resource.</summary>
    /// <param name="name">The logical name, unique in the root.</param>
    /// <param name="args">The typed inputs.</param>
    /// <param name="options">Options; Parent is required.</param>
    public IamRolePolicy(string name, IamRolePolicyArgs args, ResourceOptions? options = null)
        : base("aws_iam_role_policy", "aws:iam/rolePolicy:RolePolicy", name, args, options)
    {
    }
}

/// <summary>Inputs of <see cref="IamRolePolicy"/>.</summary>
public sealed partial record IamRolePolicyArgs
{
    /// <summary>The policy name, unique on the role.</summary>
    [Input("name")]
    public required string Name { get; init; }

    /// <summary>The <c>name_prefix</c> argument.</summary>
    [Input("name_prefix")]
    public Input<string>? NamePrefix { get; init; }

    /// <summary>The permissions, each statement with the reason it exists.</summary>
    [Input("policy")]
    public required PolicyDocument Policy { get; init; }

    /// <summary>The role's name (or id).</summary>
    [Input("role")]
    public required Input<string> Role { get; init; }
}
