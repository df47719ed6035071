namespace Infra.Model;

/// <summary>
/// Marks an args property as a provider input and gives its Terraform name; the Pulumi name is its camelCase
/// unless <see cref="Pulumi"/> says otherwise (Pulumi renames a few, e.g. lambda <c>function_name</c> to <c>name</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class InputAttribute : Attribute
{
    /// <summary>Marks the property with its Terraform name.</summary>
    public InputAttribute(string terraformName)
    {
        TerraformName = terraformName;
    }

    /// <summary>The Terraform attribute or block name.</summary>
    public string TerraformName { get; }

    /// <summary>The Pulumi input name when it is not the camelCase of the Terraform name.</summary>
    public string? Pulumi { get; init; }

    /// <summary>True when Pulumi has no such input (the value is implied, e.g. a code hash Pulumi computes itself).</summary>
    public bool TerraformOnly { get; init; }
}
