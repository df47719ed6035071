namespace Infra.Model;

/// <summary>
/// A group of resources built by one constructor <c>(name, args, options)</c>, as in Pulumi.
/// Children pass <c>Parent = this</c> (see <see cref="ChildOptions"/>) and derive their names from the component's.
/// Components appear in the tree and previews; the emitters flatten them away.
/// </summary>
public abstract class ComponentResource : Resource
{
    private readonly List<Resource> children = [];

    /// <summary>Registers the component.</summary>
    /// <param name="type">A <c>pkg:module:Type</c> token, e.g. <c>bbws:lambda:LambdaService</c>.</param>
    /// <param name="name">The logical name; children are named <c>{name}-...</c>.</param>
    /// <param name="options">Options; Parent is required.</param>
    protected ComponentResource(string type, string name, ResourceOptions? options)
        : base(type, name, options)
    {
    }

    /// <summary>The resources this component created, in creation order.</summary>
    public IReadOnlyList<Resource> Children => children;

    /// <summary>Options for a child: parented to this component, with any extra dependencies.</summary>
    protected ResourceOptions ChildOptions(bool protect = false, IReadOnlyList<Resource>? dependsOn = null) => new()
    {
        Parent = this,
        Protect = protect,
        RetainOnDelete = protect,
        DependsOn = dependsOn ?? [],
    };

    internal void AddChild(Resource child) => children.Add(child);
}
