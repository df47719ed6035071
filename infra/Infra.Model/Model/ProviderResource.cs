namespace Infra.Model;

/// <summary>
/// A configured provider (Terraform <c>provider</c> block, Pulumi <c>pulumi:providers:PKG</c> resource).
/// The first provider of a package registered in a root is that root's default for the package.
/// </summary>
public abstract class ProviderResource : Resource
{
    /// <summary>Registers the provider.</summary>
    /// <param name="package">The provider package: <c>aws</c>, <c>github</c>, <c>random</c>.</param>
    /// <param name="name">The logical name (Pulumi resource name).</param>
    /// <param name="args">The provider's typed settings.</param>
    /// <param name="options">Options; Parent is the root.</param>
    protected ProviderResource(string package, string name, object args, ResourceOptions? options)
        : base($"pulumi:providers:{package}", name, options)
    {
        Package = package;
        Args = args;
        Root.AddProvider(this);
    }

    /// <summary>The provider package name.</summary>
    public string Package { get; }

    /// <summary>The typed provider settings, read by emitters through <see cref="ReadProperties"/>.</summary>
    public object Args { get; }

    /// <summary>The Terraform source address, e.g. <c>hashicorp/aws</c>.</summary>
    public abstract string TerraformSource { get; }

    /// <summary>The exact Terraform provider version every root requires (see <see cref="EngineVersions"/>).</summary>
    public string TerraformVersion => EngineVersions.Provider(Package).TerraformVersion;

    /// <summary>The exact Pulumi plugin version every Pulumi program asks for (see <see cref="EngineVersions"/>).</summary>
    public string PulumiVersion => EngineVersions.Provider(Package).PulumiVersion;

    /// <summary>Reads the settings as property values (anew on each call, as <see cref="CustomResource.ReadProperties"/>).</summary>
    public ObjectValue ReadProperties() => InputReader.Read(Args);
}
