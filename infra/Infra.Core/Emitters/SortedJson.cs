using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Infra.Emitters;

/// <summary>Deterministic JSON text: keys sorted ordinally, two-space indent, LF, one trailing newline.</summary>
public static class SortedJson
{
    /// <summary>Serializes <paramref name="token"/> with every object's keys sorted.</summary>
    public static string Write(JToken token)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var writer = new JsonTextWriter(text) { Formatting = Formatting.Indented, Indentation = 2 })
        {
            WriteSorted(writer, token);
        }

        return text.ToString() + "\n";
    }

    // Written token by token in sorted order: re-parenting tokens into a sorted copy would clone every subtree.
    private static void WriteSorted(JsonWriter writer, JToken token)
    {
        switch (token)
        {
            case JObject o:
                writer.WriteStartObject();
                foreach (var property in o.Properties().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(property.Name);
                    WriteSorted(writer, property.Value);
                }

                writer.WriteEndObject();
                break;
            case JArray a:
                writer.WriteStartArray();
                foreach (var item in a)
                {
                    WriteSorted(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                token.WriteTo(writer);
                break;
        }
    }
}
