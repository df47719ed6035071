using Infra.Emitters.Pulumi;
using Infra.Emitters.Terraform;
using Infra.Model;
using Infra.Plans;
using Infra.Synthesis;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Infra.Previews;

/// <summary>
/// The protections a stack's resources had in a baseline of the generated output and lost (what the pull-request
/// gate judges) or gained (what previews also show) in a fresh synth, for resources present in both (a removed
/// resource is a delete, judged by the delete rules): Terraform's <c>lifecycle.prevent_destroy</c>, DynamoDB's
/// <c>deletion_protection_enabled</c>, S3's <c>force_destroy</c>, and the Pulumi program's <c>protect</c> and
/// <c>retainOnDelete</c> options.
/// </summary>
public static class ProtectionLosses
{
    /// <summary>The losses of every root of <paramref name="stack"/>, Terraform first, each sorted by address.</summary>
    /// <param name="synthesis">A synth that includes the stack.</param>
    /// <param name="stack">The stack to compare.</param>
    /// <param name="readBase">Returns a generated file's baseline content by repository path, or null when it did not exist.</param>
    public static IReadOnlyList<ProtectionLoss> Compute(SynthesisResult synthesis, Stack stack, Func<string, string?> readBase) =>
        Losses(Changes(synthesis, stack, readBase));

    /// <summary>
    /// The protections lost and added in every root of <paramref name="stack"/>, Terraform first, each sorted by
    /// address: what the previews show as banners.
    /// </summary>
    /// <param name="synthesis">A synth that includes the stack.</param>
    /// <param name="stack">The stack to compare.</param>
    /// <param name="readBase">Returns a generated file's baseline content by repository path, or null when it did not exist.</param>
    public static IReadOnlyList<ProtectionChange> Changes(SynthesisResult synthesis, Stack stack, Func<string, string?> readBase)
    {
        var changes = new List<ProtectionChange>();
        foreach (var root in stack.Roots)
        {
            var terraform = TerraformJsonEmitter.DirectoryOf(root).Combine(TerraformJsonEmitter.FileName).Value;
            if (readBase(terraform) is { } terraformBase)
            {
                changes.AddRange(TerraformChanges(terraformBase, Current(synthesis, terraform), terraform));
            }

            var pulumi = PulumiYamlEmitter.DirectoryOf(root).Combine(PulumiYamlEmitter.ProgramFileName).Value;
            if (readBase(pulumi) is { } pulumiBase)
            {
                changes.AddRange(PulumiChanges(pulumiBase, Current(synthesis, pulumi), pulumi));
            }
        }

        return changes;
    }

    /// <summary>The losses between two versions of a generated <c>main.tf.json</c>, sorted by address.</summary>
    /// <param name="before">The baseline's text.</param>
    /// <param name="after">The fresh synth's text.</param>
    /// <param name="path">The file's repository path, for messages.</param>
    public static IReadOnlyList<ProtectionLoss> FromTerraform(string before, string after, string path) =>
        Losses(TerraformChanges(before, after, path));

    /// <summary>The protections lost and added between two versions of a generated <c>main.tf.json</c>, sorted by address.</summary>
    /// <param name="before">The baseline's text.</param>
    /// <param name="after">The fresh synth's text.</param>
    /// <param name="path">The file's repository path, for messages.</param>
    public static IReadOnlyList<ProtectionChange> TerraformChanges(string before, string after, string path)
    {
        var old = TerraformResources(before, $"{path} (base)");
        var current = TerraformResources(after, $"{path} (fresh synth)");
        var changes = new List<ProtectionChange>();
        foreach (var (address, was) in old.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            if (!current.TryGetValue(address, out var now))
            {
                continue;
            }

            if (ProtectionSettings.Flag(address, "lifecycle.prevent_destroy", PlanJson.IsTrue(was["lifecycle"]?["prevent_destroy"]), PlanJson.IsTrue(now["lifecycle"]?["prevent_destroy"])) is { } flag)
            {
                changes.Add(flag);
            }

            changes.AddRange(ProtectionSettings.Compare(address, address[..address.IndexOf('.', StringComparison.Ordinal)], was, now));
        }

        return changes;
    }

