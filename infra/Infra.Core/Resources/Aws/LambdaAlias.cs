using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>A Lambda function alias (<c>aws_lambda_alias</c>).</summary>
public sealed class LambdaAlias : CustomResource
{
    /// <summary>Registers the resource.</summary>
    public LambdaAlias(string name, LambdaAliasArgs args, ResourceOptions? options = null)
        : base("aws_lambda_alias", "aws:lambda/alias:Alias", name, args, options)
    {
        Args = args;
    }

    /// <summary>The typed inputs.</summary>
    public new LambdaAliasArgs Args { get; }

    /// <summary>The <c>arn</c> attribute: the qualified ARN that invokers target.</summary>
    public Output<string> Arn => Attribute("arn");

    /// <summary>The <c>invoke_arn</c> attribute, for API Gateway integrations.</summary>
    public Output<string> InvokeArn => Attribute("invoke_arn");

    /// <summary>The <c>name</c> attribute.</summary>
    public Output<string> AliasName => Attribute("name");
}
