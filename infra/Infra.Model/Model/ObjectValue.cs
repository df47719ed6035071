namespace Infra.Model;

/// <summary>A nested block or object whose keys are schema names (renamed per engine).</summary>
/// <param name="Properties">The named properties.</param>
public sealed record ObjectValue(IReadOnlyList<Property> Properties) : PropertyValue
{
    /// <summary>The property with the given Terraform name, if set.</summary>
    public PropertyValue? this[string terraformName] =>
        Properties.FirstOrDefault(p => p.TerraformName == terraformName)?.Value;
}
