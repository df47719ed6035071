using System.Text;
using System.Text.Json;

namespace Infra.Generator;

/// <summary>
/// Writes the C# resource class, its args record and its nested block records of each type in the overrides, from
/// the Terraform schema (names, types, required flags, blocks) and the Pulumi schema (token, input names).
/// </summary>
public sealed class ResourceGenerator
{
    /// <summary>Members of <c>CustomResource</c> that an attribute output must not hide.</summary>
    private static readonly HashSet<string> ReservedOutputNames =
    [
        "Args", "EffectiveProvider", "Id", "IsStateful", "Name", "Options", "Package", "Parent", "Path", "PulumiToken",
        "Root", "TerraformAddress", "TerraformIdentifier", "Type",
    ];

    private static readonly Dictionary<string, string> Namespaces = new()
    {
        ["aws"] = "Aws",
        ["github"] = "GitHub",
        ["random"] = "Random",
    };

    private readonly JsonElement terraform;
    private readonly JsonElement pulumi;
    private readonly Overrides overrides;

    /// <summary>Reads the three inputs.</summary>
    public ResourceGenerator(string terraformSchemaJson, string pulumiSchemaJson, Overrides overrides)
    {
        terraform = JsonDocument.Parse(terraformSchemaJson).RootElement;
        pulumi = JsonDocument.Parse(pulumiSchemaJson).RootElement;
        this.overrides = overrides;
    }

