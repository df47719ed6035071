using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>A statement of a Lambda function's resource policy (<c>aws_lambda_permission</c>).</summary>
public sealed class LambdaPermission : CustomResource
{
    /// <summary>Registers the resource.</summary>
    public LambdaPermission(string name, LambdaPermissionArgs args, ResourceOptions? options = null)
        : base("aws_lambda_permission", "aws:lambda/permission:Permission", name, args, options)
    {
        Args = args;
    }

    /// <summary>The typed inputs.</summary>
    public new LambdaPermissionArgs Args { get; }
}
