using System.Collections;
using System.Globalization;
using Newtonsoft.Json;

namespace Infra.Emitters;

/// <summary>Deterministic JSON text: keys sorted ordinally, two-space indent, LF, one trailing newline.</summary>
public static class SortedJson
{
    /// <summary>Serializes a <see cref="JsonMap"/> tree (maps, lists, strings, numbers, booleans) with every object's keys sorted.</summary>
    public static string Write(JsonMap root)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var writer = new JsonTextWriter(text) { Formatting = Formatting.Indented, Indentation = 2, CloseOutput = false })
        {
            WriteValue(writer, root);
        }

        // Appended to the writer, not to the string: a second copy of a large module is not free.
        text.Write('\n');
        return text.ToString();
    }

    private static void WriteValue(JsonWriter writer, object? value)
    {
        switch (value)
        {
            case JsonMap map:
                writer.WriteStartObject();
                var keys = map.Keys.ToArray();
                Array.Sort(keys, StringComparer.Ordinal);
                foreach (var key in keys)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, map[key]);
                }

                writer.WriteEndObject();
                break;
            case string s:
                writer.WriteValue(s);
                break;
            case IJsonWritable writable:
                writable.WriteTo(writer);
                break;
            case IList list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteValue(value);
                break;
        }
    }
}
