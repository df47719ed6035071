namespace Infra.Plans;

/// <summary>
/// What a preview renders and a gate judges: the resource changes of one stack, whatever produced them.
/// </summary>
/// <param name="Source">Where the changes come from, e.g. <c>terraform plan plan.json</c>.</param>
/// <param name="Changes">Every resource change, no-op included, in the source's order.</param>
public sealed record ChangeSet(string Source, IReadOnlyList<PlannedChange> Changes)
{
    /// <summary>Changed root outputs (their attributes' paths are the output names).</summary>
    public IReadOnlyList<AttributeChange> OutputChanges { get; init; } = [];

    /// <summary>
    /// Protections weakened or strengthened on resources that stay: shown as banners, since a lifecycle setting or
    /// an engine option is no attribute of the cloud object and may change nothing else.
    /// </summary>
    public IReadOnlyList<ProtectionChange> ProtectionChanges { get; init; } = [];

    /// <summary>How many resources changed outside the engine since the last apply.</summary>
    public int DriftCount { get; init; }

    /// <summary>True when the engine reported an error while planning: the plan is incomplete.</summary>
    public bool Errored { get; init; }

    /// <summary>Whether the plan can be applied, when the source says.</summary>
    public bool? Applyable { get; init; }

    /// <summary>Whether applying the plan completes the change, when the source says.</summary>
    public bool? Complete { get; init; }

    /// <summary>Counts per kind.</summary>
    public ChangeSummary Summary => ChangeSummary.Of(Changes);
}
