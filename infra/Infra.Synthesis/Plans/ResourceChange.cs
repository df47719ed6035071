using Newtonsoft.Json.Linq;

namespace Infra.Plans;

/// <summary>
/// One entry of a Terraform plan's <c>resource_changes</c> (or <c>resource_drift</c>), as <c>terraform show -json</c>
/// writes it. Values stay as JSON because their shape is the provider's.
/// </summary>
/// <param name="Address">The full address, e.g. <c>module.api.aws_lambda_function.handler[0]</c>; empty in old drift entries, which lack it.</param>
/// <param name="Actions">The action words, e.g. <c>["delete","create"]</c>.</param>
public sealed record ResourceChange(string Address, IReadOnlyList<string> Actions)
{
    /// <summary>The module address, e.g. <c>module.api</c>; null in the root module.</summary>
    public string? ModuleAddress { get; init; }

    /// <summary><c>managed</c> or <c>data</c>.</summary>
    public string? Mode { get; init; }

    /// <summary>The resource type.</summary>
    public string Type { get; init; } = string.Empty;

    /// <summary>The resource name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The <c>count</c> index or <c>for_each</c> key, when the resource has one.</summary>
    public JToken? Index { get; init; }

    /// <summary>The provider, e.g. <c>registry.terraform.io/hashicorp/aws</c>.</summary>
    public string? ProviderName { get; init; }

    /// <summary>Why Terraform chose the action, e.g. <c>replace_because_tainted</c>.</summary>
    public string? ActionReason { get; init; }

    /// <summary>The attribute paths that force a replacement (each a list of keys and indexes).</summary>
    public JToken? ReplacePaths { get; init; }

    /// <summary>The import block's details when the resource is being imported; null otherwise.</summary>
    public JToken? Importing { get; init; }

    /// <summary>The address before a <c>moved</c> block took effect.</summary>
    public string? PreviousAddress { get; init; }

    /// <summary>The deposed object key, when this change concerns a deposed object.</summary>
    public string? Deposed { get; init; }

    /// <summary>The values before the change (null when created).</summary>
    public JToken? Before { get; init; }

    /// <summary>The values after the change (null when deleted).</summary>
    public JToken? After { get; init; }

    /// <summary>Which after-values are computed during apply (<c>true</c> leaves).</summary>
    public JToken? AfterUnknown { get; init; }

    /// <summary>Which before-values are sensitive: <c>true</c> leaves, or a bare boolean.</summary>
    public JToken? BeforeSensitive { get; init; }

    /// <summary>Which after-values are sensitive: <c>true</c> leaves, or a bare boolean.</summary>
    public JToken? AfterSensitive { get; init; }
}
