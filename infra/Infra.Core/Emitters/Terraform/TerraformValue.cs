using System.Globalization;
using Infra.Model;
using Newtonsoft.Json;

namespace Infra.Emitters.Terraform;

/// <summary>A property value written straight into a <c>.tf.json</c> file in Terraform's JSON syntax, keys sorted.</summary>
/// <param name="Value">The value.</param>
/// <param name="Directory">The module folder, for relative file paths.</param>
internal sealed record TerraformValue(PropertyValue Value, RepositoryPath Directory) : IJsonWritable
{
    /// <inheritdoc />
    public void WriteTo(JsonWriter writer) => Write(writer, Value, Directory);

    private static void Write(JsonWriter writer, PropertyValue value, RepositoryPath directory)
    {
        switch (value)
        {
            case ScalarValue { Value: string s }:
                writer.WriteValue(TerraformExpressions.EscapeTemplate(s));
                break;
            case ScalarValue { Value: bool or int or long or double or decimal } s:
                writer.WriteValue(s.Value);
                break;
            case ScalarValue s:
                writer.WriteValue(Convert.ToString(s.Value, CultureInfo.InvariantCulture));
                break;
            case ExpressionValue e:
                writer.WriteValue(TerraformExpressions.Template(e.Expression, directory));
                break;
            case ListValue l:
                writer.WriteStartArray();
                foreach (var item in l.Items)
                {
                    Write(writer, item, directory);
                }

                writer.WriteEndArray();
                break;
            case MapValue m:
                WriteObject(writer, m.Entries.Select(e => (e.Key, e.Value)), directory);
                break;
            case ObjectValue o:
                WriteObject(writer, o.Properties.Select(p => (p.TerraformName, p.Value)), directory);
                break;
            case JsonDocumentValue j:
                writer.WriteValue("${jsonencode(" + HclValueWriter.Write(j.Document, directory) + ")}");
                break;
            case FileValue f:
                writer.WriteValue(TerraformExpressions.EscapeTemplate(f.Path.RelativeTo(directory)));
                break;
            default:
                throw new InvalidOperationException($"No Terraform JSON rendering for {value.GetType().Name}.");
        }
    }

    private static void WriteObject(JsonWriter writer, IEnumerable<(string Key, PropertyValue Value)> entries, RepositoryPath directory)
    {
        var sorted = entries.ToArray();
        Array.Sort(sorted, (a, b) => string.CompareOrdinal(a.Key, b.Key));
        writer.WriteStartObject();
        foreach (var (key, value) in sorted)
        {
            writer.WritePropertyName(key);
            Write(writer, value, directory);
        }

        writer.WriteEndObject();
    }
}
