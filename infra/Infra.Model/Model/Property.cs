namespace Infra.Model;

/// <summary>A named property of an <see cref="ObjectValue"/>.</summary>
/// <param name="TerraformName">The Terraform attribute or block name.</param>
/// <param name="PulumiName">The Pulumi input name; null when Pulumi has no such input (the property is Terraform-only).</param>
/// <param name="Value">The value.</param>
public sealed record Property(string TerraformName, string? PulumiName, PropertyValue Value);
