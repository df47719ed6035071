namespace Infra.Model;

/// <summary>A provider resource with typed args: what every generated resource class derives from.</summary>
/// <typeparam name="TArgs">The args record.</typeparam>
public abstract class CustomResource<TArgs> : CustomResource
    where TArgs : class
{
    /// <summary>Registers the resource.</summary>
    /// <param name="terraformType">The Terraform type, e.g. <c>aws_s3_bucket</c>.</param>
    /// <param name="pulumiToken">The Pulumi type token, e.g. <c>aws:s3/bucket:Bucket</c>.</param>
    /// <param name="name">The logical name, unique in the root.</param>
    /// <param name="args">The typed inputs.</param>
    /// <param name="options">Options; Parent is required.</param>
    protected CustomResource(string terraformType, string pulumiToken, string name, TArgs args, ResourceOptions? options)
        : base(terraformType, pulumiToken, name, args, options)
    {
        Args = args;
    }

    /// <summary>The typed inputs, for components and rules that read them.</summary>
    public new TArgs Args { get; }
}
