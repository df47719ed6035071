using YamlDotNet.RepresentationModel;

namespace Infra.Configuration;

/// <summary>
/// <c>Pulumi.yaml</c>: the project's name and the config keys it declares, with types and defaults.
/// Only the project's own namespace is declared; provider namespaces are accepted as they are.
/// </summary>
public sealed class ProjectFile
{
    private ProjectFile(string name, string? description, IReadOnlyDictionary<string, ConfigKeyDeclaration> keys)
    {
        Name = name;
        Description = description;
        Keys = keys;
    }

    /// <summary>The file name.</summary>
    public const string FileName = "Pulumi.yaml";

    /// <summary>The project name, which is also the config namespace.</summary>
    public string Name { get; }

    /// <summary>The project description.</summary>
    public string? Description { get; }

    /// <summary>The declared keys, by full key (<c>project:name</c>).</summary>
    public IReadOnlyDictionary<string, ConfigKeyDeclaration> Keys { get; }

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
        return new ConfigKeyDeclaration(key, type, YamlFiles.Scalar(map, "default"), YamlFiles.Scalar(map, "description"), secret);
    }
}
