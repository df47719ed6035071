using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Infra.Plans;

/// <summary>
/// The addresses of resources with <c>lifecycle.prevent_destroy = true</c> in a folder of <c>*.tf.json</c> files.
/// Terraform's plan JSON does not carry lifecycle settings, so the gate reads them from the configuration itself.
/// </summary>
public static class ProtectedAddresses
{
    /// <summary>The protected <c>type.name</c> addresses in <paramref name="folder"/>'s <c>*.tf.json</c> files.</summary>
    public static IReadOnlySet<string> FromTerraformJson(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new InfraException($"{folder}: no such folder. Pass the folder of the stack's generated *.tf.json (e.g. stacks/<stack>/terraform), or run 'infra synth' first.");
        }

        var result = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.tf.json").Order(StringComparer.Ordinal))
        {
            JToken document;
            try
            {
                document = JToken.Parse(GeneratedText.Read(file));
            }
            catch (JsonException e)
            {
                throw new InfraException($"{file}: is not valid JSON ({e.Message}). Regenerate it with 'infra synth'.");
            }

            foreach (var block in Blocks(document["resource"]))
            {
                foreach (var type in block.Properties())
                {
                    foreach (var resources in Blocks(type.Value))
                    {
                        foreach (var resource in resources.Properties())
                        {
                            if (Blocks(resource.Value).Any(r => Blocks(r["lifecycle"]).Any(l => l["prevent_destroy"] is { Type: JTokenType.Boolean } p && p.Value<bool>())))
                            {
                                result.Add($"{type.Name}.{resource.Name}");
                            }
                        }
                    }
                }
            }
        }

        return result;
    }

    // Terraform's JSON syntax allows a block as an object or as a list of objects.
    private static IEnumerable<JObject> Blocks(JToken? token) => token switch
    {
        JObject o => [o],
        JArray a => a.OfType<JObject>(),
        _ => [],
    };
}
