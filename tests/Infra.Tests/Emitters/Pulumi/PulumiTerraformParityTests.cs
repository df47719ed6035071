using Infra.Emitters.Terraform;
using Infra.Model;
using Newtonsoft.Json.Linq;
using YamlDotNet.RepresentationModel;
using static Infra.Tests.Emitters.Pulumi.PulumiProgramFiles;

namespace Infra.Tests.Emitters.Pulumi;

/// <summary>The Pulumi program and the Terraform root of each stack describe the same resources.</summary>
public class PulumiTerraformParityTests
{
    private static IEnumerable<StackRoot> AllRoots => Roots;

    [TestCaseSource(nameof(AllRoots))]
    public void PulumiProgramHasTheSameResourcesAndProtectionAsTheTerraformRoot(StackRoot root)
    {
        var terraform = Terraform(root);
        var pulumi = ProgramResources(root).Children
            .Where(r => !((YamlScalarNode)((YamlMappingNode)r.Value)["type"]).Value!.StartsWith("pulumi:providers:", StringComparison.Ordinal))
            .ToDictionary(
                r => Names.TerraformIdentifier(((YamlScalarNode)r.Key).Value!),
                r => ((YamlMappingNode)((YamlMappingNode)r.Value)["options"]).Children.TryGetValue(new YamlScalarNode("protect"), out var p) && ((YamlScalarNode)p).Value == "true");

        Assert.Multiple(() =>
        {
            Assert.That(pulumi, Has.Count.EqualTo(terraform.Count), "the Pulumi program and the Terraform root should have as many resources");
            Assert.That(pulumi.Keys.Order(), Is.EqualTo(terraform.Keys.Order()), "each Pulumi resource should map to the Terraform resource of the same logical name");
            Assert.That(pulumi.Where(p => terraform.GetValueOrDefault(p.Key) != p.Value).Select(p => p.Key), Is.Empty, "these resources are protected in one engine and not the other");
        });
    }

    // Terraform resource name -> prevent_destroy, read back from the generated JSON.
    private static Dictionary<string, bool> Terraform(StackRoot root)
    {
        var file = Result.Files.Single(f => f.Path == TerraformJsonEmitter.DirectoryOf(root).Combine(TerraformJsonEmitter.FileName));
        var module = JObject.Parse(file.Content);
        return ((JObject)module["resource"]!).Properties()
            .SelectMany(type => ((JObject)type.Value).Properties())
            .ToDictionary(r => r.Name, r => (bool?)r.Value["lifecycle"]?["prevent_destroy"] == true);
    }
}
