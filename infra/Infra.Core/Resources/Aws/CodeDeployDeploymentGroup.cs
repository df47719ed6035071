using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>A CodeDeploy deployment group (<c>aws_codedeploy_deployment_group</c>).</summary>
public sealed class CodeDeployDeploymentGroup : CustomResource
{
    /// <summary>Registers the resource.</summary>
    public CodeDeployDeploymentGroup(string name, CodeDeployDeploymentGroupArgs args, ResourceOptions? options = null)
        : base("aws_codedeploy_deployment_group", "aws:codedeploy/deploymentGroup:DeploymentGroup", name, args, options)
    {
        Args = args;
    }

    /// <summary>The typed inputs.</summary>
    public new CodeDeployDeploymentGroupArgs Args { get; }

    /// <summary>The <c>arn</c> attribute.</summary>
    public Output<string> Arn => Attribute("arn");

    /// <summary>The <c>deployment_group_name</c> attribute.</summary>
    public Output<string> GroupName => Attribute("deployment_group_name");
}
