using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>An IAM role (<c>aws_iam_role</c>).</summary>
public sealed class IamRole : CustomResource
{
    /// <summary>Registers the resource.</summary>
    public IamRole(string name, IamRoleArgs args, ResourceOptions? options = null)
        : base("aws_iam_role", "aws:iam/role:Role", name, args, options)
    {
        Args = args;
    }

    /// <summary>The typed inputs.</summary>
    public new IamRoleArgs Args { get; }

    /// <summary>The <c>arn</c> attribute.</summary>
    public Output<string> Arn => Attribute("arn");

    /// <summary>The <c>name</c> attribute.</summary>
    public Output<string> RoleName => Attribute("name");
}
