using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>A CodeDeploy application (<c>aws_codedeploy_app</c>).</summary>
public sealed class CodeDeployApp : CustomResource
{
    /// <summary>Registers the resource.</summary>
    public CodeDeployApp(string name, CodeDeployAppArgs args, ResourceOptions? options = null)
        : base("aws_codedeploy_app", "aws:codedeploy/application:Application", name, args, options)
    {
        Args = args;
    }

    /// <summary>The typed inputs.</summary>
    public new CodeDeployAppArgs Args { get; }

    /// <summary>The <c>name</c> attribute.</summary>
    public Output<string> AppName => Attribute("name");
}
