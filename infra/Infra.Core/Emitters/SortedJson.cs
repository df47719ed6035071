using System.Collections;
using System.Text;
using Newtonsoft.Json;

namespace Infra.Emitters;

/// <summary>Deterministic JSON text: keys sorted ordinally, two-space indent, LF, one trailing newline.</summary>
public static class SortedJson
{
    /// <summary>Serializes a <see cref="JsonMap"/> tree (maps, lists, strings, numbers, booleans) with every object's keys sorted, as UTF-8.</summary>
    public static byte[] Write(JsonMap root)
    {
        // Straight to UTF-8 bytes: a large module as a string, then as bytes, would be two more copies of it.
        using var bytes = new MemoryStream();
        using (var text = new StreamWriter(bytes, new UTF8Encoding(false)) { NewLine = "\n" })
        {
            using (var writer = new JsonTextWriter(text) { Formatting = Formatting.Indented, Indentation = 2, CloseOutput = false })
            {
                WriteValue(writer, root);
            }

            text.Write('\n');
        }

        return bytes.ToArray();
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
