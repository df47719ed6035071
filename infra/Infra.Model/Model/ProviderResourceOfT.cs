namespace Infra.Model;

/// <summary>A provider with typed settings: what every generated provider class derives from.</summary>
/// <typeparam name="TArgs">The settings record.</typeparam>
public abstract class ProviderResource<TArgs> : ProviderResource
    where TArgs : class
{
    /// <summary>Registers the provider.</summary>
    /// <param name="package">The provider package: <c>aws</c>, <c>github</c>, <c>random</c>.</param>
    /// <param name="name">The logical name (Pulumi resource name).</param>
    /// <param name="args">The provider's typed settings.</param>
    /// <param name="options">Options; Parent is the root.</param>
    protected ProviderResource(string package, string name, TArgs args, ResourceOptions? options)
        : base(package, name, args, options)
    {
        Args = args;
    }

    /// <summary>The typed settings, for components and rules that read them.</summary>
    public new TArgs Args { get; }
}
