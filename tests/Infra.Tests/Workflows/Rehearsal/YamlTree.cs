using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Infra.Tests.Workflows.Rehearsal;

/// <summary>
/// A workflow file as plain values (a mapping is an ordered dictionary of string to value, a sequence a list, a
/// scalar its text), so the runner reads keys in file order as GitHub does.
/// </summary>
internal static class YamlTree
{
    /// <summary>The file's root mapping.</summary>
    public static Dictionary<string, object?> Load(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            stream.Load(reader);
        }

        return Convert(stream.Documents[0].RootNode) as Dictionary<string, object?>
            ?? throw new InvalidOperationException($"{path}: the root is not a mapping");
    }

    /// <summary>The mapping under <paramref name="key"/>, or an empty one.</summary>
    public static Dictionary<string, object?> Map(Dictionary<string, object?>? node, string key) =>
        node is not null && node.TryGetValue(key, out var value) && value is Dictionary<string, object?> map ? map : [];

    /// <summary>The text under <paramref name="key"/>, or null.</summary>
    public static string? Text(Dictionary<string, object?>? node, string key) =>
        node is not null && node.TryGetValue(key, out var value) && value is string text ? text : null;

    /// <summary>The list under <paramref name="key"/> (a single scalar reads as a list of one), or an empty list.</summary>
    public static List<object?> List(Dictionary<string, object?>? node, string key) =>
        node is null || !node.TryGetValue(key, out var value) ? []
        : value switch
        {
            List<object?> list => list,
            string text => [text],
            _ => [],
        };

    /// <summary>A mapping of scalars as text (env, with): nested values are left out.</summary>
    public static Dictionary<string, string> Strings(Dictionary<string, object?> map) =>
        map.Where(p => p.Value is string).ToDictionary(p => p.Key, p => (string)p.Value!, StringComparer.Ordinal);

    private static object? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => map.Children.ToDictionary(
            p => ((YamlScalarNode)p.Key).Value ?? string.Empty,
            p => Convert(p.Value)),
        YamlSequenceNode seq => seq.Children.Select(Convert).ToList(),
        YamlScalarNode scalar => scalar.Value is null or "~" && scalar.Style == YamlDotNet.Core.ScalarStyle.Plain ? null : scalar.Value,
        _ => throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"unexpected YAML node at {node.Start}")),
    };
}
