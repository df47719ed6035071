namespace Infra.Plans;

/// <summary>What will happen to one resource, in the order the summary lists the kinds.</summary>
public enum ChangeKind
{
    /// <summary>A new resource is created.</summary>
    Create,

    /// <summary>An existing resource is changed in place.</summary>
    Update,

    /// <summary>An existing resource is destroyed and created again (either order).</summary>
    Replace,

    /// <summary>An existing resource is destroyed.</summary>
    Delete,

    /// <summary>The engine stops managing a resource but leaves it in the cloud.</summary>
    Forget,

    /// <summary>A data source is read during apply.</summary>
    Read,

    /// <summary>An existing cloud resource is adopted without other change.</summary>
    Import,

    /// <summary>Nothing changes.</summary>
    NoOp,
}
