using System.Globalization;
using System.Text;
using Infra.Model;

namespace Infra.Emitters.Terraform;

/// <summary>
/// Writes property values in Terraform's JSON syntax, object keys in ordinal order, for one module: file paths
/// are written relative to its folder. Templates are rendered in one reused builder.
/// </summary>
/// <param name="json">The module being written.</param>
/// <param name="directory">The module folder.</param>
internal sealed class TerraformValueWriter(JsonTextBuilder json, RepositoryPath directory)
{
    private readonly StringBuilder scratch = new();

    /// <summary>Writes <paramref name="value"/>.</summary>
    public void Write(PropertyValue value)
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
                json.String(TerraformExpressions.AppendTemplate(scratch.Clear(), e.Expression, directory));
                break;
            case ListValue l:
                json.StartArray();
                foreach (var item in l.Items)
                {
                    Write(item);
                }

                json.EndArray();
                break;
            case MapValue m:
                WriteObject(m.Entries, e => e.Key, e => e.Value);
                break;
            case ObjectValue o:
                WriteObject(o.Properties, p => p.TerraformName, p => p.Value);
                break;
            case JsonDocumentValue j:
                json.String(HclValueWriter.Append(scratch.Clear().Append("${jsonencode("), j.Document, directory).Append(")}"));
                break;
            case FileValue f:
                json.String(TerraformExpressions.EscapeTemplate(f.Path.RelativeTo(directory)));
                break;
            default:
                throw new InvalidOperationException($"No Terraform JSON rendering for {value.GetType().Name}.");
        }
    }

    private const string JsonKey = "JSON key";

    /// <summary>The members of an object in ordinal order of their keys (the list itself when it already is).</summary>
    public static IReadOnlyList<T> SortedBy<T>(IReadOnlyList<T> items, Func<T, string> key)
    {
        if (OrdinalKeys.InOrder(items, key, JsonKey))
        {
            return items;
        }

        // Positions sorted by key, ties kept in their order (as a stable OrderBy would), without LINQ's ordering,
        // whose comparer delegate took the runtime's slow path on each of tens of thousands of calls.
        var keys = new string[items.Count];
        var order = new int[items.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = key(items[i]);
            order[i] = i;
        }

        Array.Sort(order, (a, b) => string.CompareOrdinal(keys[a], keys[b]) is var byKey and not 0 ? byKey : a.CompareTo(b));
        var sorted = new List<T>(order.Length);
        foreach (var i in order)
        {
            sorted.Add(items[i]);
        }

        _ = OrdinalKeys.InOrder(sorted, key, JsonKey);
        return sorted;
    }

    /// <summary>The properties in ordinal order of their Terraform names: the list itself when it already is (the common case).</summary>
    public static IReadOnlyList<Property> Sorted(IReadOnlyList<Property> properties) => SortedBy(properties, p => p.TerraformName);

    // Map entries and object properties alike: keys in ordinal order.
    private void WriteObject<T>(IReadOnlyList<T> members, Func<T, string> key, Func<T, PropertyValue> value)
    {
        json.StartObject();
        foreach (var member in SortedBy(members, key))
        {
            json.Name(key(member));
            Write(value(member));
        }

        json.EndObject();
    }
}
