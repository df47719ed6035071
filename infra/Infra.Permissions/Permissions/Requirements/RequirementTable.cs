using Infra.Configuration;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Infra.Permissions;

/// <summary>
/// The IAM requirements of every AWS resource type the program uses: one file per Terraform type under
/// <c>infra/IamRequirements/aws/</c>, validated strictly against the IAM catalog when loaded, so a table that
/// loads names only real actions on honest resources.
/// </summary>
public sealed class RequirementTable
{
    /// <summary>The folder of the tables, relative to the repository root.</summary>
    public const string Folder = "infra/IamRequirements/aws";

    private static readonly string[] TopKeys = ["type", "arn", "attributes", "calls", "when"];
    private static readonly string[] CallKeys = ["action", "resource", "context", "source", "why"];
    private static readonly string[] WhenKeys = ["operation", "action", "resource", "context", "source", "why"];

    private readonly Dictionary<string, ResourceRequirements> types;

    private RequirementTable(Dictionary<string, ResourceRequirements> types) => this.types = types;

    /// <summary>Every table, by Terraform type, sorted.</summary>
    public IEnumerable<ResourceRequirements> Types => types.Values.OrderBy(t => t.Type, StringComparer.Ordinal);

    /// <summary>Loads and validates every <c>*.yaml</c> of <see cref="Folder"/> under <paramref name="repositoryRoot"/>.</summary>
    public static RequirementTable Load(string repositoryRoot, IamCatalog catalog)
    {
        var folder = Path.Combine(repositoryRoot, Folder);
        if (!Directory.Exists(folder))
        {
            throw new InfraException($"{Folder}: the IAM requirement tables are missing: restore the folder (git checkout -- {Folder}).");
        }

        var types = new Dictionary<string, ResourceRequirements>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var display = Folder + "/" + name;
            if (!name.EndsWith(".yaml", StringComparison.Ordinal))
            {
                throw new InfraException($"{display}: is not a requirement table: name each table <terraform type>.yaml, or move the file out of {Folder}.");
            }

            var table = Parse(YamlInput.ReadText(path, display), name[..^".yaml".Length], display, catalog);
            types.Add(table.Type, table);
        }

