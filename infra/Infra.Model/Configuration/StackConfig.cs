using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Infra.Configuration;

/// <summary>
/// One stack's config, read from <c>Pulumi.&lt;stack&gt;.yaml</c> in Pulumi's own format, with the defaults of
/// <c>Pulumi.yaml</c>. Getters come in pairs, as in Pulumi: <c>Get</c> returns null when unset, <c>Require</c>
/// throws an error that says how to set the key. Keys without a namespace are in the project's.
/// </summary>
public sealed partial class StackConfig
{
    private static readonly IReadOnlySet<string> ProviderNamespaces = new HashSet<string>(StringComparer.Ordinal) { "aws", "github", "pulumi", "random" };
    private static readonly IReadOnlySet<string> StackFileKeys = new HashSet<string>(StringComparer.Ordinal) { "config", "encryptionsalt", "secretsprovider", "encryptedkey", "environment" };

    /// <summary>The key (in the project's namespace) of the days CloudWatch keeps logs.</summary>
    public const string LogRetentionKey = "logRetentionDays";

    /// <summary>The key (in the project's namespace) of the pattern a prod promotion's change ticket must match.</summary>
    public const string ChangeTicketPatternKey = "changeTicketPattern";

    /// <summary>The key (in the project's namespace) of the prefix of every physical name.</summary>
    public const string NamePrefixKey = "namePrefix";

    private readonly IReadOnlyDictionary<string, ConfigValue> values;

    // The configs loaded together with this one (ProjectConfig.Load), so that a stack's neighbours are read once per run.
    private IReadOnlyList<StackConfig> loadedWith = [];

    private StackConfig(ProjectFile project, string stackName, IReadOnlyDictionary<string, ConfigValue> values)
    {
        Project = project.Name;
        ProjectFile = project;
        StackName = stackName;
        this.values = values;
        AccountId = Require("accountId");
        Region = Require("aws:region");
    }

    /// <summary>The checkout the config was read from, for rules that read repository files (the IAM catalog).</summary>
    public string RepositoryRoot { get; private init; } = ".";

    /// <summary>The project name (the config namespace).</summary>
    public string Project { get; }

    /// <summary>The project file the defaults come from.</summary>
    public ProjectFile ProjectFile { get; }

    /// <summary>The stack name.</summary>
    public string StackName { get; }

    /// <summary>The file name, e.g. <c>Pulumi.dev.yaml</c>.</summary>
    public string FileName => FileNameOf(StackName);

    /// <summary>The AWS account id (<c>&lt;project&gt;:accountId</c>), validated as 12 digits.</summary>
    public string AccountId { get; }

    /// <summary>The AWS region (<c>aws:region</c>), validated against the known regions.</summary>
    public string Region { get; }

    /// <summary>
    /// The prefix of every physical name of the stack (<c>&lt;project&gt;:namePrefix</c>, e.g. <c>2-1-bbws</c>): the one
    /// reading of it, for the names the program gives and the role names <c>permissions add</c> recognises.
    /// </summary>
    public string NamePrefix => Require(NamePrefixKey);

    /// <summary>Every key set in the file or defaulted by the project, with its value.</summary>
    public IEnumerable<string> Keys => values.Keys.Concat(ProjectFile.Keys.Keys).Distinct().Order(StringComparer.Ordinal);

    /// <summary>The config file name of a stack.</summary>
    public static string FileNameOf(string stack) => $"Pulumi.{stack}.yaml";

    /// <summary>
    /// The config of another stack of the project (the stack below or above in the promotion order): the one loaded
    /// together with this one by <see cref="ProjectConfig.Load"/>, else read from its file.
    /// </summary>
    public StackConfig Sibling(string stackName) =>
        loadedWith.FirstOrDefault(s => s.StackName == stackName) ?? Load(RepositoryRoot, ProjectFile, stackName);

    /// <summary>Makes <paramref name="stacks"/>, loaded together, each other's <see cref="Sibling"/>s.</summary>
    internal static void LoadedTogether(IReadOnlyList<StackConfig> stacks)
    {
        foreach (var stack in stacks)
        {
            stack.loadedWith = stacks;
        }
    }

