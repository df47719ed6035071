namespace Infra.Previews;

/// <summary>
/// The arguments whose change makes the provider replace a resource (ForceNew), for the resource types this
/// program uses. The provider schemas shipped here do not carry ForceNew, so the table (ForceNewAttributes.g.cs) is
/// generated from the "replacedOn" list of each type in infra/Infra.Generator/overrides.json, kept from the provider
/// documentation; an argument missing from it is previewed as an in-place update.
/// </summary>
public static partial class ForceNewAttributes
{
    /// <summary>True when changing <paramref name="attribute"/> of a <paramref name="terraformType"/> replaces it.</summary>
    public static bool Forces(string terraformType, string attribute) =>
        ByType.TryGetValue(terraformType, out var attributes) && attributes.Contains(attribute, StringComparer.Ordinal);
}