        return new RequirementTable(types);
    }

    /// <summary>The table of <paramref name="terraformType"/>, or null when it has none.</summary>
    public ResourceRequirements? Find(string terraformType) => types.GetValueOrDefault(terraformType);

    private static ResourceRequirements Parse(string text, string expectedType, string display, IamCatalog catalog)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            var (line, column, detail) = YamlInput.Describe(e, text);
            throw new InfraException($"{display}:{line}:{column}: is not valid YAML ({detail}): fix the syntax at that line.");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw Invalid(display, 1, "type", "is missing (the file is not a map)", $"start the file with 'type: {expectedType}', 'arn:' and 'calls:'");
        }

        CheckKeys(display, root, TopKeys, "table field");
        var typeNode = Child(root, "type");
        var type = Scalar(display, root, "type");
        if (string.IsNullOrWhiteSpace(type))
        {
            throw Invalid(display, Line(typeNode ?? root), "type", "is missing", $"write 'type: {expectedType}' (the file's name without .yaml)");
        }

        if (type != expectedType)
        {
            throw Invalid(display, Line(typeNode!), "type", $"is '{type}' but the file is named for '{expectedType}'", $"write 'type: {expectedType}', or rename the file to {type}.yaml");
        }

        var arnNode = Child(root, "arn");
        var arnText = Scalar(display, root, "arn");
        if (string.IsNullOrWhiteSpace(arnText))
        {
            throw Invalid(display, Line(arnNode ?? root), "arn", "is missing", "write the resource's own ARN as a template, e.g. 'arn: \"arn:aws:lambda:${region}:${account}:function:${function_name}\"'");
        }

        var attributes = new SortedDictionary<string, ArnTemplate>(StringComparer.Ordinal);
        if (Child(root, "attributes") is { } attributesNode && !IsNull(attributesNode))
        {
            if (attributesNode is not YamlMappingNode map)
            {
                throw Invalid(display, Line(attributesNode), "attributes", "is not a map", "write one 'NAME: \"template\"' line per attribute");
            }

            foreach (var (keyNode, valueNode) in map.Children)
            {
                var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
                var field = "attributes." + key;
                var template = Template(display, valueNode, field, ScalarText(display, valueNode, field));
                if (template.UsesOwnArn || template.OwnAttributes.Any())
                {
                    throw Invalid(display, Line(valueNode), field, "reads ${arn} or ${attr.*}", "build an attribute from ${region}, ${account} and arguments only");
                }

                attributes.Add(key, template);
            }
        }

        var arn = Template(display, arnNode!, "arn", arnText);
        if (arn.UsesOwnArn || arn.OwnAttributes.Any(attributes.ContainsKey))
        {
            throw Invalid(display, Line(arnNode!), "arn", "reads ${arn} or an attribute defined under 'attributes'", "build the ARN from ${region}, ${account}, arguments and attributes that are unknown until apply");
        }

        var calls = new List<RequirementCall>();
        var taggable = false;
        var callsNode = Child(root, "calls");
        if (callsNode is not YamlMappingNode callsMap)
        {
            throw Invalid(display, Line(callsNode ?? root), "calls", callsNode is null ? "is missing" : "is not a map", "write 'calls:' with refresh, create, update, delete (and tag for taggable types) below it");
        }

        CheckKeys(display, callsMap, ResourceRequirements.Operations, "operation");
        var callsLine = root.Children.Keys.First(k => k is YamlScalarNode { Value: "calls" }).Start.Line;
        foreach (var operation in ResourceRequirements.Operations)
        {
            if (Child(callsMap, operation) is not { } listNode)
            {
                if (operation != "tag")
                {
                    throw Invalid(display, callsLine, "calls." + operation, "is missing", $"write 'calls.{operation}:' with the calls the provider makes ('[]' when it makes none)");
                }

                continue;
            }

            taggable |= operation == "tag";
            foreach (var item in Items(display, listNode, "calls." + operation))
            {
                calls.Add(ReadCall(display, item, "calls." + operation, operation, null, catalog));
            }
        }

        var when = new List<RequirementCall>();
        if (Child(root, "when") is { } whenNode && !IsNull(whenNode))
        {
            if (whenNode is not YamlMappingNode whenMap)
            {
                throw Invalid(display, Line(whenNode), "when", "is not a map", "write one 'ARGUMENT:' key per argument, with a list of calls below it");
            }

            foreach (var (keyNode, listNode) in whenMap.Children)
            {
                var argument = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
                if (ArnTemplate.Parse("${" + argument + "}", out _) is not { Parts: [{ Kind: ArnTemplate.PartKind.Argument, Default: null }] })
                {
                    throw Invalid(display, Line(keyNode), "when." + argument, "is not an argument name", "use the argument's terraform name, dotted for nested blocks (e.g. kms_key_arn)");
                }

                foreach (var item in Items(display, listNode, "when." + argument))
                {
                    when.Add(ReadCall(display, item, "when." + argument, null, argument, catalog));
                }
            }
        }

        return new ResourceRequirements(type, display, arn, attributes, calls, when, taggable);
    }

    private static RequirementCall ReadCall(string display, YamlNode item, string field, string? operation, string? argument, IamCatalog catalog)
    {
        if (item is not YamlMappingNode map)
        {
            throw Invalid(display, Line(item), field, "has an entry that is not a map", "write each call as '- action: ...' with resource and source below it");
        }

        var line = (int)Line(item);
        CheckKeys(display, map, argument is null ? CallKeys : WhenKeys, "call field");
        if (argument is not null)
        {
            operation = Scalar(display, map, "operation");
            if (operation is null || !ResourceRequirements.Operations.Contains(operation))
            {
                throw Invalid(display, line, field + ".operation", operation is null ? "is missing" : $"is '{operation}'", $"write one of {string.Join("|", ResourceRequirements.Operations)}");
            }
        }

        var action = Scalar(display, map, "action");
        if (string.IsNullOrWhiteSpace(action))
        {
            throw Invalid(display, line, field + ".action", "is missing", "write the IAM action as the Service Authorization Reference spells it, e.g. 'action: lambda:GetFunction'");
        }

        var entry = catalog.Find(action);
        if (entry is null || IamCatalog.IsWildcard(action))
        {
            var hint = catalog.Suggest(action);
            throw Invalid(display, line, field + ".action", $"'{action}' is not in the IAM catalog" + (hint is null ? string.Empty : $" (did you mean '{hint}'?)"), $"write an action listed in {IamCatalog.RelativePath}, or drop the call and note why in a comment");
        }

        if (entry.Action != action)
        {
            throw Invalid(display, line, field + ".action", $"is written '{action}'", $"write '{entry.Action}' as the catalog spells it");
        }

        var resourceNode = Child(map, "resource");
        var resourceText = Scalar(display, map, "resource");
        if (string.IsNullOrWhiteSpace(resourceText))
        {
            throw Invalid(display, line, field + ".resource", $"is missing for {action}", entry.ResourceLevel ? "write the narrowest ARN the action is evaluated on, e.g. \"${arn}\"" : "write \"*\": the action has no resource-level permissions");
        }

        var why = Scalar(display, map, "why");
        if (!entry.ResourceLevel && resourceText != "*")
        {
            throw Invalid(display, line, field + ".resource", $"is '{resourceText}' but {action} has no resource-level permissions (catalog)", "write \"*\"");
        }

        if (entry.ResourceLevel && resourceText == "*" && string.IsNullOrWhiteSpace(why))
        {
            throw Invalid(display, line, field + ".resource", $"is \"*\" but {action} takes resource-level permissions", "write the ARN it is evaluated on, or say in 'why' why no narrower ARN exists");
        }

        var resource = Template(display, resourceNode!, field + ".resource", resourceText);
        var context = ReadContext(display, Child(map, "context"), field + ".context");
        var source = Scalar(display, map, "source");
        if (source is not ("pike" or "added"))
        {
            throw Invalid(display, line, field + ".source", source is null ? $"is missing for {action}" : $"is '{source}'", "write 'source: pike' (from the pike table, see infra/IamRequirements/SOURCES.md) or 'source: added' with a 'why'");
        }

        if (source == "added" && string.IsNullOrWhiteSpace(why))
        {
            throw Invalid(display, line, field + ".why", $"is missing for {action}, which is not from pike", "say why the provider makes the call (its behaviour, or the doc it comes from)");
        }

        return new RequirementCall(operation!, action, resource, context, source, why, argument, line, $"{display}: {operation} {action}");
    }

    private static IReadOnlyDictionary<string, IReadOnlyList<ArnTemplate>> ReadContext(string display, YamlNode? node, string field)
    {
        var context = new SortedDictionary<string, IReadOnlyList<ArnTemplate>>(StringComparer.Ordinal);
        if (node is null || IsNull(node))
        {
            return context;
        }

        if (node is not YamlMappingNode map)
        {
            throw Invalid(display, Line(node), field, "is not a map", "write 'KEY: [value, ...]' per context key, e.g. 'iam:PassedToService: [lambda.amazonaws.com]'");
        }

        foreach (var (keyNode, valueNode) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (!key.Contains(':', StringComparison.Ordinal))
            {
                throw Invalid(display, Line(keyNode), field + "." + key, "is not a condition key", "write the key as IAM spells it, e.g. iam:PassedToService");
            }

            if (valueNode is not YamlSequenceNode values || values.Children.Count == 0)
            {
                throw Invalid(display, Line(valueNode), field + "." + key, "is not a list of values", $"write '{key}: [value]'");
            }

            context.Add(key, values.Children.Select(v => Template(display, v, field + "." + key, ScalarText(display, v, field + "." + key))).ToList());
        }

        return context;
    }

    private static ArnTemplate Template(string display, YamlNode node, string field, string text) =>
        ArnTemplate.Parse(text, out var error)
        ?? throw Invalid(display, Line(node), field, error!, "use ${region}, ${account}, ${arn}, ${attr.NAME} or ${ARGUMENT} (a terraform argument name, dotted for nested blocks)");

    private static IEnumerable<YamlNode> Items(string display, YamlNode node, string field) =>
        IsNull(node) ? [] : node is YamlSequenceNode sequence
            ? sequence.Children
            : throw Invalid(display, Line(node), field, "is not a list", "write one '- action: ...' entry per call ('[]' for none)");

    private static void CheckKeys(string display, YamlMappingNode map, IReadOnlyList<string> known, string what)
    {
        foreach (var (keyNode, _) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (!known.Contains(key))
            {
                var hint = Suggestions.Closest(key, known);
                throw Invalid(display, Line(keyNode), key, $"is not a {what}" + (hint is null ? string.Empty : $" (did you mean '{hint}'?)"), $"use only {string.Join(", ", known)}");
            }
        }
    }

    private static YamlNode? Child(YamlMappingNode map, string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    private static string? Scalar(string display, YamlMappingNode map, string key) =>
        Child(map, key) is { } node && !IsNull(node) ? ScalarText(display, node, key) : null;

    private static string ScalarText(string display, YamlNode node, string field) =>
        node is YamlScalarNode { Value: { } value }
            ? value
            : throw Invalid(display, Line(node), field, "is not a single value", $"write '{field}:' followed by one value (quote templates: \"...\")");

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" };

    private static long Line(YamlNode node) => node.Start.Line;

    private static InfraException Invalid(string display, long line, string field, string problem, string fix) =>
        new($"{display}:{line}: {field} {problem}: {fix}.");
}
