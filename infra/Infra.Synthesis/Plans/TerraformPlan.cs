using Newtonsoft.Json.Linq;

namespace Infra.Plans;

/// <summary>
/// The parts of <c>terraform show -json</c> (or <c>tofu show -json</c>) output that previews and gates use.
/// Top-level <c>variables</c>, planned values and prior state are never kept: they may hold secrets and no one
/// here needs them.
/// </summary>
/// <param name="FormatVersion">The plan format version, e.g. <c>1.2</c>.</param>
public sealed record TerraformPlan(string FormatVersion)
{
    /// <summary>The Terraform version that wrote the plan, when present.</summary>
    public string? TerraformVersion { get; init; }

    /// <summary>The planned changes, in the plan's order.</summary>
    public IReadOnlyList<ResourceChange> ResourceChanges { get; init; } = [];

    /// <summary>The changes found outside Terraform since the last apply.</summary>
    public IReadOnlyList<ResourceChange> ResourceDrift { get; init; } = [];

    /// <summary>The root output changes, sorted by name.</summary>
    public IReadOnlyList<OutputChange> OutputChanges { get; init; } = [];

    /// <summary>True when planning failed part-way (the plan is incomplete and cannot be applied).</summary>
    public bool Errored { get; init; }

    /// <summary>Whether the plan can be applied; null when the plan predates the field.</summary>
    public bool? Applyable { get; init; }

    /// <summary>Whether applying completes the change; null when the plan predates the field.</summary>
    public bool? Complete { get; init; }

    /// <summary>
    /// The provider configurations from <c>configuration.provider_config</c>, by key (e.g. <c>aws</c>,
    /// <c>aws.us_east_1</c>); empty when the plan carries none.
    /// </summary>
    public IReadOnlyDictionary<string, JObject> ProviderConfigs { get; init; } = new Dictionary<string, JObject>();
}
