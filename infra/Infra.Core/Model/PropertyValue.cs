namespace Infra.Model;

/// <summary>
/// The typed intermediate form of a resource's inputs that both emitters render: the emitters never see C# args
/// classes, and the components never see JSON or YAML.
/// </summary>
public abstract record PropertyValue;

/// <summary>A string, number or boolean known at synth time.</summary>
/// <param name="Value">A string, bool, int, long, double or decimal.</param>
public sealed record ScalarValue(object Value) : PropertyValue;

/// <summary>A value the engine computes: a reference, a secret variable, a function call or a template.</summary>
/// <param name="Expression">The expression.</param>
public sealed record ExpressionValue(Expression Expression) : PropertyValue;

/// <summary>A list of values (a list attribute or repeated nested blocks).</summary>
/// <param name="Items">The items, in order.</param>
public sealed record ListValue(IReadOnlyList<PropertyValue> Items) : PropertyValue;

/// <summary>A map attribute whose keys are data (tags, environment variables): written verbatim by both engines.</summary>
/// <param name="Entries">Key and value pairs.</param>
public sealed record MapValue(IReadOnlyList<KeyValuePair<string, PropertyValue>> Entries) : PropertyValue;

/// <summary>A nested block or object whose keys are schema names (renamed per engine).</summary>
/// <param name="Properties">The named properties.</param>
public sealed record ObjectValue(IReadOnlyList<Property> Properties) : PropertyValue
{
    /// <summary>The property with the given Terraform name, if set.</summary>
    public PropertyValue? this[string terraformName] =>
        Properties.FirstOrDefault(p => p.TerraformName == terraformName)?.Value;
}

/// <summary>A JSON document (an IAM or bucket policy) that the engine serializes: Terraform <c>jsonencode</c>, Pulumi <c>fn::toJSON</c>.</summary>
/// <param name="Document">The document; its keys are verbatim.</param>
public sealed record JsonDocumentValue(PropertyValue Document) : PropertyValue;

/// <summary>A local file the engine uploads: a zip archive (Lambda code) or a single file (an S3 object).</summary>
/// <param name="Path">The file, relative to the repository root.</param>
/// <param name="Kind">Archive or asset.</param>
public sealed record FileValue(RepositoryPath Path, FileKind Kind) : PropertyValue;

/// <summary>How a <see cref="FileValue"/> is handed to Pulumi.</summary>
public enum FileKind
{
    /// <summary>A zip archive (Pulumi <c>fn::fileArchive</c>).</summary>
    Archive,

    /// <summary>A single file (Pulumi <c>fn::fileAsset</c>).</summary>
    Asset,
}

/// <summary>A named property of an <see cref="ObjectValue"/>.</summary>
/// <param name="TerraformName">The Terraform attribute or block name.</param>
/// <param name="PulumiName">The Pulumi input name; null when Pulumi has no such input (the property is Terraform-only).</param>
/// <param name="Value">The value.</param>
public sealed record Property(string TerraformName, string? PulumiName, PropertyValue Value);
