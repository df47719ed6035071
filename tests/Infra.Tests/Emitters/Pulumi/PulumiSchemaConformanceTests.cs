using Infra.Model;
using Newtonsoft.Json.Linq;
using YamlDotNet.RepresentationModel;
using static Infra.Tests.Emitters.Pulumi.PulumiProgramFiles;

namespace Infra.Tests.Emitters.Pulumi;

/// <summary>Checks the generated programs against the Pulumi providers' real inputs (Schemas/pulumi-schema.json).</summary>
public class PulumiSchemaConformanceTests
{
    private static readonly Lazy<JObject> Schema = new(() =>
        JObject.Parse(File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Schemas", "pulumi-schema.json"))));

    private static IEnumerable<StackRoot> AllRoots => Roots;

    [TestCaseSource(nameof(AllRoots))]
    public void EveryTokenAndInputNameExistsInThePulumiSchema(StackRoot root)
    {
        var problems = new List<string>();
        var resources = ProgramResources(root);
        foreach (var resource in root.CustomResources)
        {
            var entry = (JObject?)Schema.Value["resources"]![resource.Type];
            var emitted = (YamlMappingNode)resources[resource.Name];
            var token = ((YamlScalarNode)emitted["type"]).Value;
            if (entry is null)
            {
                problems.Add($"{resource.Name}: {resource.Type} is not in the Pulumi schema");
                continue;
            }

            if (token != (string)entry["token"]!)
            {
                problems.Add($"{resource.Name}: token {token}, schema says {entry["token"]}");
            }

            Check(resource.Name, (YamlMappingNode)emitted["properties"], (JObject)entry["inputs"]!, (JObject?)entry["nested"], problems);
        }

        foreach (var provider in root.Providers)
        {
            var entry = (JObject)Schema.Value["providers"]![provider.Package]!;
            var emitted = (YamlMappingNode)resources[provider.Name];
            if (((YamlScalarNode)emitted["type"]).Value != (string)entry["token"]!)
            {
                problems.Add($"{provider.Name}: provider type {((YamlScalarNode)emitted["type"]).Value}, schema says {entry["token"]}");
            }

            Check(provider.Name, (YamlMappingNode)emitted["properties"], (JObject)entry["inputs"]!, (JObject?)entry["nested"], problems);
        }

        Assert.That(problems, Is.Empty, "these tokens or input names are not what the Pulumi providers accept, or required inputs are missing");
    }

    [Test]
    public void CheckReportsAnUnknownNestedInputAndAMissingRequiredOne()
    {
        var inputs = JObject.Parse("""{"rules": {"required": true, "type": "inputs.s3.Rule[]"}, "bucket": {"required": true, "type": "string"}}""");
        var nested = JObject.Parse("""{"inputs.s3.Rule": {"bucketKeyEnabled": {"required": false, "type": "boolean"}}}""");
        var emitted = Parse("rules:\n- bucketKeyEnabld: true\n");
        var problems = new List<string>();

        Check("x", emitted, inputs, nested, problems);

        Assert.That(problems, Has.Some.Contains("bucketKeyEnabld").And.Some.Contains("bucket"), "the checker should catch a misspelt nested input and a missing required one");
    }

    private static void Check(string path, YamlMappingNode emitted, JObject inputs, JObject? nested, List<string> problems)
    {
        foreach (var (keyNode, value) in emitted.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value!;
            if (inputs[key] is not JObject input)
            {
                problems.Add($"{path}.{key}: not an input");
                continue;
            }

            // fn:: values are engine functions (toJSON, fileArchive), map-typed inputs have data keys: neither is schema.
            var type = ((string)input["type"]!).TrimEnd('[', ']');
            if (value is YamlMappingNode map && map.Children.Keys.All(k => ((YamlScalarNode)k).Value!.StartsWith("fn::", StringComparison.Ordinal)))
            {
                continue;
            }

            if (nested?[type] is JObject nestedInputs)
            {
                var items = value is YamlSequenceNode list ? list.Children : [value];
                foreach (var item in items)
                {
                    if (item is YamlMappingNode itemMap)
                    {
                        Check($"{path}.{key}", itemMap, nestedInputs, nested, problems);
                    }
                    else
                    {
                        problems.Add($"{path}.{key}: {type} should be an object");
                    }
                }
            }
        }

        foreach (var required in inputs.Properties().Where(p => (bool?)p.Value["required"] == true))
        {
            if (!emitted.Children.ContainsKey(new YamlScalarNode(required.Name)))
            {
                problems.Add($"{path}.{required.Name}: required input missing");
            }
        }
    }
}
