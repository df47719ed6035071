using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Infra.Configuration;

/// <summary>Reads YAML files into YamlDotNet's node model, turning syntax errors into messages that name the file and line.</summary>
internal static class YamlFiles
{
    public static YamlMappingNode LoadMapping(string path, string displayName)
    {
        var text = YamlInput.ReadText(path, displayName);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            var (line, column, detail) = YamlInput.Describe(e, text);
            throw ConfigErrors.Malformed(displayName, line, column, detail);
        }

        if (stream.Documents.Count == 0)
        {
            return new YamlMappingNode();
        }

        return stream.Documents[0].RootNode as YamlMappingNode
            ?? throw ConfigErrors.Malformed(displayName, (int)stream.Documents[0].RootNode.Start.Line, stream.Documents[0].RootNode.Start.Column, "the document is not a map of keys to values");
    }

    public static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode scalar ? scalar.Value : null;
}