    /// <summary>Reads and validates one stack file.</summary>
    public static StackConfig Load(string repositoryRoot, ProjectFile project, string stackName)
    {
        var file = FileNameOf(stackName);
        var path = Path.Combine(repositoryRoot, file);
        if (!project.Stacks.Contains(stackName, StringComparer.Ordinal))
        {
            throw ConfigErrors.UnknownStack(stackName, project.Stacks);
        }

        if (!File.Exists(path) && new FileInfo(path).LinkTarget is null)
        {
            throw ConfigErrors.MissingStackFile(file, project.StacksFullKey, project.Stacks);
        }

        var root = YamlFiles.LoadMapping(path, file);
        foreach (var (keyNode, _) in root.Children)
        {
            var topKey = ((YamlScalarNode)keyNode).Value ?? string.Empty;
            if (!StackFileKeys.Contains(topKey))
            {
                throw ConfigErrors.Invalid(file, topKey, "is not a Pulumi stack-file key", "put stack settings under 'config:' as '<namespace>:<key>: value'");
            }
        }

        var values = new SortedDictionary<string, ConfigValue>(StringComparer.Ordinal);
        if (root.Children.TryGetValue(new YamlScalarNode("config"), out var configNode))
        {
            if (configNode is not YamlMappingNode config)
            {
                throw ConfigErrors.Invalid(file, "config", "is not a map", "write 'config:' followed by indented '<namespace>:<key>: value' lines");
            }

            foreach (var (keyNode, valueNode) in config.Children)
            {
                var key = ((YamlScalarNode)keyNode).Value ?? string.Empty;
                var fullKey = key.Contains(':', StringComparison.Ordinal) ? key : $"{project.Name}:{key}";
                CheckDeclared(file, project, fullKey);
                if (fullKey == project.StacksFullKey)
                {
                    throw ConfigErrors.Invalid(file, fullKey, "is set in a stack file", $"remove it: the set of stacks is declared once, for all of them, in {ProjectFile.FileName}");
                }

                values[fullKey] = ReadValue(file, fullKey, valueNode);
            }
        }

        var result = new StackConfig(project, stackName, values) { RepositoryRoot = repositoryRoot };
        result.Validate();
        return result;
    }

    /// <summary>
    /// The stack names of the <c>Pulumi.&lt;stack&gt;.yaml</c> files in <paramref name="repositoryRoot"/>, sorted;
    /// compared with the declared stacks so that a file is never silently added or skipped.
    /// </summary>
    public static IReadOnlyList<string> StackFilesIn(string repositoryRoot) =>
        Directory.EnumerateFileSystemEntries(repositoryRoot, "Pulumi.*.yaml")
            .Select(Path.GetFileName)
            .Select(f => f!["Pulumi.".Length..^".yaml".Length])
            .Where(s => s.Length > 0)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The text of a key, or its default, or null.</summary>
    public string? Get(string key)
    {
        var full = FullKey(key);
        if (values.TryGetValue(full, out var value))
        {
            if (value.IsSecure)
            {
                throw ConfigErrors.Invalid(FileName, full, "is a secure value", "read it with GetSecret/RequireSecret: secrets are never decrypted here");
            }

            return value.Text ?? (value.Items is null ? null : string.Join(',', value.Items));
        }

        return ProjectFile.Keys.TryGetValue(full, out var declaration) ? declaration.Default : null;
    }

    /// <summary>The text of a key or its default; throws when neither is set.</summary>
    public string Require(string key) => Get(key) ?? throw ConfigErrors.Missing(FileName, FullKey(key), ExampleFor(FullKey(key)));

    /// <summary>The key as a whole number, or null.</summary>
    public int? GetInt(string key)
    {
        var text = Get(key);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw ConfigErrors.Invalid(FileName, FullKey(key), $"is '{text}', not a whole number", "write a number such as 14");
    }

    /// <summary>The key as a whole number; throws when unset.</summary>
    public int RequireInt(string key) => GetInt(key) ?? throw ConfigErrors.Missing(FileName, FullKey(key), "14");

    /// <summary>The key as a boolean, or null.</summary>
    public bool? GetBool(string key)
    {
        var text = Get(key);
        return text switch
        {
            null => null,
            "true" => true,
            "false" => false,
            _ => throw ConfigErrors.Invalid(FileName, FullKey(key), $"is '{text}', not a boolean", "write true or false"),
        };
    }

    /// <summary>The key as a boolean; throws when unset.</summary>
    public bool RequireBool(string key) => GetBool(key) ?? throw ConfigErrors.Missing(FileName, FullKey(key), "true");

    /// <summary>The key as a list of strings (empty when unset).</summary>
    public IReadOnlyList<string> GetList(string key)
    {
        var full = FullKey(key);
        if (values.TryGetValue(full, out var value))
        {
            return value.Items ?? (value.Text is { Length: > 0 } t ? [t] : []);
        }

        return ProjectFile.Keys.TryGetValue(full, out var declaration) ? declaration.DefaultItems ?? [] : [];
    }

    /// <summary>
    /// The full key of a <c>secure:</c> value, which the model turns into a sensitive variable the engine reads at run
    /// time (<c>ConfigSecrets.GetSecret</c>); null when unset. The ciphertext is never decrypted and never written out.
    /// </summary>
    public string? SecureKey(string key)
    {
        var full = FullKey(key);
        if (!values.TryGetValue(full, out var value))
        {
            return null;
        }

        if (!value.IsSecure)
        {
            throw ConfigErrors.Invalid(FileName, full, "is plain text but must be secret", $"set it with 'pulumi config set --secret {full} <value> -s {StackName}' so that it is stored as 'secure:'");
        }

        return full;
    }

    /// <summary>The stack's change-ticket pattern (validated at load), or null when unset or empty.</summary>
    public ChangeTicketPattern? GetChangeTicketPattern() =>
        Get(ChangeTicketPatternKey) is { Length: > 0 } pattern ? ChangeTicketPattern.Parse(pattern, FileName, FullKey(ChangeTicketPatternKey)) : null;

