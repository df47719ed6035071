namespace Infra.Model;

/// <summary>
/// A resource of a provider (an S3 bucket, an IAM role): what the engines create. Each provider resource type
/// is one subclass that knows its Terraform type, its Pulumi token and its typed args.
/// </summary>
public abstract class CustomResource : Resource
{

    /// <summary>Registers the resource.</summary>
    /// <param name="terraformType">The Terraform type, e.g. <c>aws_s3_bucket</c>.</param>
    /// <param name="pulumiToken">The Pulumi type token, e.g. <c>aws:s3/bucket:Bucket</c>.</param>
    /// <param name="name">The logical name, unique in the root.</param>
    /// <param name="args">The typed inputs.</param>
    /// <param name="options">Options; Parent is required.</param>
    protected CustomResource(string terraformType, string pulumiToken, string name, object args, ResourceOptions? options)
        : base(terraformType, name, options)
    {
        PulumiToken = pulumiToken;
        Args = args;

        // Made with the resource, not when first asked for: every consumer asks, and a name stored into a resource
        // long after it was made is a young object referenced from an old one, which every collection must then scan.
        TerraformIdentifier = Names.TerraformIdentifier(Name);
        TerraformAddress = $"{Type}.{TerraformIdentifier}";
    }

    /// <summary>The Pulumi type token.</summary>
    public string PulumiToken { get; }

    /// <summary>The typed inputs, for rules that inspect them.</summary>
    public object Args { get; }

    /// <summary>The provider package (<c>aws</c>, <c>github</c>, <c>random</c>), the Terraform type's prefix.</summary>
    public string Package => Type[..Type.IndexOf('_')];

    /// <summary>The Terraform address, e.g. <c>aws_s3_bucket.state_bucket</c>.</summary>
    public string TerraformAddress { get; }

    /// <summary>The Terraform name of the resource: its logical name with '-' written '_'.</summary>
    public string TerraformIdentifier { get; }

    /// <summary>
    /// Reads the inputs as property values. Each call reads them anew and nothing is kept: each consumer (a rule, an
    /// emitter) reads once, and keeping the trees of every resource alive doubled the live heap of large programs.
    /// </summary>
    public ObjectValue ReadProperties() => InputReader.Read(Args);

    /// <summary>True for resources that hold data which must survive (buckets, tables, keys, log groups, secrets).</summary>
    public virtual bool IsStateful => false;

    /// <summary>The Pulumi name of a Terraform input of this resource.</summary>
    public string? PulumiInputName(string terraformName) => InputReader.PulumiNameOf(Args.GetType(), terraformName);

    /// <summary>The provider resource the engine uses for this resource.</summary>
    public ProviderResource? EffectiveProvider => Options.Provider ?? Root.DefaultProvider(Package);

    /// <summary>The resource's <c>id</c>.</summary>
    public Output<string> Id => Attribute("id");

    /// <summary>A reference to one of this resource's attributes.</summary>
    /// <param name="terraformName">The Terraform attribute name.</param>
    /// <param name="pulumiName">The Pulumi output name when it is not the camelCase of the Terraform one.</param>
    protected Output<string> Attribute(string terraformName, string? pulumiName = null) =>
        new(new AttributeReference(this, terraformName, pulumiName ?? Names.CamelCase(terraformName)));
}
