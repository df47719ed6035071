using Newtonsoft.Json;

namespace Infra.Plans;

/// <summary>
/// A plan file of either engine, recognised by its first distinguishing top-level field (a Terraform plan starts
/// with <c>format_version</c>; a Pulumi preview has <c>steps</c>), then read by that engine's streaming reader.
/// </summary>
public sealed class PlanFile
{
    private PlanFile(string path, TerraformPlan? terraform, PulumiPreview? pulumi)
    {
        Path = path;
        Terraform = terraform;
        Pulumi = pulumi;
    }

    /// <summary>The file as named by the caller.</summary>
    public string Path { get; }

    /// <summary>The engine that wrote it.</summary>
    public PlanEngine Engine => Terraform is not null ? PlanEngine.Terraform : PlanEngine.Pulumi;

    /// <summary>The Terraform plan, when the file is one.</summary>
    public TerraformPlan? Terraform { get; }

    /// <summary>The Pulumi preview, when the file is one.</summary>
    public PulumiPreview? Pulumi { get; }

    /// <summary>Reads a plan file of either engine; <see cref="InfraException"/> (exit 2) when it cannot be used.</summary>
    public static PlanFile Load(string path) => Sniff(path) switch
    {
        PlanEngine.Terraform => new PlanFile(path, TerraformPlanReader.Read(path), null),
        _ => new PlanFile(path, null, PulumiPreviewReader.Read(path)),
    };

    /// <summary>
    /// Reads a plan file straight into a change set in one pass, keeping no resource values: the way to read a large
    /// plan. The plan file is kept without values (enough for <see cref="StackOwnership"/>); with
    /// <paramref name="withAttributes"/> false no attribute diff is computed (a gate needs only actions).
    /// </summary>
    public static (PlanFile Plan, ChangeSet Changes) LoadChangeSet(string path, IReadOnlySet<string>? protectedAddresses = null, bool withAttributes = true)
    {
        if (DetectEngine(path) == PlanEngine.Pulumi)
        {
            var pulumi = new PlanFile(path, null, PulumiPreviewReader.Read(path));
            return (pulumi, pulumi.ToChangeSet());
        }

        var (plan, changes) = TerraformChangeSets.Read(path, $"terraform plan {System.IO.Path.GetFileName(path)}", protectedAddresses, withAttributes);
        return (new PlanFile(path, plan, null), changes);
    }

    /// <summary>Which engine wrote a plan file, from its first distinguishing top-level field.</summary>
    public static PlanEngine DetectEngine(string path) => Sniff(path);

    /// <summary>The neutral change set; <paramref name="protectedAddresses"/> marks Terraform resources as protected.</summary>
    public ChangeSet ToChangeSet(IReadOnlySet<string>? protectedAddresses = null) => Terraform is not null
        ? TerraformChangeSets.From(Terraform, $"terraform plan {System.IO.Path.GetFileName(Path)}", protectedAddresses)
        : PulumiChangeSets.From(Pulumi!, $"pulumi preview {System.IO.Path.GetFileName(Path)}");

    private static PlanEngine Sniff(string path)
    {
        using var reader = PlanJson.Open(path);
        try
        {
            if (!reader.Read())
            {
                throw PlanErrors.Empty(path);
            }

            if (reader.TokenType != JsonToken.StartObject)
            {
                throw PlanErrors.NotAPlan(path, $"it starts with {reader.TokenType}, not an object");
            }

            while (reader.Read() && reader.TokenType == JsonToken.PropertyName)
            {
                switch ((string)reader.Value!)
                {
                    case "format_version" or "terraform_version" or "resource_changes" or "planned_values" or "prior_state":
                        return PlanEngine.Terraform;
                    case "steps" or "changeSummary" or "config" or "diagnostics":
                        return PlanEngine.Pulumi;
                    default:
                        reader.Read();
                        reader.Skip();
                        break;
                }
            }

            if (reader.TokenType != JsonToken.EndObject)
            {
                throw PlanErrors.InvalidJson(path, "the top-level object does not end");
            }

            throw PlanErrors.NotAPlan(path, "it has neither 'format_version' (Terraform) nor 'steps' (Pulumi)");
        }
        catch (JsonException e)
        {
            throw PlanErrors.InvalidJson(path, e.Message);
        }
    }
}
