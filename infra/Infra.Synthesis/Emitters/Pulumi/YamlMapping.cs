namespace Infra.Emitters.Pulumi;

/// <summary>A YAML mapping, its entries in the order they are written.</summary>
/// <param name="Entries">Keys (unique) and values.</param>
internal sealed record YamlMapping(IReadOnlyList<KeyValuePair<string, YamlItem>> Entries) : YamlItem;