    /// <summary>The full key of a <c>secure:</c> value; throws when unset.</summary>
    public string RequireSecureKey(string key) => SecureKey(key)
        ?? throw ConfigErrors.Missing(FileName, FullKey(key), "{secure: <ciphertext from 'pulumi config set --secret'>}");

    private string FullKey(string key) => key.Contains(':', StringComparison.Ordinal) ? key : $"{Project}:{key}";

    private static string ExampleFor(string key) => key.EndsWith(":accountId", StringComparison.Ordinal) ? "\"123456789012\"" : key == "aws:region" ? "eu-west-1" : "<value>";

    private static void CheckDeclared(string file, ProjectFile project, string fullKey)
    {
        var ns = fullKey[..fullKey.IndexOf(':')];
        if (ns == project.Name)
        {
            if (!project.Keys.ContainsKey(fullKey))
            {
                throw ConfigErrors.Undeclared(file, fullKey, Suggestions.Closest(fullKey, project.Keys.Keys));
            }
        }
        else if (!ProviderNamespaces.Contains(ns))
        {
            throw ConfigErrors.Invalid(file, fullKey, $"is in namespace '{ns}', which is neither the project's ('{project.Name}') nor a provider's", $"write it as '{project.Name}:{fullKey[(fullKey.IndexOf(':') + 1)..]}' or under aws:/github:");
        }
    }

    private static ConfigValue ReadValue(string file, string key, YamlNode node)
    {
        var line = (int)node.Start.Line;
        return node switch
        {
            YamlScalarNode scalar => new ConfigValue(scalar.Value ?? string.Empty, null, false, line),
            YamlSequenceNode sequence => new ConfigValue(null, sequence.Children.Select(c => (c as YamlScalarNode)?.Value
                ?? throw ConfigErrors.Invalid(file, key, "has a list item that is not a plain value", "write each item as a string")).ToList(), false, line),
            YamlMappingNode map when map.Children.Count == 1 && YamlFiles.Scalar(map, "secure") is not null => new ConfigValue(null, null, true, line),
            _ => throw ConfigErrors.Invalid(file, key, "is a map", "write a plain value, a list, or {secure: ...} for a secret"),
        };
    }

    private void Validate()
    {
        if (!AccountIdPattern().IsMatch(AccountId))
        {
            throw ConfigErrors.Invalid(FileName, $"{Project}:accountId", $"is '{AccountId}', not an AWS account id", "write exactly 12 digits in quotes, e.g. \"536580886816\"");
        }

        if (!AwsRegions.All.Contains(Region))
        {
            var hint = Suggestions.Closest(Region, AwsRegions.All);
            throw ConfigErrors.Invalid(FileName, "aws:region", $"is '{Region}', not an AWS region" + (hint is null ? string.Empty : $" (did you mean '{hint}'?)"), "write a region code such as eu-west-1");
        }

        foreach (var (key, declaration) in ProjectFile.Keys)
        {
            if (!values.TryGetValue(key, out var value))
            {
                continue;
            }

            var problem = declaration.Type switch
            {
                ConfigType.Integer when value.Text is null || !int.TryParse(value.Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) => ("is not a whole number", "write a number such as 14"),
                ConfigType.Boolean when value.Text is not ("true" or "false") => ("is not a boolean", "write true or false"),
                ConfigType.Array when value.Items is null => ("is not a list", "write a YAML list, one '- item' per line"),
                ConfigType.String when value.Items is not null => ("is a list but is declared as a string", "write a single value"),
                _ when declaration.Secret && !value.IsSecure => ("must be a secret", $"set it with 'pulumi config set --secret {key} <value>'"),
                _ => default((string, string)?),
            };
            if (problem is { } p)
            {
                throw ConfigErrors.Invalid(FileName, key, p.Item1, p.Item2);
            }

            if (value.Items is { } items)
            {
                var (max, reason) = ConfigListLimits.For(key[(key.IndexOf(':') + 1)..]);
                if (items.Count > max)
                {
                    throw ConfigErrors.Invalid(FileName, key, $"has {items.Count} items, but {reason}", $"list at most {max}");
                }
            }
        }

        ValidateLogRetention();
        ValidateChangeTicketPattern();
    }

    private void ValidateLogRetention()
    {
        var key = $"{Project}:{LogRetentionKey}";
        if (GetInt(LogRetentionKey) is not { } days || CloudWatchLogRetention.IsValid(days))
        {
            return;
        }

        var file = values.ContainsKey(key) ? FileName : ProjectFile.FileName;
        throw ConfigErrors.Invalid(file, key, $"is {days}, a retention CloudWatch Logs refuses", $"use {string.Join(" or ", CloudWatchLogRetention.Nearest(days))} (accepted: {string.Join(", ", CloudWatchLogRetention.Days)} days)");
    }

    private void ValidateChangeTicketPattern()
    {
        var key = $"{Project}:{ChangeTicketPatternKey}";
        if (values.TryGetValue(key, out var value) && value.Text is { Length: > 0 } pattern)
        {
            ChangeTicketPattern.Parse(pattern, FileName, key);
        }
    }

    [GeneratedRegex("^[0-9]{12}$")]
    private static partial Regex AccountIdPattern();
}
