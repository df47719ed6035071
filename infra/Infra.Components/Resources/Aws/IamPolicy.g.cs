// Generated from infra/Schemas/terraform-schema.json, infra/Schemas/pulumi-schema.json and
// infra/Infra.Generator/overrides.json (aws_iam_policy) by `dotnet run --project infra/Infra.Generator`.
// Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).
// One file holds the resource, its args and its nested block types: generated files are exempt from one type per file.
// The records are partial: a hand-written half may add helpers (never inputs) beside them.

#nullable enable
#pragma warning disable CS0618 // Deprecated members of the schema are generated too.
using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>A customer-managed IAM policy (<c>aws_iam_policy</c>).</summary>
public sealed class IamPolicy : CustomResource<IamPolicyArgs>
{
    /// <summary>Registers the resource.</summary>
    /// <param name="name">The logical name, unique in the root.</param>
    /// <param name="args">The typed inputs.</param>
    /// <param name="options">Options; Parent is required.</param>
    public IamPolicy(string name, IamPolicyArgs args, ResourceOptions? options = null)
        : base("aws_iam_policy", "aws:iam/policy:Policy", name, args, options)
    {
    }

    /// <summary>The <c>arn</c> attribute.</summary>
    public Output<string> Arn => Attribute("arn");

    /// <summary>The <c>policy_id</c> attribute.</summary>
    public Output<string> PolicyId => Attribute("policy_id");
}

/// <summary>Inputs of <see cref="IamPolicy"/>.</summary>
public sealed partial record IamPolicyArgs
{
    /// <summary>What the policy is for.</summary>
    [Input("description")]
    public string? Description { get; init; }

    /// <summary>The policy name, unique in the account.</summary>
    [Input("name")]
    public required string Name { get; init; }

    /// <summary>The <c>name_prefix</c> argument.</summary>
    [Input("name_prefix")]
    public Input<string>? NamePrefix { get; init; }

    /// <summary>Default <c>/</c>: the path in the policy's ARN (<c>policy/PATH/NAME</c>).</summary>
    [Input("path")]
    public string? Path { get; init; }

    /// <summary>The permissions, each statement with the reason it exists.</summary>
    [Input("policy")]
    public required PolicyDocument Policy { get; init; }

    /// <summary>The <c>tags</c> argument.</summary>
    [Input("tags")]
    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    /// <summary>The <c>tags_all</c> argument.</summary>
    [Input("tags_all", TerraformOnly = true)]
    public IReadOnlyDictionary<string, string>? TagsAll { get; init; }
}
