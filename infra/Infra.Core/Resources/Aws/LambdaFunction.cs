using Infra.Model;

namespace Infra.Resources.Aws;

/// <summary>A Lambda function (<c>aws_lambda_function</c>).</summary>
public sealed class LambdaFunction : CustomResource
{
    /// <summary>Registers the resource.</summary>
    public LambdaFunction(string name, LambdaFunctionArgs args, ResourceOptions? options = null)
        : base("aws_lambda_function", "aws:lambda/function:Function", name, args, options)
    {
        Args = args;
    }

    /// <summary>The typed inputs.</summary>
    public new LambdaFunctionArgs Args { get; }

    /// <summary>The <c>arn</c> attribute.</summary>
    public Output<string> Arn => Attribute("arn");

    /// <summary>The <c>function_name</c> attribute.</summary>
    public Output<string> FunctionName => Attribute("function_name", "name");

    /// <summary>The <c>invoke_arn</c> attribute.</summary>
    public Output<string> InvokeArn => Attribute("invoke_arn");

    /// <summary>The <c>qualified_arn</c> attribute.</summary>
    public Output<string> QualifiedArn => Attribute("qualified_arn");

    /// <summary>The <c>version</c> attribute.</summary>
    public Output<string> Version => Attribute("version");
}
