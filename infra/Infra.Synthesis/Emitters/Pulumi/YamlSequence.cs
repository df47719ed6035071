namespace Infra.Emitters.Pulumi;

/// <summary>A YAML sequence.</summary>
/// <param name="Items">The items, in order.</param>
internal sealed record YamlSequence(IReadOnlyList<YamlItem> Items) : YamlItem;
