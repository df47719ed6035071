using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>A managed policy attached to an IAM role (<c>aws_iam_role_policy_attachment</c>).</summary>
public sealed class IamRolePolicyAttachment : CustomResource
{
    /// <summary>Registers the resource.</summary>
    public IamRolePolicyAttachment(string name, IamRolePolicyAttachmentArgs args, ResourceOptions? options = null)
        : base("aws_iam_role_policy_attachment", "aws:iam/rolePolicyAttachment:RolePolicyAttachment", name, args, options)
    {
        Args = args;
    }

    /// <summary>The typed inputs.</summary>
    public new IamRolePolicyAttachmentArgs Args { get; }
}
