// Generated from infra/Schemas/terraform-schema.json, infra/Schemas/pulumi-schema.json and
// infra/Infra.Generator/overrides.json (aws_iam_role_policy_attachment) by `dotnet run --project infra/Infra.Generator`.
// Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).
// One file holds the resource, its args and its nested block types: generated files are exempt from one type per file.
// The records are partial: a hand-written half may add helpers (never inputs) beside them.

#nullable enable
#pragma warning disable CS0618 // Deprecated members of the schema are generated too.
using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>A managed policy attached to an IAM role (<c>aws_iam_role_policy_attachment</c>).</summary>
public sealed class IamRolePolicyAttachment : CustomResource<IamRolePolicyAttachmentArgs>
{
    /// <summary>Registers the resource.</summary>
    /// <param name="name">The logical name, unique in the root.</param>
    /// <param name="args">The typed inputs.</param>
    /// <param name="options">Options; Parent is required.</param>
    public IamRolePolicyAttachment(string name, IamRolePolicyAttachmentArgs args, ResourceOptions? options = null)
        : base("aws_iam_role_policy_attachment", "aws:iam/rolePolicyAttachment:RolePolicyAttachment", name, args, options)
    {
    }
}

/// <summary>Inputs of <see cref="IamRolePolicyAttachment"/>.</summary>
public sealed partial record IamRolePolicyAttachmentArgs
{
    /// <summary>The managed policy's ARN (a reference to an <c>aws_iam_policy</c>'s ARN orders the attachment after the policy).</summary>
    [Input("policy_arn")]
    public required Input<string> PolicyArn { get; init; }

    /// <summary>The role's name.</summary>
    [Input("role")]
    public required Input<string> Role { get; init; }

    /// <summary>Why the role needs this managed policy (rule IAM-EVIDENCE); not emitted.</summary>
    public required string Reason { get; init; }
}
