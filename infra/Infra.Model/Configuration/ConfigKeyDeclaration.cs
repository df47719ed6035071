namespace Infra.Configuration;

/// <summary>A config key declared in <c>Pulumi.yaml</c>: its type, default and description.</summary>
/// <param name="Key">The full key, <c>project:name</c>.</param>
/// <param name="Type">The value type.</param>
/// <param name="Default">The default as text (arrays: null); null when the key is required.</param>
/// <param name="Description">What the key controls.</param>
/// <param name="Secret">True when the value must be a <c>secure:</c> value.</param>
/// <param name="DefaultItems">The default of an array key, or null.</param>
public sealed record ConfigKeyDeclaration(string Key, ConfigType Type, string? Default, string? Description, bool Secret, IReadOnlyList<string>? DefaultItems = null);