    /// <summary>Every generated file: its path relative to the repository root, and its text.</summary>
    public IReadOnlyList<(string Path, string Text)> GenerateAll() =>
        [
            .. overrides.Providers.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => GenerateProvider(p.Key, p.Value)),
            .. overrides.Resources.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => Generate(r.Key, r.Value)),
            ForceNewTable(),
        ];

    /// <summary>The file of one provider: its class, its settings record and their nested block types.</summary>
    public (string Path, string Text) GenerateProvider(string package, TypeOverride type)
    {
        if (!terraform.GetProperty("provider_schemas").TryGetProperty(package, out var schema) || !pulumi.GetProperty("providers").TryGetProperty(package, out var pulumiType))
        {
            throw new GeneratorException($"{SchemaPaths.Overrides}: provider {package} is not in both schema extracts.");
        }

        var ns = Namespaces.GetValueOrDefault(package) ?? throw new GeneratorException($"provider {package}: no namespace for it.");
        var context = new Context("provider " + package, type, pulumiType, new HashSet<string>(StringComparer.Ordinal));
        var argsClass = type.Class + "Args";
        Record(context, argsClass, $"Settings of <see cref=\"{type.Class}\"/>.", schema, pulumiType.GetProperty("inputs"), string.Empty);
        ThrowOnUnused(context);
        var text = new StringBuilder();
        text.Append(Header("provider " + package));
        text.Append("\n#nullable enable\n");
        text.Append("#pragma warning disable CS0618 // Deprecated members of the schema are generated too.\n");
        text.Append("using Infra.Model;\n\n");
        text.Append($"namespace Infra.Resources.{ns};\n\n");
        text.Append($"/// <summary>{type.Summary ?? $"The {package} provider"}</summary>\n");
        text.Append($"public sealed class {type.Class} : ProviderResource<{argsClass}>\n{{\n");
        text.Append("    /// <summary>Registers the provider.</summary>\n");
        text.Append("    /// <param name=\"name\">The logical name (Pulumi resource name).</param>\n");
        text.Append("    /// <param name=\"args\">The provider's typed settings.</param>\n");
        text.Append("    /// <param name=\"options\">Options; Parent is the root.</param>\n");
        text.Append($"    public {type.Class}(string name, {argsClass} args, ResourceOptions? options = null)\n");
        text.Append($"        : base(\"{package}\", name, args, options)\n    {{\n    }}\n\n");
        text.Append($"    /// <inheritdoc />\n    public override string TerraformSource => \"{type.Source ?? throw new GeneratorException($"{SchemaPaths.Overrides}: provider {package} needs a \"source\".")}\";\n");
        text.Append("}\n");
        foreach (var record in context.Records.TakeLast(1).Concat(context.Records.SkipLast(1)))
        {
            text.Append('\n').Append(record);
        }

        return ($"{SchemaPaths.OutputFolder}/{ns}/{type.Class}{SchemaPaths.GeneratedSuffix}", text.ToString());
    }

    private static void ThrowOnUnused(Context context)
    {
        var unused = context.Type.Members.Keys.Where(k => !context.Used.Contains(k)).Order(StringComparer.Ordinal).ToList();
        if (unused.Count > 0)
        {
            throw new GeneratorException($"{SchemaPaths.Overrides}: {context.TerraformType} has no member {string.Join(", ", unused)} in the schema: fix the path (dotted Terraform names) or remove it.");
        }
    }

    /// <summary>
    /// The replacement arguments of every type, for the offline preview. It lives in Previews (which must not know the
    /// resource classes), keyed by Terraform type as the plans are.
    /// </summary>
    public (string Path, string Text) ForceNewTable()
    {
        var text = new StringBuilder();
        text.Append($$"""
            // Generated from {{SchemaPaths.Overrides}} ("replacedOn" of each type) by `dotnet run --project infra/Infra.Generator`.
            // Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).

            namespace Infra.Previews;

            /// <summary>The generated half of <see cref="ForceNewAttributes"/>: the table.</summary>
            public static partial class ForceNewAttributes
            {
                private static readonly IReadOnlyDictionary<string, string[]> ByType = new Dictionary<string, string[]>(StringComparer.Ordinal)
                {

            """);
        foreach (var (terraformType, type) in overrides.Resources.OrderBy(r => r.Key, StringComparer.Ordinal).Where(r => r.Value.ReplacedOn.Count > 0))
        {
            foreach (var argument in type.ReplacedOn.Where(a => !TopLevelArguments(terraformType).Contains(a)))
            {
                throw new GeneratorException($"{SchemaPaths.Overrides}: {terraformType} \"replacedOn\" names {argument}, which is not an argument of it in the schema.");
            }

            text.Append($"        [\"{terraformType}\"] = [{string.Join(", ", type.ReplacedOn.Select(a => $"\"{a}\""))}],\n");
        }

        text.Append("    };\n}\n");
        return (SchemaPaths.ForceNewTable, text.ToString());
    }

    private HashSet<string> TopLevelArguments(string terraformType)
    {
        var schema = terraform.GetProperty("resource_schemas").GetProperty(terraformType);
        var names = Attributes(schema).Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
        if (schema.TryGetProperty("block_types", out var blocks))
        {
            names.UnionWith(blocks.EnumerateObject().Select(b => b.Name));
        }

        return names;
    }

    /// <summary>The file of one resource type.</summary>
    public (string Path, string Text) Generate(string terraformType, TypeOverride type)
    {
        if (!terraform.GetProperty("resource_schemas").TryGetProperty(terraformType, out var schema))
        {
            throw new GeneratorException($"{SchemaPaths.Overrides}: {terraformType} is not in {SchemaPaths.TerraformSchema}: remove it or extend the extract (see SOURCES.md there).");
        }

        if (!pulumi.GetProperty("resources").TryGetProperty(terraformType, out var pulumiType))
        {
            throw new GeneratorException($"{SchemaPaths.Overrides}: {terraformType} has no Pulumi counterpart in {SchemaPaths.PulumiSchema}.");
        }

        var package = terraformType[..terraformType.IndexOf('_')];
        var ns = Namespaces.GetValueOrDefault(package) ?? throw new GeneratorException($"{terraformType}: no namespace for the provider package '{package}'.");
        var used = new HashSet<string>(StringComparer.Ordinal);
        var context = new Context(terraformType, type, pulumiType, used);
        var argsClass = type.Class + "Args";
        Record(context, argsClass, $"Inputs of <see cref=\"{type.Class}\"/>.", schema, pulumiType.GetProperty("inputs"), string.Empty);

        ThrowOnUnused(context);

        var text = new StringBuilder();
        text.Append(Header(terraformType));
        // A .g.cs file counts as generated code, where nullable annotations are off unless switched on.
        text.Append("\n#nullable enable\n");
        text.Append("#pragma warning disable CS0618 // Deprecated members of the schema are generated too.\n");
        text.Append("using Infra.Model;\n\n");
        text.Append($"namespace Infra.Resources.{ns};\n\n");
        text.Append(ResourceClass(terraformType, type, schema, pulumiType, argsClass));
        // The args record is written last (its nested blocks first) and read first.
        foreach (var record in context.Records.TakeLast(1).Concat(context.Records.SkipLast(1)))
        {
            text.Append('\n').Append(record);
        }

        return ($"{SchemaPaths.OutputFolder}/{ns}/{type.Class}{SchemaPaths.GeneratedSuffix}", text.ToString());
    }

    private static string Header(string terraformType) =>
        $"""
        // Generated from {SchemaPaths.TerraformSchema}, {SchemaPaths.PulumiSchema} and
        // {SchemaPaths.Overrides} ({terraformType}) by `dotnet run --project infra/Infra.Generator`.
        // Do not edit: change the overrides and run it again (`-- --check` fails while this file is stale).
        // One file holds the resource, its args and its nested block types: generated files are exempt from one type per file.
        // The records are partial: a hand-written half may add helpers (never inputs) beside them.

        """;

    private string ResourceClass(string terraformType, TypeOverride type, JsonElement schema, JsonElement pulumiType, string argsClass)
    {
        var token = pulumiType.GetProperty("token").GetString()!;
        var summary = type.Summary ?? $"The <c>{terraformType}</c> resource";
        var inputs = PulumiNamesByTerraformName(pulumiType.GetProperty("inputs"));
        var outputs = new SortedDictionary<string, OutputOverride>(type.Outputs, StringComparer.Ordinal);
        foreach (var attribute in Attributes(schema))
        {
            var computedOnly = attribute.Value.TryGetProperty("computed", out var computed) && computed.GetBoolean();
            // An attribute whose name CustomResource already has is reachable only when the overrides name it.
            if (computedOnly && attribute.Value.GetProperty("type").GetString() == "string" && !ReservedOutputNames.Contains(Pascal(attribute.Name))
                && !type.Outputs.Values.Any(o => o.Terraform == attribute.Name))
            {
                outputs[Pascal(attribute.Name)] = new OutputOverride { Terraform = attribute.Name };
            }
        }

        var text = new StringBuilder();
        text.Append($"/// <summary>{summary} (<c>{terraformType}</c>).</summary>\n");
        text.Append($"public sealed class {type.Class} : CustomResource<{argsClass}>\n{{\n");
        text.Append("    /// <summary>Registers the resource.</summary>\n");
        text.Append("    /// <param name=\"name\">The logical name, unique in the root.</param>\n");
        text.Append("    /// <param name=\"args\">The typed inputs.</param>\n");
        text.Append("    /// <param name=\"options\">Options; Parent is required.</param>\n");
        text.Append($"    public {type.Class}(string name, {argsClass} args, ResourceOptions? options = null)\n");
        text.Append($"        : base(\"{terraformType}\", \"{token}\", name, args, options)\n    {{\n    }}\n");
        if (type.Stateful)
        {
            text.Append("\n    /// <inheritdoc />\n    public override bool IsStateful => true;\n");
        }

        foreach (var (name, output) in outputs)
        {
            var attribute = output.Terraform;
            if (ReservedOutputNames.Contains(name))
            {
                throw new GeneratorException($"{SchemaPaths.Overrides}: {terraformType} output {attribute} would be named {name}, which CustomResource has: name it in \"outputs\".");
            }

            var pulumiName = output.Pulumi ?? inputs.GetValueOrDefault(attribute);
            var pulumiArgument = pulumiName is not null && pulumiName != CamelCase(attribute) ? $", \"{pulumiName}\"" : string.Empty;
            text.Append($"\n    /// <summary>The <c>{attribute}</c> attribute.</summary>\n");
            text.Append($"    public Output<string> {name} => Attribute(\"{attribute}\"{pulumiArgument});\n");
        }

        text.Append("}\n");
        return text.ToString();
    }

    private void Record(Context context, string className, string summary, JsonElement block, JsonElement? pulumiInputs, string path)
    {
        var pulumiNames = pulumiInputs is { } p ? PulumiNamesByTerraformName(p) : [];
        var members = new List<(string TerraformName, string Text)>();
        foreach (var attribute in Attributes(block))
        {
            var computedOnly = attribute.Value.TryGetProperty("computed", out var computed) && computed.GetBoolean();

            // Outputs are the resource's attributes; the id is chosen by the provider, never an input of ours.
            if (computedOnly || (path.Length == 0 && attribute.Name == "id"))
            {
                continue;
            }

            var member = Member(context, path + attribute.Name);
            var required = attribute.Value.GetProperty("required").GetBoolean();
            var type = member?.Type ?? DefaultType(attribute.Value.GetProperty("type").GetString()!, required);
            var doc = member?.Doc ?? $"The <c>{attribute.Name}</c> argument." + Deprecation(attribute.Value);
            members.Add((attribute.Name, Property(attribute.Name, pulumiNames, member, type, required, doc)));
        }

        if (block.TryGetProperty("block_types", out var blocks))
        {
            foreach (var nested in blocks.EnumerateObject())
            {
                var member = Member(context, path + nested.Name);
                var pulumiName = pulumiNames.GetValueOrDefault(nested.Name);
                var nestedClass = member?.Class ?? NestedClassName(className.Replace("Args", string.Empty, StringComparison.Ordinal) + Pascal(nested.Name));
                var nestedInputs = pulumiName is null ? (JsonElement?)null : NestedInputs(context.PulumiType, pulumiInputs!.Value.GetProperty(pulumiName).GetProperty("type").GetString()!);
                Record(context, nestedClass, member?.Doc is { } d ? d : $"A <c>{nested.Name}</c> block.", nested.Value.GetProperty("block"), nestedInputs, path + nested.Name + ".");
                var single = nested.Value.GetProperty("nesting_mode").GetString() == "single"
                    || (nested.Value.TryGetProperty("max_items", out var max) && max.ValueKind == JsonValueKind.Number && max.GetInt32() == 1);
                var required = nested.Value.TryGetProperty("required", out var r) && r.GetBoolean();
                var type = member?.Type ?? (single ? nestedClass : $"IReadOnlyList<{nestedClass}>") + (required ? string.Empty : "?");
                var doc = member?.Doc ?? (single ? $"The <c>{nested.Name}</c> block." : $"The <c>{nested.Name}</c> blocks.");
                members.Add((nested.Name, Property(nested.Name, pulumiNames, member, type, required, doc)));
            }
        }

        if (path.Length == 0)
        {
            foreach (var (name, extra) in context.Type.Extras.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                var type = extra.Type ?? throw new GeneratorException($"{SchemaPaths.Overrides}: {context.TerraformType} extra {name} needs a \"type\".");
                var modifier = type.EndsWith('?') ? string.Empty : "required ";
                members.Add(("~" + name, $"    /// <summary>{extra.Doc}</summary>\n    public {modifier}{type} {name} {{ get; init; }}\n"));
            }
        }

        var text = new StringBuilder();
        if (members.Count == 0 && path.Length > 0)
        {
            // A block with no arguments (WAFv2's none {}, count {}) means something by being there: it converts itself
            // to an empty object, where the input reader would refuse a type without inputs.
            text.Append($"/// <summary>{summary}</summary>\npublic sealed partial record {className} : IPropertySource\n{{\n");
            text.Append("    /// <summary>An empty block: present, with no arguments.</summary>\n");
            text.Append("    public PropertyValue ToPropertyValue() => new ObjectValue([]);\n}\n");
            context.Records.Add(text.ToString());
            return;
        }

        text.Append($"/// <summary>{summary}</summary>\npublic sealed partial record {className}\n{{\n");
        var first = true;
        foreach (var (_, memberText) in members.OrderBy(m => m.TerraformName, StringComparer.Ordinal))
        {
            text.Append(first ? string.Empty : "\n").Append(memberText);
            first = false;
        }

        text.Append("}\n");
        context.Records.Add(text.ToString());
    }

    private static string Property(string terraformName, Dictionary<string, string> pulumiNames, MemberOverride? member, string type, bool required, string doc)
    {
        var pulumiName = member?.TerraformOnly == true ? null : member?.Pulumi ?? pulumiNames.GetValueOrDefault(terraformName);
        var name = member?.Name ?? Pascal(pulumiName ?? terraformName);
        var attribute = pulumiName is null
            ? $"[Input(\"{terraformName}\", TerraformOnly = true)]"
            : pulumiName == CamelCase(terraformName) ? $"[Input(\"{terraformName}\")]" : $"[Input(\"{terraformName}\", Pulumi = \"{pulumiName}\")]";
        var modifier = (required || member?.Required == true) && !type.EndsWith('?') ? "required " : string.Empty;
        return $"    /// <summary>{doc}</summary>\n    {attribute}\n    public {modifier}{type} {name} {{ get; init; }}\n";
    }

    /// <summary>A default nested type name, kept clear of the resource classes (S3Bucket's inline
    /// <c>server_side_encryption_configuration</c> block against the resource of that name).</summary>
    private string NestedClassName(string name) =>
        overrides.Resources.Values.Any(r => r.Class == name || r.Class + "Args" == name) ? name + "Block" : name;

    private static MemberOverride? Member(Context context, string path)
    {
        if (context.Type.Members.TryGetValue(path, out var member))
        {
            context.Used.Add(path);
            return member;
        }

        return null;
    }

    private static string DefaultType(string hclType, bool required)
    {
        var type = hclType switch
        {
            "string" => "Input<string>",
            "bool" => "bool",
            "number" => "int",
            "list(string)" or "set(string)" => "IReadOnlyList<string>",
            "list(number)" or "set(number)" => "IReadOnlyList<int>",
            "map(string)" => "IReadOnlyDictionary<string, string>",
            _ => "object",
        };
        return required ? type : type + "?";
    }

    private static string Deprecation(JsonElement attribute) =>
        attribute.TryGetProperty("deprecated", out var deprecated) && deprecated.ValueKind == JsonValueKind.String
            ? " Deprecated: " + System.Security.SecurityElement.Escape(deprecated.GetString())
            : string.Empty;

    private static IEnumerable<JsonProperty> Attributes(JsonElement block) =>
        block.TryGetProperty("attributes", out var attributes) ? attributes.EnumerateObject() : [];

    private static Dictionary<string, string> PulumiNamesByTerraformName(JsonElement inputs) =>
        inputs.EnumerateObject()
            .Where(i => i.Value.TryGetProperty("tf", out _))
            .ToDictionary(i => i.Value.GetProperty("tf").GetString()!, i => i.Name, StringComparer.Ordinal);

    private static JsonElement? NestedInputs(JsonElement pulumiType, string typeText)
    {
        var name = typeText.EndsWith("[]", StringComparison.Ordinal) ? typeText[..^2] : typeText;
        return pulumiType.TryGetProperty("nested", out var nested) && nested.TryGetProperty(name, out var inputs) ? inputs : null;
    }

    private static string CamelCase(string snake)
    {
        var pascal = Pascal(snake);
        return char.ToLowerInvariant(pascal[0]) + pascal[1..];
    }

    private static string Pascal(string name)
    {
        var builder = new StringBuilder(name.Length);
        var upper = true;
        foreach (var c in name)
        {
            if (c == '_')
            {
                upper = true;
                continue;
            }

            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return builder.ToString();
    }

    private sealed record Context(string TerraformType, TypeOverride Type, JsonElement PulumiType, HashSet<string> Used)
    {
        public List<string> Records { get; } = [];
    }
}