    /// <summary>The losses between two versions of a generated Pulumi YAML program, sorted by resource name.</summary>
    /// <param name="before">The baseline's text.</param>
    /// <param name="after">The fresh synth's text.</param>
    /// <param name="path">The file's repository path, for messages.</param>
    public static IReadOnlyList<ProtectionLoss> FromPulumi(string before, string after, string path) =>
        Losses(PulumiChanges(before, after, path));

    /// <summary>The protections lost and added between two versions of a generated Pulumi YAML program, sorted by resource name.</summary>
    /// <param name="before">The baseline's text.</param>
    /// <param name="after">The fresh synth's text.</param>
    /// <param name="path">The file's repository path, for messages.</param>
    public static IReadOnlyList<ProtectionChange> PulumiChanges(string before, string after, string path)
    {
        var old = PulumiOptions(before, $"{path} (base)");
        var current = PulumiOptions(after, $"{path} (fresh synth)");
        var changes = new List<ProtectionChange>();
        foreach (var (name, was) in old.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            if (!current.TryGetValue(name, out var now))
            {
                continue;
            }

            foreach (var option in new[] { "protect", "retainOnDelete" })
            {
                if (ProtectionSettings.Flag(name, $"Pulumi {option}", Option(was, option) == "true", Option(now, option) == "true") is { } flag)
                {
                    changes.Add(flag);
                }
            }
        }

        return changes;
    }

    private static IReadOnlyList<ProtectionLoss> Losses(IEnumerable<ProtectionChange> changes) =>
        changes.Where(c => c.Weakened).Select(c => new ProtectionLoss(c.Address, c.Description)).ToList();

    private static string Current(SynthesisResult synthesis, string path) => synthesis.Files.Single(f => f.Path.Value == path).Content;

    private static Dictionary<string, JObject> TerraformResources(string json, string origin)
    {
        JObject module;
        try
        {
            module = JObject.Parse(GeneratedText.Checked(json, origin));
        }
        catch (JsonException e)
        {
            throw new InfraException($"{origin} is not valid JSON ({e.Message}): regenerate it with 'infra synth', or pick another --base.");
        }

        var resources = new Dictionary<string, JObject>(StringComparer.Ordinal);
        foreach (var type in (module["resource"] as JObject)?.Properties() ?? [])
        {
            foreach (var resource in (type.Value as JObject)?.Properties() ?? [])
            {
                if (resource.Value is JObject body)
                {
                    resources[$"{type.Name}.{resource.Name}"] = body;
                }
            }
        }

        return resources;
    }

    private static Dictionary<string, YamlMappingNode?> PulumiOptions(string yaml, string origin)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(GeneratedText.Checked(yaml, origin)));
        }
        catch (YamlException e)
        {
            throw new InfraException($"{origin}, line {e.Start.Line}: is not valid YAML ({e.Message}): regenerate it with 'infra synth', or pick another --base.");
        }

        var options = new Dictionary<string, YamlMappingNode?>(StringComparer.Ordinal);
        var document = stream.Documents.FirstOrDefault()?.RootNode as YamlMappingNode;
        if (document is not null && document.Children.TryGetValue(new YamlScalarNode("resources"), out var resources) && resources is YamlMappingNode map)
        {
            foreach (var (key, value) in map.Children)
            {
                if (key is YamlScalarNode { Value: { } name } && value is YamlMappingNode resource)
                {
                    options[name] = resource.Children.TryGetValue(new YamlScalarNode("options"), out var o) ? o as YamlMappingNode : null;
                }
            }
        }

        return options;
    }

    private static string? Option(YamlMappingNode? options, string key) =>
        options is not null && options.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode scalar ? scalar.Value : null;
}
