using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Infra.Tests.Emitters.Pulumi;

/// <summary>
/// Validates a document against a JSON schema that uses only the keywords of Pulumi's project schema
/// (infra/Schemas/pulumi-project.json). The test project has no JSON-schema library, so the keywords that schema uses
/// are evaluated here, and any other keyword is refused: a newer copy of the schema that needs more is not half-checked.
/// </summary>
internal sealed partial class ProjectSchemaValidator(JObject schema)
{
    // Keywords that describe and never constrain.
    private static readonly HashSet<string> Annotations = new(StringComparer.Ordinal) { "$schema", "$id", "$defs", "title", "description", "default" };

    /// <summary>The problems of <paramref name="instance"/>, each with its JSON path; empty when it is valid.</summary>
    public IReadOnlyList<string> Validate(JToken instance)
    {
        var problems = new List<string>();
        Check(schema, instance, "$", problems);
        return problems;
    }

    /// <summary>
    /// Reads YAML as Pulumi's YAML reader types it: plain scalars are null, booleans or numbers when they look like
    /// one (YAML 1.2 core schema), anything quoted or block-styled is a string.
    /// </summary>
    public static JToken FromYaml(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return ToToken(stream.Documents[0].RootNode);
    }

    private static JToken ToToken(YamlNode node) => node switch
    {
        YamlMappingNode map => new JObject(map.Children.Select(c => new JProperty(((YamlScalarNode)c.Key).Value!, ToToken(c.Value)))),
        YamlSequenceNode sequence => new JArray(sequence.Children.Select(ToToken)),
        YamlScalarNode { Style: not ScalarStyle.Plain } scalar => new JValue(scalar.Value ?? string.Empty),
        YamlScalarNode scalar => Plain(scalar.Value ?? string.Empty),
        _ => throw new InvalidOperationException($"YAML node {node.GetType().Name} at {node.Start} is not supported."),
    };

    private static JToken Plain(string text) => text switch
    {
        "" or "~" or "null" or "Null" or "NULL" => JValue.CreateNull(),
        "true" or "True" or "TRUE" => new JValue(true),
        "false" or "False" or "FALSE" => new JValue(false),
        _ when IntegerText().IsMatch(text) => new JValue(long.Parse(text, CultureInfo.InvariantCulture)),
        _ when FloatText().IsMatch(text) => new JValue(double.Parse(text, CultureInfo.InvariantCulture)),
        _ => new JValue(text),
    };

    private void Check(JToken node, JToken instance, string path, List<string> problems)
    {
        if (node.Type == JTokenType.Boolean)
        {
            if (!node.Value<bool>())
            {
                problems.Add($"{path}: is not allowed here");
            }

            return;
        }

        var rule = (JObject)node;
        foreach (var property in rule.Properties())
        {
            var value = property.Value;
            switch (property.Name)
            {
                case var name when Annotations.Contains(name):
                    break;
                case "$ref":
                    Check(Resolve(value.Value<string>()!), instance, path, problems);
                    break;
                case "type":
                    var types = value is JArray list ? list.Select(t => t.Value<string>()!).ToList() : [value.Value<string>()!];
                    if (!types.Any(t => HasType(instance, t)))
                    {
                        problems.Add($"{path}: is {Describe(instance)}, expected {string.Join(" or ", types)}");
                    }

                    break;
                case "enum":
                    if (!((JArray)value).Any(v => JToken.DeepEquals(v, instance)))
                    {
                        problems.Add($"{path}: is {instance.ToString(Newtonsoft.Json.Formatting.None)}, expected one of {value.ToString(Newtonsoft.Json.Formatting.None)}");
                    }

                    break;
                case "const":
                    if (!JToken.DeepEquals(value, instance))
                    {
                        problems.Add($"{path}: is {instance.ToString(Newtonsoft.Json.Formatting.None)}, expected {value.ToString(Newtonsoft.Json.Formatting.None)}");
                    }

                    break;
                case "minLength":
                    if (instance.Type == JTokenType.String && instance.Value<string>()!.Length < value.Value<int>())
                    {
                        problems.Add($"{path}: is shorter than {value.Value<int>()} characters");
                    }

                    break;
                case "required":
                    if (instance is JObject required)
                    {
                        problems.AddRange(value.Select(v => v.Value<string>()!).Where(k => required.Property(k) is null).Select(k => $"{path}: lacks required '{k}'"));
                    }

                    break;
                case "properties":
                    if (instance is JObject withProperties)
                    {
                        foreach (var declared in ((JObject)value).Properties())
                        {
                            if (withProperties.Property(declared.Name) is { } present)
                            {
                                Check(declared.Value, present.Value, $"{path}.{declared.Name}", problems);
                            }
                        }
                    }

                    break;
                case "additionalProperties":
                    if (instance is JObject withAdditional)
                    {
                        var declaredNames = (rule["properties"] as JObject)?.Properties().Select(p => p.Name).ToHashSet(StringComparer.Ordinal) ?? [];
                        foreach (var extra in withAdditional.Properties().Where(p => !declaredNames.Contains(p.Name)))
                        {
                            Check(value, extra.Value, $"{path}.{extra.Name}", problems);
                        }
                    }

                    break;
                case "items":
                    if (instance is JArray array)
                    {
                        for (var i = 0; i < array.Count; i++)
                        {
                            Check(value, array[i], $"{path}[{i}]", problems);
                        }
                    }

                    break;
                case "oneOf":
                    var passing = ((JArray)value).Count(option => Passes(option, instance, path));
                    if (passing != 1)
                    {
                        problems.Add($"{path}: matches {passing} of the {((JArray)value).Count} allowed shapes, expected exactly one");
                    }

                    break;
                case "if":
                    if (Passes(value, instance, path) && rule["then"] is { } then)
                    {
                        Check(then, instance, path, problems);
                    }

                    break;
                case "then":
                    break;
                default:
                    throw new InvalidOperationException($"JSON-schema keyword '{property.Name}' at {property.Path} is not evaluated by {nameof(ProjectSchemaValidator)}: add it before trusting this schema.");
            }
        }
    }

    private bool Passes(JToken node, JToken instance, string path)
    {
        var problems = new List<string>();
        Check(node, instance, path, problems);
        return problems.Count == 0;
    }

    private JToken Resolve(string reference) =>
        reference.StartsWith("#/$defs/", StringComparison.Ordinal) && schema["$defs"]?[reference["#/$defs/".Length..]] is { } target
            ? target
            : throw new InvalidOperationException($"$ref '{reference}' is not a local definition of the schema.");

    private static bool HasType(JToken instance, string type) => type switch
    {
        "object" => instance.Type == JTokenType.Object,
        "array" => instance.Type == JTokenType.Array,
        "string" => instance.Type == JTokenType.String,
        "boolean" => instance.Type == JTokenType.Boolean,
        "null" => instance.Type == JTokenType.Null,
        "integer" => instance.Type == JTokenType.Integer || (instance.Type == JTokenType.Float && Math.Truncate(instance.Value<double>()) == instance.Value<double>()),
        "number" => instance.Type is JTokenType.Integer or JTokenType.Float,
        _ => throw new InvalidOperationException($"JSON-schema type '{type}' is unknown."),
    };

    private static string Describe(JToken instance) => instance.Type switch
    {
        JTokenType.Object => "an object",
        JTokenType.Array => "an array",
        JTokenType.Null => "null",
        _ => $"{instance.Type.ToString().ToLowerInvariant()} {instance.ToString(Newtonsoft.Json.Formatting.None)}",
    };

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex IntegerText();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatText();
}
