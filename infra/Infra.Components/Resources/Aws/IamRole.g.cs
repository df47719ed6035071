// Generated from infra/Schemas/terraform-schema.json, infra/Schemas/pulumi-schema.json and
// infra/Infra.Generator/overrides.json (aws_iam_role) by `dotnet run --project infra/Infra.Generator`.
// Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).
// One file holds the resource, its args and its nested block types: generated files are exempt from one type per file.
// The records are partial: a hand-written half may add helpers (never inputs) beside them.

#nullable enable
#pragma warning disable CS0618 // Deprecated members of the schema are generated too.
using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>An IAM role (<c>aws_iam_role</c>).</summary>
public sealed class IamRole : CustomResource<IamRoleArgs>
{
    /// <summary>Registers the resource.</summary>
    /// <param name="name">The logical name, unique in the root.</param>
    /// <param name="args">The typed inputs.</param>
    /// <param name="options">Options; Parent is required.</param>
    public IamRole(string name, IamRoleArgs args, ResourceOptions? options = null)
        : base("aws_iam_role", "aws:iam/role:Role", name, args, options)
    {
    }

    /// <summary>The <c>arn</c> attribute.</summary>
    public Output<string> Arn => Attribute("arn");

    /// <summary>The <c>create_date</c> attribute.</summary>
    public Output<string> CreateDate => Attribute("create_date");

    /// <summary>The <c>name</c> attribute.</summary>
    public Output<string> RoleName => Attribute("name");

    /// <summary>The <c>unique_id</c> attribute.</summary>
    public Output<string> UniqueId => Attribute("unique_id");
}

/// <summary>Inputs of <see cref="IamRole"/>.</summary>
public sealed partial record IamRoleArgs
{
    /// <summary>Who may assume the role.</summary>
    [Input("assume_role_policy")]
    public required PolicyDocument AssumeRolePolicy { get; init; }

    /// <summary>What the role is for.</summary>
    [Input("description")]
    public string? Description { get; init; }

    /// <summary>The <c>force_detach_policies</c> argument.</summary>
    [Input("force_detach_policies")]
    public bool? ForceDetachPolicies { get; init; }

    /// <summary>The <c>inline_policy</c> blocks.</summary>
    [Input("inline_policy", Pulumi = "inlinePolicies")]
    public IReadOnlyList<IamRoleInlinePolicy>? InlinePolicies { get; init; }

    /// <summary>The <c>managed_policy_arns</c> argument.</summary>
    [Input("managed_policy_arns")]
    public IReadOnlyList<string>? ManagedPolicyArns { get; init; }

    /// <summary>Default 3600 seconds: the longest session a caller can ask for.</summary>
    [Input("max_session_duration")]
    public int? MaxSessionDurationSeconds { get; init; }

    /// <summary>The role name (at most 64 characters).</summary>
    [Input("name")]
    public required string Name { get; init; }

    /// <summary>The <c>name_prefix</c> argument.</summary>
    [Input("name_prefix")]
    public Input<string>? NamePrefix { get; init; }

    /// <summary>Default <c>/</c>: the path in the role's ARN (<c>role/PATH/NAME</c>), which policies can match to scope who may manage the role.</summary>
    [Input("path")]
    public string? Path { get; init; }

    /// <summary>The ARN of the managed policy that caps what the role can ever do, whatever its own policies grant; none when unset.</summary>
    [Input("permissions_boundary")]
    public Input<string>? PermissionsBoundary { get; init; }

    /// <summary>The <c>tags</c> argument.</summary>
    [Input("tags")]
    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    /// <summary>The <c>tags_all</c> argument.</summary>
    [Input("tags_all", TerraformOnly = true)]
    public IReadOnlyDictionary<string, string>? TagsAll { get; init; }
}

/// <summary>A <c>inline_policy</c> block.</summary>
public sealed partial record IamRoleInlinePolicy
{
    /// <summary>The <c>name</c> argument.</summary>
    [Input("name")]
    public Input<string>? Name { get; init; }

    /// <summary>The <c>policy</c> argument.</summary>
    [Input("policy")]
    public Input<string>? Policy { get; init; }
}
