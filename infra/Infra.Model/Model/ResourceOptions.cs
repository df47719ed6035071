namespace Infra.Model;

/// <summary>
/// Options every resource takes, as in Pulumi: where it sits in the tree and how the engine must treat it.
/// A record, so a component derives its children's options with <c>with</c>.
/// </summary>
public sealed record ResourceOptions
{
    /// <summary>The component (or stack root) this resource belongs to. Required: every resource lives in a root.</summary>
    public ComponentResource? Parent { get; init; }

    /// <summary>Resources that must be created before this one, beyond those its inputs reference.</summary>
    public IReadOnlyList<Resource> DependsOn { get; init; } = [];

    /// <summary>The engine refuses to delete the resource (Terraform <c>prevent_destroy</c>, Pulumi <c>protect</c>). Default: not protected.</summary>
    public bool Protect { get; init; }

    /// <summary>Deleting the resource from the program leaves it in the cloud (Pulumi <c>retainOnDelete</c>). Default: deleted with the program.</summary>
    public bool RetainOnDelete { get; init; }

    /// <summary>
    /// On replacement, create the new object before deleting the old one (Terraform <c>create_before_destroy</c>;
    /// Pulumi already replaces this way unless told otherwise). Default: Terraform's delete-then-create.
    /// </summary>
    public bool CreateBeforeDestroy { get; init; }

    /// <summary>Terraform attribute names whose changes the engine ignores after creation. Default: none.</summary>
    public IReadOnlyList<string> IgnoreChanges { get; init; } = [];

    /// <summary>An explicit provider; default: the root's provider for the resource's package.</summary>
    public ProviderResource? Provider { get; init; }

    /// <summary>The id of an existing cloud object this resource adopts instead of creating (Terraform <c>import</c> block, Pulumi <c>import</c>). Default: created.</summary>
    public string? ImportId { get; init; }

    /// <summary>Rule findings accepted for this resource (and, on a component, its children), each with a reason. Default: none.</summary>
    public IReadOnlyList<Suppression> Suppressions { get; init; } = [];
}
