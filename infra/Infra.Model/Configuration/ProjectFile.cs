using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Infra.Configuration;

/// <summary>
/// <c>Pulumi.yaml</c>: the project's name and the config keys it declares, with types and defaults.
/// Only the project's own namespace is declared; provider namespaces are accepted as they are.
/// </summary>
public sealed partial class ProjectFile
{
    private ProjectFile(string name, string? description, IReadOnlyDictionary<string, ConfigKeyDeclaration> keys)
    {
        Name = name;
        Description = description;
        Keys = keys;
        Stacks = ReadStacks(name, keys);
    }

    /// <summary>The file name.</summary>
    public const string FileName = "Pulumi.yaml";

    /// <summary>The key (in the project's namespace) that declares the stacks, in promotion order.</summary>
    public const string StacksKey = "stacks";

    /// <summary>The project name, which is also the config namespace.</summary>
    public string Name { get; }

    /// <summary>The project description.</summary>
    public string? Description { get; }

    /// <summary>The declared keys, by full key (<c>project:name</c>).</summary>
    public IReadOnlyDictionary<string, ConfigKeyDeclaration> Keys { get; }

    /// <summary>
    /// The stacks, in promotion order (<c>&lt;project&gt;:stacks</c>): each has a <c>Pulumi.&lt;stack&gt;.yaml</c>,
    /// the first is deployed directly and each other is promoted from the one before it.
    /// </summary>
    public IReadOnlyList<string> Stacks { get; }

    /// <summary>The full key that declares the stacks, e.g. <c>bbws:stacks</c>.</summary>
    public string StacksFullKey => $"{Name}:{StacksKey}";

    /// <summary>The stack <paramref name="stack"/> is promoted from, or null for the first stack (and unknown ones).</summary>
    public string? PromotedFrom(string stack)
    {
        var index = Stacks.ToList().IndexOf(stack);
        return index > 0 ? Stacks[index - 1] : null;
    }

    /// <summary>The stack promoted from <paramref name="stack"/>, or null for the last stack (and unknown ones).</summary>
    public string? PromotesTo(string stack)
    {
        var index = Stacks.ToList().IndexOf(stack);
        return index >= 0 && index < Stacks.Count - 1 ? Stacks[index + 1] : null;
    }

    /// <summary>Reads and validates <c>Pulumi.yaml</c> in <paramref name="repositoryRoot"/>.</summary>
    public static ProjectFile Load(string repositoryRoot)
    {
        var path = Path.Combine(repositoryRoot, FileName);
        if (!File.Exists(path))
        {
            throw ConfigErrors.MissingProjectFile();
        }

        var root = YamlFiles.LoadMapping(path, FileName);
        var name = YamlFiles.Scalar(root, "name")
            ?? throw ConfigErrors.Invalid(FileName, "name", "is missing", "add 'name: <project>' (it is also the config namespace)");
        var description = YamlFiles.Scalar(root, "description");
        var keys = new SortedDictionary<string, ConfigKeyDeclaration>(StringComparer.Ordinal);
        if (root.Children.TryGetValue(new YamlScalarNode("config"), out var configNode))
        {
            if (configNode is not YamlMappingNode config)
            {
                throw ConfigErrors.Invalid(FileName, "config", "is not a map", "write one entry per key: 'project:key: {type: string}'");
            }

            foreach (var (keyNode, valueNode) in config.Children)
            {
                var key = ((YamlScalarNode)keyNode).Value ?? string.Empty;
                var fullKey = key.Contains(':', StringComparison.Ordinal) ? key : $"{name}:{key}";
                keys[fullKey] = ReadDeclaration(fullKey, valueNode);
            }
        }

        return new ProjectFile(name, description, keys);
    }

    private static ConfigKeyDeclaration ReadDeclaration(string key, YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            throw ConfigErrors.Invalid(FileName, $"config.{key}", "is not a map", "declare it as '{type: string, default: ...}'");
        }

        var typeText = YamlFiles.Scalar(map, "type") ?? "string";
        var type = typeText switch
        {
            "string" => ConfigType.String,
            "integer" => ConfigType.Integer,
            "boolean" => ConfigType.Boolean,
            "array" => ConfigType.Array,
            _ => throw ConfigErrors.Invalid(FileName, $"config.{key}.type", $"is '{typeText}'", "use one of string, integer, boolean, array"),
        };
        var secret = YamlFiles.Scalar(map, "secret") == "true";
        if (type == ConfigType.Array)
        {
            // Pulumi refuses an array declaration without its item type; lists here are lists of strings.
            var items = map.Children.TryGetValue(new YamlScalarNode("items"), out var itemsNode) ? itemsNode as YamlMappingNode : null;
            if (items is null || YamlFiles.Scalar(items, "type") != "string")
            {
                throw ConfigErrors.Invalid(FileName, $"config.{key}", "is an array without 'items: {type: string}'", "add 'items:' with 'type: string' under it, as Pulumi requires the item type of an array");
            }
        }

