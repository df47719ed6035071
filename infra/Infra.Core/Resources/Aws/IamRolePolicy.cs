using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>An inline policy of an IAM role (<c>aws_iam_role_policy</c>).</summary>
public sealed class IamRolePolicy : CustomResource
{
    /// <summary>Registers the resource.</summary>
    public IamRolePolicy(string name, IamRolePolicyArgs args, ResourceOptions? options = null)
        : base("aws_iam_role_policy", "aws:iam/rolePolicy:RolePolicy", name, args, options)
    {
        Args = args;
    }

    /// <summary>The typed inputs.</summary>
    public new IamRolePolicyArgs Args { get; }
}
