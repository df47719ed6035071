namespace Infra.Generator;

/// <summary>Where the generator reads its inputs and writes its output, relative to the repository root.</summary>
public static class SchemaPaths
{
    /// <summary>
    /// The folder of the schema extracts, which infra/Schemas/regenerate.sh rebuilds from the providers' npm
    /// packages; one constant, so that moving them is a one-line change.
    /// </summary>
    public const string SchemaFolder = "infra/Schemas";

    /// <summary>The Terraform schema extract.</summary>
    public const string TerraformSchema = SchemaFolder + "/terraform-schema.json";

    /// <summary>The Pulumi schema extract.</summary>
    public const string PulumiSchema = SchemaFolder + "/pulumi-schema.json";

    /// <summary>Which types to generate and every decision the schemas cannot make.</summary>
    public const string Overrides = "infra/Infra.Generator/overrides.json";

    /// <summary>The folder the generated files go to (one subfolder per provider).</summary>
    public const string OutputFolder = "infra/Infra.Components/Resources";

    /// <summary>The generated table of replacement (ForceNew) arguments the offline preview reads.</summary>
    public const string ForceNewTable = "infra/Infra.Operations/Previews/ForceNewAttributes.g.cs";

    /// <summary>The suffix that marks a generated file; <c>--check</c> reports any such file it did not produce.</summary>
    public const string GeneratedSuffix = ".g.cs";
}
