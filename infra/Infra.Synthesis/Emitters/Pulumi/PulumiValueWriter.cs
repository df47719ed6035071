using System.Globalization;
using Infra.Model;

namespace Infra.Emitters.Pulumi;

/// <summary>
/// Writes property values as Pulumi YAML, straight from the model into the document: the same block layout as
/// <see cref="YamlText"/> (mapping keys sorted, sequences at their key's indentation), without building a YAML
/// tree of every resource first. Inputs are renamed to their Pulumi names; inside a JSON document
/// (<c>fn::toJSON</c>) keys stay the document's own.
/// </summary>
internal static class PulumiValueWriter
{
    private enum Shape
    {
        Scalar,
        Mapping,
        Sequence,
    }

    /// <summary>The Pulumi properties of an object (Terraform-only inputs left out), as <c>properties:</c> writes them.</summary>
    public static void WriteProperties(Utf8TextBuffer text, ObjectValue properties, int indent, RepositoryPath directory)
    {
        text.Spaces(indent);
        Entry(text, "properties", new Node(properties, false), indent, directory);
    }

    // After the indentation: the key, then the value on the same line (a scalar or an empty collection) or below.
    private static void Entry(Utf8TextBuffer text, string key, Node node, int indent, RepositoryPath directory)
    {
        text.Append(YamlText.StringText(key)).Append(':');
        switch (ShapeOf(node))
        {
            case Shape.Mapping:
                var entries = Entries(node);
                if (entries.Count == 0)
                {
                    text.Append(" {}\n");
                }
                else
                {
                    text.Append('\n');
                    foreach (var (childKey, child) in entries)
                    {
                        text.Spaces(indent + 2);
                        Entry(text, childKey, child, indent + 2, directory);
                    }
                }

                Return(entries);
                break;
            case Shape.Sequence:
                var items = ((ListValue)node.Value).Items;
                if (items.Count == 0)
                {
                    text.Append(" []\n");
                    break;
                }

                // Sequences under a key sit at the key's indentation, as YAML's block style allows.
                text.Append('\n');
                foreach (var item in items)
                {
                    text.Spaces(indent);
                    Item(text, new Node(item, node.InDocument), indent, directory);
                }

                break;
            default:
                text.Append(' ').Append(ScalarText(node, directory)).Append('\n');
                break;
        }
    }

    // After the indentation: one sequence item.
    private static void Item(Utf8TextBuffer text, Node node, int indent, RepositoryPath directory)
    {
        switch (ShapeOf(node))
        {
            case Shape.Mapping:
                var entries = Entries(node);
                if (entries.Count == 0)
                {
                    text.Append("- {}\n");
                }

                for (var i = 0; i < entries.Count; i++)
                {
                    if (i == 0)
                    {
                        text.Append("- ");
                    }
                    else
                    {
                        text.Spaces(indent + 2);
                    }

                    Entry(text, entries[i].Key, entries[i].Value, indent + 2, directory);
                }

                Return(entries);
                break;
            case Shape.Sequence:
                var items = ((ListValue)node.Value).Items;
                if (items.Count == 0)
                {
                    text.Append("- []\n");
                    break;
                }

                text.Append("-\n");
                foreach (var item in items)
                {
                    text.Spaces(indent + 2);
                    Item(text, new Node(item, node.InDocument), indent + 2, directory);
                }

                break;
            default:
                text.Append("- ").Append(ScalarText(node, directory)).Append('\n');
                break;
        }
    }

    private static Shape ShapeOf(Node node) => node.Value switch
    {
        ListValue => Shape.Sequence,
        MapValue or ObjectValue => Shape.Mapping,
        JsonDocumentValue or FileValue when !node.InDocument => Shape.Mapping,
        ScalarValue or ExpressionValue => Shape.Scalar,
        _ when node.InDocument => throw new InvalidOperationException($"{node.Value.GetType().Name} cannot appear inside a JSON document."),
        _ => throw new InvalidOperationException($"No Pulumi YAML rendering for {node.Value.GetType().Name}."),
    };

    // A mapping's entries, keys sorted ordinally; a repeated key is a programming error. The list is lent: every
    // mapping of every resource needs one only while it is written, so the writer hands it back (Return) for the next.
    private static List<(string Key, Node Value)> Entries(Node node)
    {
        var entries = (spareEntries ??= new()).TryPop(out var spare) ? spare : new List<(string Key, Node Value)>(8);
        switch (node.Value)
        {
            case MapValue m:
                for (var i = 0; i < m.Entries.Count; i++)
                {
                    entries.Add((m.Entries[i].Key, new Node(m.Entries[i].Value, node.InDocument)));
                }

                break;
            case ObjectValue o:
                for (var i = 0; i < o.Properties.Count; i++)
                {
                    var property = o.Properties[i];
                    if (node.InDocument)
                    {
                        entries.Add((property.TerraformName, new Node(property.Value, true)));
                    }
                    else if (property.PulumiName is { } name)
                    {
                        entries.Add((name, new Node(property.Value, false)));
                    }
                }

                break;
            case JsonDocumentValue j:
                entries.Add(("fn::toJSON", new Node(j.Document, true)));
                break;
            case FileValue f:
                entries.Add((f.Kind == FileKind.Archive ? "fn::fileArchive" : "fn::fileAsset", new Node(new ScalarValue(f.Path.Value), false, f)));
                break;
        }

        return YamlText.SortedByKey(entries, e => e.Key);
    }

    private static string ScalarText(Node node, RepositoryPath directory) => node switch
    {
        { File: { } f } => YamlText.StringText(f.Path.RelativeTo(directory)),
        { Value: ScalarValue { Value: string s } } => YamlText.StringText(PulumiExpressions.Escape(s)),
        { Value: ScalarValue { Value: bool b } } => b ? "true" : "false",
        { Value: ScalarValue { Value: IFormattable f } } => YamlText.NonStringText(f.ToString(null, CultureInfo.InvariantCulture)),
        { Value: ScalarValue s } => YamlText.StringText(PulumiExpressions.Escape(Convert.ToString(s.Value, CultureInfo.InvariantCulture) ?? string.Empty)),
        { Value: ExpressionValue e } => YamlText.StringText(PulumiExpressions.Interpolation(e.Expression)),
        _ => throw new InvalidOperationException($"{node.Value.GetType().Name} is not a scalar."),
    };

    [ThreadStatic]
    private static Stack<List<(string Key, Node Value)>>? spareEntries;

    private static void Return(List<(string Key, Node Value)> entries)
    {
        entries.Clear();
        spareEntries!.Push(entries);
    }

    // A value and whether it sits inside a JSON document; File is set for the path scalar of a file asset.
    private readonly record struct Node(PropertyValue Value, bool InDocument, FileValue? File = null);
}
