using System.Collections.Concurrent;

namespace Infra.Model;

/// <summary>
/// One program of a stack (Terraform root module, Pulumi program): the main root applied by CI, or the bootstrap
/// root applied by an administrator. The top of its resource tree, like Pulumi's <c>pulumi:pulumi:Stack</c>.
/// </summary>
public sealed class StackRoot : ComponentResource
{
    private readonly List<Resource> resources = [];
    private readonly Dictionary<Type, List<Resource>> byType = [];
    private readonly ConcurrentDictionary<Type, Array> ofType = new();
    private volatile bool answered;
    private readonly Dictionary<string, Resource> byName = new(StringComparer.Ordinal);
    private readonly List<ProviderResource> providers = [];
    private readonly SortedDictionary<string, Output<string>> outputs = new(StringComparer.Ordinal);

    /// <summary>Creates an empty root for <paramref name="stack"/>.</summary>
    public StackRoot(Stack stack, RootKind kind)
        : base("pulumi:pulumi:Stack", kind == RootKind.Main ? $"{stack.Project}-{stack.Name}" : $"{stack.Project}-bootstrap-{stack.Name}", null)
    {
        Stack = stack;
        Kind = kind;
        Root = this;
    }

    /// <summary>The stack this root belongs to.</summary>
    public Stack Stack { get; }

    /// <summary>Main or bootstrap.</summary>
    public RootKind Kind { get; }

    /// <summary>The folder of the generated programs, e.g. <c>stacks/dev</c> or <c>stacks/dev/bootstrap</c>.</summary>
    public RepositoryPath Directory => new(Kind == RootKind.Main ? $"stacks/{Stack.Name}" : $"stacks/{Stack.Name}/bootstrap");

    /// <summary>The Pulumi project name of this root's program.</summary>
    public string PulumiProject => Kind == RootKind.Main ? Stack.Project : $"{Stack.Project}-bootstrap";

    /// <summary>Every resource, component and provider of the root, in creation order.</summary>
    public IReadOnlyList<Resource> Resources => resources;

    /// <summary>The provider resources, in creation order.</summary>
    public IReadOnlyList<CustomResource> CustomResources => ResourcesOf<CustomResource>();

    /// <summary>
    /// The resources (and components) of type <typeparamref name="T"/>, in creation order. Every rule asks for a few
    /// types among tens of thousands of resources, so each answer is worked out once: a sealed type straight from the
    /// index of exact types kept as resources register, any other type by one scan; registering a resource forgets them.
    /// </summary>
    public IReadOnlyList<T> ResourcesOf<T>()
        where T : class =>
        (T[])ofType.GetOrAdd(typeof(T), type =>
        {
            answered = true;
            return type.IsSealed
                ? byType.TryGetValue(type, out var exact) ? exact.Cast<T>().ToArray() : []
                : resources.OfType<T>().ToArray();
        });

    /// <summary>The configured providers.</summary>
    public IReadOnlyList<ProviderResource> Providers => providers;

    /// <summary>The stack outputs, by name.</summary>
    public IReadOnlyDictionary<string, Output<string>> Outputs => outputs;

    /// <summary>The Terraform state backend; null until the program sets it.</summary>
    public TerraformBackend? Backend { get; set; }

    /// <summary>The resource with the given logical name, if any.</summary>
    public Resource? Find(string name) => byName.GetValueOrDefault(name) ?? byName.GetValueOrDefault("component:" + name);

    /// <summary>Exports a stack output (Terraform <c>output</c>, Pulumi <c>outputs</c>).</summary>
    public void Export(string name, Output<string> value)
    {
        if (!outputs.TryAdd(name, value))
        {
            throw new ArgumentException($"Stack output '{name}' is exported twice in {Name}: give each output its own name.", nameof(name));
        }
    }

    /// <summary>The default provider of a package: the first one registered.</summary>
    public ProviderResource? DefaultProvider(string package)
    {
        // Asked once per resource by every emitter: a plain loop over the few providers.
        foreach (var provider in providers)
        {
            if (provider.Package == package)
            {
                return provider;
            }
        }

        return null;
    }

    internal void Register(Resource resource)
    {
        // Components and emitted resources live in separate namespaces, as Pulumi's URNs include the type: a
        // component may share its name with its main child (a SecureBucket 'x' and its S3 bucket 'x').
        var key = resource is ComponentResource ? "component:" + resource.Name : resource.Name;
        if (!byName.TryAdd(key, resource))
        {
            throw new ArgumentException(
                $"Two resources are named '{resource.Name}' in {Name} ({byName[key].Type} and {resource.Type}): derive child names from the component's name so that each is unique.",
                nameof(resource));
        }

        resources.Add(resource);
        if (!byType.TryGetValue(resource.GetType(), out var sameType))
        {
            byType.Add(resource.GetType(), sameType = []);
        }

        sameType.Add(resource);
        // Registering happens while the program builds, before anything asks: the cache is empty then, and
        // clearing it (which takes every lock of the dictionary, as asking whether it is empty does) is skipped.
        if (answered)
        {
            ofType.Clear();
            answered = false;
        }
    }

    internal void AddProvider(ProviderResource provider) => providers.Add(provider);
}
