using System.Globalization;
using Infra.Model;

namespace Infra.Emitters.Terraform;

/// <summary>Writes a property value in Terraform's JSON syntax, object keys in ordinal order.</summary>
internal static class TerraformValueWriter
{
    /// <summary>Writes <paramref name="value"/>; file paths are written relative to <paramref name="directory"/>, the module folder.</summary>
    public static void Write(JsonTextBuilder json, PropertyValue value, RepositoryPath directory)
    {
        switch (value)
        {
            case ScalarValue { Value: string s }:
                json.String(TerraformExpressions.EscapeTemplate(s));
                break;
            case ScalarValue { Value: bool b }:
                json.Bool(b);
                break;
            case ScalarValue { Value: int or long or double or decimal } s:
                json.Number(s.Value);
                break;
            case ScalarValue s:
                json.String(Convert.ToString(s.Value, CultureInfo.InvariantCulture) ?? string.Empty);
                break;
            case ExpressionValue e:
                json.String(TerraformExpressions.Template(e.Expression, directory));
                break;
            case ListValue l:
                json.StartArray();
                foreach (var item in l.Items)
                {
                    Write(json, item, directory);
                }

                json.EndArray();
                break;
            case MapValue m:
                json.StartObject();
                foreach (var entry in Sorted(m.Entries))
                {
                    json.Name(entry.Key);
                    Write(json, entry.Value, directory);
                }

                json.EndObject();
                break;
            case ObjectValue o:
                json.StartObject();
                foreach (var property in Sorted(o.Properties))
                {
                    json.Name(property.TerraformName);
                    Write(json, property.Value, directory);
                }

                json.EndObject();
                break;
            case JsonDocumentValue j:
                json.String("${jsonencode(" + HclValueWriter.Write(j.Document, directory) + ")}");
                break;
            case FileValue f:
                json.String(TerraformExpressions.EscapeTemplate(f.Path.RelativeTo(directory)));
                break;
            default:
                throw new InvalidOperationException($"No Terraform JSON rendering for {value.GetType().Name}.");
        }
    }

    /// <summary>The properties in ordinal order of their Terraform names: the list itself when it already is (the common case).</summary>
    public static IReadOnlyList<Property> Sorted(IReadOnlyList<Property> properties) => SortedBy(properties, p => p.TerraformName);

    /// <summary>The entries in ordinal order of their keys: the list itself when it already is.</summary>
    public static IReadOnlyList<KeyValuePair<string, PropertyValue>> Sorted(IReadOnlyList<KeyValuePair<string, PropertyValue>> entries) => SortedBy(entries, e => e.Key);

    private static IReadOnlyList<T> SortedBy<T>(IReadOnlyList<T> items, Func<T, string> key)
    {
        if (InOrder(items, key))
        {
            return items;
        }

        var sorted = items.OrderBy(key, StringComparer.Ordinal).ToList();
        _ = InOrder(sorted, key);
        return sorted;
    }

    // Strictly ascending: a repeated key is a programming error, as two members of one JSON object would be.
    private static bool InOrder<T>(IReadOnlyList<T> items, Func<T, string> key)
    {
        for (var i = 1; i < items.Count; i++)
        {
            var order = string.CompareOrdinal(key(items[i - 1]), key(items[i]));
            if (order == 0)
            {
                throw new InvalidOperationException($"JSON key '{key(items[i])}' is written twice.");
            }

            if (order > 0)
            {
                return false;
            }
        }

        return true;
    }
}
