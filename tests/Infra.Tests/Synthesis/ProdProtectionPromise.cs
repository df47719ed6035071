using Infra.Model;
using Infra.Rules;
using Infra.Tests.Testing;
using Newtonsoft.Json.Linq;
using YamlDotNet.RepresentationModel;

namespace Infra.Tests.Synthesis;

/// <summary>
/// What prod promises, read from the config and the inventory rather than from each resource's own flag:
/// <c>bbws:protect: true</c> in Pulumi.prod.yaml, every stateful resource protected, and every inventoried resource
/// still in the main root and protected, in Terraform (prevent_destroy) and in Pulumi (protect).
/// </summary>
internal static class ProdProtectionPromise
{
    /// <summary>The prod main root's Terraform JSON, relative to the repository root.</summary>
    public const string TerraformMain = "stacks/prod/terraform/main.tf.json";

    /// <summary>The prod main root's Pulumi program, relative to the repository root.</summary>
    public const string PulumiMain = "stacks/prod/pulumi/Main.yaml";

    /// <summary>Parses a Pulumi program into its root mapping.</summary>
    public static YamlMappingNode ParseYaml(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    /// <summary>
    /// Every broken promise: the config of <paramref name="repositoryRoot"/>, the stateful resources of the prod program
    /// built from it and the <paramref name="inventory"/>, checked against the prod main root's two outputs.
    /// </summary>
    public static IReadOnlyList<string> Problems(string repositoryRoot, IReadOnlyList<string> inventory, JObject terraform, YamlMappingNode pulumi)
    {
        var problems = new List<string>();
        var protect = ConfigValue(repositoryRoot, "Pulumi.prod.yaml", "bbws:protect");
        if (protect != "true")
        {
            problems.Add($"Pulumi.prod.yaml: bbws:protect is '{protect ?? "unset"}', prod must set it to true");
        }

        var pulumiResources = PulumiResources(pulumi);
        var stateful = StackHarness.Build(repositoryRoot, ProdProtectRule.ProductionStack).Main.CustomResources.Where(r => r.IsStateful);
        foreach (var address in stateful.Select(r => r.TerraformAddress).Concat(inventory).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var (type, name) = (address[..address.IndexOf('.')], address[(address.IndexOf('.') + 1)..]);
            var block = terraform["resource"]?[type]?[name];
            if (block is null)
            {
                problems.Add($"Terraform: {address} is gone from {TerraformMain}");
            }
            else if (block["lifecycle"]?["prevent_destroy"] is not JValue { Type: JTokenType.Boolean, Value: true })
            {
                problems.Add($"Terraform: {address} has no literal lifecycle.prevent_destroy = true in {TerraformMain}");
            }

            if (!pulumiResources.TryGetValue(name, out var resource))
            {
                problems.Add($"Pulumi: {address} is gone from {PulumiMain}");
            }
            else if (!(resource.Children.TryGetValue(new YamlScalarNode("options"), out var options)
                       && options is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode("protect"), out var flag)
                       && flag is YamlScalarNode { Value: "true" }))
            {
                problems.Add($"Pulumi: {address} has no 'protect: true' in {PulumiMain}");
            }
        }

        return problems;
    }

    // The program's resources by Terraform name (logical name with '-' written '_'), providers left out.
    private static Dictionary<string, YamlMappingNode> PulumiResources(YamlMappingNode program) =>
        ((YamlMappingNode)program["resources"]).Children
            .Where(r => !((YamlScalarNode)((YamlMappingNode)r.Value)["type"]).Value!.StartsWith("pulumi:providers:", StringComparison.Ordinal))
            .ToDictionary(r => Names.TerraformIdentifier(((YamlScalarNode)r.Key).Value!), r => (YamlMappingNode)r.Value, StringComparer.Ordinal);

    // Read straight from the stack file: the promise is what the file says, not what the program made of it.
    private static string? ConfigValue(string repositoryRoot, string file, string key)
    {
        var config = ParseYaml(File.ReadAllText(Path.Combine(repositoryRoot, file)))["config"];
        return ((YamlMappingNode)config).Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;
    }
}
