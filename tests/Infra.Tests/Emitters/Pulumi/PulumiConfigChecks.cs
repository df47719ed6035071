using System.Globalization;
using Newtonsoft.Json.Linq;

namespace Infra.Tests.Emitters.Pulumi;

/// <summary>
/// The config checks Pulumi makes in code, beyond its project schema, transcribed from pulumi/pulumi:
/// <c>Project.Validate</c> and <c>ValidateConfigValue</c> (sdk/go/common/workspace/project.go) when it loads a project,
/// and <c>mergeConfig</c> / <c>validateStackConfigValue</c> (pkg/workspace/config.go) when it loads a stack.
/// Documents are JSON trees as <see cref="ProjectSchemaValidator.FromYaml"/> reads them.
/// </summary>
internal static class PulumiConfigChecks
{
    /// <summary>What Pulumi refuses in a project's config declarations; empty when it loads the project.</summary>
    public static IReadOnlyList<string> ProjectProblems(JObject project)
    {
        var name = project["name"]?.Value<string>();
        if (string.IsNullOrEmpty(name))
        {
            return ["project is missing a 'name' attribute"];
        }

        var problems = new List<string>();
        foreach (var (key, declaration) in Declarations(project))
        {
            var type = declaration["type"]?.Value<string>();
            var items = declaration["items"];
            var hasDefault = HasValue(declaration, "default");
            if (hasDefault && HasValue(declaration, "value"))
            {
                problems.Add($"project config '{key}' cannot have both a 'default' and 'value' attribute");
            }

            if (IsNamespacedBy(name, key))
            {
                if (type == "array" && items is null)
                {
                    problems.Add($"The configuration key '{key}' declares an array but does not specify the underlying type via the 'items' attribute");
                }

                if (type is not null && hasDefault && !IsOfType(type, items, declaration["default"]!))
                {
                    problems.Add($"The default value specified for configuration key '{key}' is not of the expected type '{type}'");
                }
            }
            else if (type is not null)
            {
                problems.Add($"Configuration key '{key}' is not namespaced by the project and should not define a type");
            }
            else if (hasDefault)
            {
                problems.Add($"Configuration key '{key}' is not namespaced by the project and should not define a default value");
            }
            else if (!HasValue(declaration, "value"))
            {
                problems.Add($"Configuration key '{key}' is namespaced and must provide an attribute 'value'");
            }
        }

        return problems;
    }

    /// <summary>
    /// What Pulumi refuses when it runs <paramref name="stack"/> of <paramref name="project"/> with the stack file's
    /// <c>config</c>: a key of the project's namespace with neither a default nor a value that the stack does not
    /// set ("Stack '…' is missing configuration value"), a value of the wrong type, a secret set in clear.
    /// Keys in <paramref name="exempt"/> are not reported missing.
    /// </summary>
    public static IReadOnlyList<string> StackProblems(JObject project, string stack, JObject stackFile, IReadOnlySet<string> exempt)
    {
        var name = project["name"]!.Value<string>()!;
        var values = stackFile["config"] as JObject ?? [];
        var problems = new List<string>();
        foreach (var (key, declaration) in Declarations(project))
        {
            var fullKey = key.Contains(':', StringComparison.Ordinal) ? key : $"{name}:{key}";
            var value = values[fullKey] ?? (fullKey.StartsWith(name + ":", StringComparison.Ordinal) ? values[fullKey[(name.Length + 1)..]] : null);
            if (value is null)
            {
                if (!HasValue(declaration, "default") && !HasValue(declaration, "value") && fullKey.StartsWith(name + ":", StringComparison.Ordinal) && !exempt.Contains(fullKey))
                {
                    problems.Add($"Stack '{stack}' is missing configuration value '{key}'");
                }

                continue;
            }

            var secure = value is JObject { Count: 1 } map && map["secure"] is not null;
            if (declaration["secret"]?.Value<bool>() == true && !secure)
            {
                problems.Add($"Stack '{stack}' with configuration key '{key}' must be encrypted as it's secret");
            }

            // A stack file's scalar reaches the check as text; a list stays a list.
            var content = value is JValue scalar ? new JValue(Text(scalar)) : value;
            if (!secure && declaration["type"]?.Value<string>() is { } type && !IsOfType(type, declaration["items"], content))
            {
                problems.Add($"Stack '{stack}' with configuration key '{key}' must be of type '{type}'");
            }
        }

        return problems;
    }

    /// <summary>Pulumi's <c>ValidateConfigValue</c>: whether <paramref name="value"/> is of the declared type.</summary>
    public static bool IsOfType(string type, JToken? items, JToken value) => type switch
    {
        "string" => value.Type == JTokenType.String,
        "integer" => value.Type == JTokenType.Integer
            || (value.Type == JTokenType.Float && Math.Truncate(value.Value<double>()) == value.Value<double>())
            || (value.Type == JTokenType.String && int.TryParse(value.Value<string>(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)),
        "boolean" => value.Type == JTokenType.Boolean || (value.Type == JTokenType.String && value.Value<string>() is "true" or "false"),
        "object" => value.Type == JTokenType.Object,
        _ => value is JArray array && items?["type"]?.Value<string>() is { } itemType && array.All(item => IsOfType(itemType, items["items"], item)),
    };

    /// <summary>Pulumi's rule: a key without a namespace, or in the project's, is the project's own.</summary>
    public static bool IsNamespacedBy(string project, string key) =>
        !key.Contains(':', StringComparison.Ordinal) || key.StartsWith(project + ":", StringComparison.Ordinal);

    // Pulumi reads a bare value as a declaration: a default in the project's namespace, a value outside it.
    private static IEnumerable<(string Key, JObject Declaration)> Declarations(JObject project)
    {
        var name = project["name"]!.Value<string>()!;
        foreach (var property in (project["config"] as JObject)?.Properties() ?? [])
        {
            yield return (property.Name, property.Value as JObject
                ?? new JObject(new JProperty(IsNamespacedBy(name, property.Name) ? "default" : "value", property.Value)));
        }
    }

    private static string Text(JValue scalar) => scalar.Type switch
    {
        JTokenType.Boolean => scalar.Value<bool>() ? "true" : "false",
        JTokenType.Null => string.Empty,
        _ => Convert.ToString(scalar.Value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    private static bool HasValue(JObject declaration, string attribute) =>
        declaration[attribute] is { } token && token.Type != JTokenType.Null;
}
