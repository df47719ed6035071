using System.Text.RegularExpressions;

namespace Infra.Model;

/// <summary>
/// A node of a stack's resource tree: a provider resource, a component or a stack root.
/// Registering happens in the constructor, as in Pulumi: creating the object adds it to its root.
/// </summary>
public abstract partial class Resource
{
    private string? path;

    /// <summary>Registers the resource under <see cref="ResourceOptions.Parent"/>.</summary>
    /// <param name="type">The type: a Terraform type for provider resources, a <c>pkg:module:Type</c> token for components.</param>
    /// <param name="name">The logical name, unique in its root: lower-case letters, digits and hyphens.</param>
    /// <param name="options">Options; <see cref="ResourceOptions.Parent"/> is required.</param>
    protected Resource(string type, string name, ResourceOptions? options)
    {
        Type = type;
        Name = name;
        Options = options ?? new ResourceOptions();
        if (this is StackRoot)
        {
            return;
        }

        if (!LogicalName().IsMatch(name) || name.Length > 120)
        {
            throw new ArgumentException(
                $"Resource name '{name}' of {type} is not a valid logical name: use lower-case letters, digits and single hyphens, starting with a letter (e.g. 'order-processor-role').",
                nameof(name));
        }

        Parent = Options.Parent ?? throw new ArgumentException(
            $"Resource '{name}' ({type}) has no parent: pass options with Parent = the stack root or the component that creates it.",
            nameof(options));
        Root = Parent.Root;
        Parent.AddChild(this);
        Root.Register(this);

        // A component's path is every child's comment in the emitted module: made with it, as CustomResource makes
        // its address, rather than stored into it later.
        if (this is ComponentResource)
        {
            path = Parent is StackRoot ? Name : $"{Parent.Path}/{Name}";
        }
    }

    /// <summary>The Terraform type or component token.</summary>
    public string Type { get; }

    /// <summary>The logical name, unique in its root.</summary>
    public string Name { get; }

    /// <summary>The options the resource was created with.</summary>
    public ResourceOptions Options { get; }

    /// <summary>The component or root that created the resource; null only for a stack root.</summary>
    public ComponentResource? Parent { get; }

    /// <summary>The root (a stack's main or bootstrap program) the resource belongs to.</summary>
    public StackRoot Root { get; private protected set; } = null!;

    /// <summary>The suppressions that apply to this resource: its own and those of every enclosing component.</summary>
    public IEnumerable<Suppression> EffectiveSuppressions
    {
        get
        {
            for (Resource? r = this; r is not null; r = r.Parent)
            {
                foreach (var s in r.Options.Suppressions)
                {
                    yield return s;
                }
            }
        }
    }

    /// <summary>The path from the root, e.g. <c>order-processor/order-processor-role</c>, for messages.</summary>
    public string Path => path ??= Parent is null or StackRoot ? Name : $"{Parent.Path}/{Name}";

    /// <inheritdoc />
    public override string ToString() => $"{Type} '{Name}'";

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex LogicalName();
}
