using Newtonsoft.Json.Linq;

namespace Infra.Tests.Testing;

/// <summary>
/// The providers' real schemas (infra/Schemas/terraform-schema.json, see SOURCES.md there) and a
/// checker that lists every emitted type, attribute or block the provider does not know, and every required
/// argument left out.
/// </summary>
public static class TerraformSchema
{
    private static readonly string[] MetaArguments = ["//", "depends_on", "lifecycle", "provider", "count", "for_each"];

    /// <summary>The schema document.</summary>
    public static JObject Document { get; } = JObject.Parse(File.ReadAllText(RepositoryFiles.PathOf("infra/Schemas/terraform-schema.json")));

    /// <summary>The problems of one generated module, each naming the address and the key.</summary>
    public static IReadOnlyList<string> Problems(JObject module)
    {
        var problems = new List<string>();
        foreach (var type in (module["resource"] as JObject)?.Properties() ?? [])
        {
            if (Document["resource_schemas"]![type.Name] is not JObject schema)
            {
                problems.Add($"{type.Name}: not a resource type of the pinned providers");
                continue;
            }

            foreach (var resource in ((JObject)type.Value).Properties())
            {
                CheckBlock($"{type.Name}.{resource.Name}", (JObject)resource.Value, schema, problems, MetaArguments);
            }
        }

        foreach (var provider in (module["provider"] as JObject)?.Properties() ?? [])
        {
            if (Document["provider_schemas"]![provider.Name] is not JObject schema)
            {
                problems.Add($"provider {provider.Name}: not a known provider");
                continue;
            }

            foreach (var block in (JArray)provider.Value)
            {
                CheckBlock($"provider.{provider.Name}", (JObject)block, schema, problems, ["alias"]);
            }
        }

        return problems;
    }

    private static void CheckBlock(string path, JObject body, JObject schema, List<string> problems, string[] ignored)
    {
        var attributes = schema["attributes"] as JObject ?? [];
        var blocks = schema["block_types"] as JObject ?? [];
        foreach (var property in body.Properties())
        {
            if (ignored.Contains(property.Name))
            {
                continue;
            }

            if (attributes[property.Name] is JObject attribute)
            {
                if (attribute.Value<bool?>("computed") == true && attribute.Value<bool?>("optional") != true && attribute.Value<bool?>("required") != true)
                {
                    problems.Add($"{path}.{property.Name}: read-only attribute set");
                }
            }
            else if (blocks[property.Name] is JObject block)
            {
                var items = property.Value is JArray array ? array.Cast<JObject>().ToList() : [(JObject)property.Value];
                if (block.Value<int?>("max_items") == 1 && items.Count > 1)
                {
                    problems.Add($"{path}.{property.Name}: at most one block allowed, {items.Count} given");
                }

                foreach (var item in items)
                {
                    CheckBlock($"{path}.{property.Name}", item, (JObject)block["block"]!, problems, []);
                }
            }
            else
            {
                problems.Add($"{path}.{property.Name}: no such attribute or block");
            }
        }

        foreach (var required in attributes.Properties().Where(a => a.Value.Value<bool?>("required") == true).Concat(blocks.Properties().Where(b => b.Value.Value<bool?>("required") == true)))
        {
            if (body[required.Name] is null)
            {
                problems.Add($"{path}: required '{required.Name}' missing");
            }
        }
    }
}