        if (!map.Children.TryGetValue(new YamlScalarNode("default"), out var defaultNode) || IsNull(defaultNode))
        {
            return new ConfigKeyDeclaration(key, type, null, YamlFiles.Scalar(map, "description"), secret);
        }

        var (text, items2) = ReadDefault(key, type, defaultNode);
        return new ConfigKeyDeclaration(key, type, text, YamlFiles.Scalar(map, "description"), secret, items2);
    }

    // Checked as Pulumi checks a default against its declared type, so that a default Pulumi would refuse (or read
    // as another type) is refused here, at load, naming the key, instead of failing wherever the value is used.
    private static (string? Text, IReadOnlyList<string>? Items) ReadDefault(string key, ConfigType type, YamlNode node)
    {
        var where = $"config.{key}.default";
        if (type == ConfigType.Array)
        {
            if (node is not YamlSequenceNode sequence)
            {
                throw ConfigErrors.Invalid(FileName, where, "is not a list, but the key is an array", "write a list, e.g. [dev, sit, prod], or remove the default");
            }

            var items = sequence.Children.Select(item => item is YamlScalarNode { Value: { } value } && !IsNull(item)
                ? value
                : throw ConfigErrors.Invalid(FileName, where, "has an item that is not a plain value", "write each item as a string")).ToList();
            return (null, items);
        }

        if (node is not YamlScalarNode scalar)
        {
            throw ConfigErrors.Invalid(FileName, where, $"is not a single value, but the key is {Article(type)}", FixFor(type));
        }

        var text = scalar.Value ?? string.Empty;
        var plain = scalar.Style == ScalarStyle.Plain;
        var valid = type switch
        {
            ConfigType.Integer => int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
            ConfigType.Boolean => text is "true" or "false",
            _ => !plain || !NonStringPlainScalar().IsMatch(text),
        };
        return valid
            ? (text, null)
            : throw ConfigErrors.Invalid(FileName, where, $"is '{text}', not {Article(type)}", FixFor(type));
    }

    private static string Article(ConfigType type) => type switch
    {
        ConfigType.Integer => "a whole number",
        ConfigType.Boolean => "a boolean",
        _ => "a string",
    };

    private static string FixFor(ConfigType type) => type switch
    {
        ConfigType.Integer => "write a whole number such as 14",
        ConfigType.Boolean => "write true or false",
        _ => "quote it (e.g. \"21\"): YAML reads it as a number, boolean or null, and Pulumi refuses that for a string key",
    };

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    private static IReadOnlyList<string> ReadStacks(string project, IReadOnlyDictionary<string, ConfigKeyDeclaration> keys)
    {
        var key = $"{project}:{StacksKey}";
        var where = $"config.{key}";
        if (!keys.TryGetValue(key, out var declaration) || declaration.Type != ConfigType.Array || declaration.DefaultItems is null)
        {
            throw ConfigErrors.Invalid(FileName, where, "is missing", $"declare every stack, in promotion order: '{key}: {{type: array, items: {{type: string}}, default: [dev, sit, prod]}}'");
        }

        var stacks = declaration.DefaultItems;
        if (stacks.Count == 0)
        {
            throw ConfigErrors.Invalid(FileName, where, "lists no stack", "list at least one stack, in promotion order, e.g. default: [dev, sit, prod]");
        }

        var (max, reason) = ConfigListLimits.For(StacksKey);
        if (stacks.Count > max)
        {
            throw ConfigErrors.Invalid(FileName, where, $"has {stacks.Count} items, but {reason}", $"list at most {max}");
        }

        foreach (var stack in stacks)
        {
            if (!StackName().IsMatch(stack))
            {
                throw ConfigErrors.Invalid(FileName, where, $"names stack '{stack}'", "use letters, digits, '-' and '_' only (the stack file is Pulumi.<stack>.yaml)");
            }
        }

        var twice = stacks.GroupBy(s => s, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw ConfigErrors.Invalid(FileName, where, $"lists '{twice.Key}' twice", "list each stack once, in promotion order");
        }

        return stacks;
    }

    // What YAML 1.2's core schema (and so Pulumi's YAML reader) takes for a null, a boolean or a number when unquoted.
    [GeneratedRegex(@"^(~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$")]
    private static partial Regex NonStringPlainScalar();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,100}$")]
    private static partial Regex StackName();
}
