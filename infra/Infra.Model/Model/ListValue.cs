namespace Infra.Model;

/// <summary>A list of values (a list attribute or repeated nested blocks).</summary>
/// <param name="Items">The items, in order.</param>
public sealed record ListValue(IReadOnlyList<PropertyValue> Items) : PropertyValue;
