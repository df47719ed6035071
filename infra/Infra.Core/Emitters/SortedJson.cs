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
            Sort(token).WriteTo(writer);
        }

        return text.ToString() + "\n";
    }

    private static JToken Sort(JToken token) => token switch
    {
        JObject o => new JObject(o.Properties().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => new JProperty(p.Name, Sort(p.Value)))),
        JArray a => new JArray(a.Select(Sort)),
        _ => token,
    };
}
