using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Infra.Deploy;

/// <summary>
/// How the deploy verbs read and write JSON documents (engine outputs, AWS answers, plans, events): dates stay the
/// strings they were, numbers keep their digits, and written text is compact and culture-free.
/// </summary>
internal static class DeployJson
{
    /// <summary>The one JSON value of <paramref name="text"/>; anything else (empty, trailing text) throws <see cref="JsonException"/>.</summary>
    public static JToken Parse(string text)
    {
        using var reader = new JsonTextReader(new StringReader(text))
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Decimal,
            MaxDepth = 128,
        };
        var value = JToken.ReadFrom(reader);
        while (reader.Read())
        {
            if (reader.TokenType != JsonToken.Comment)
            {
                throw new JsonReaderException($"text after the JSON value, at line {reader.LineNumber} position {reader.LinePosition}");
            }
        }

        return value;
    }

    /// <summary>A string, number or boolean as text (a string unquoted, others as written); null for JSON null, an object, an array or nothing.</summary>
    public static string? Scalar(JToken? token) => token switch
    {
        JValue { Type: JTokenType.String } value => (string)value!,
        JValue { Type: JTokenType.Integer or JTokenType.Float or JTokenType.Boolean } value => value.ToString(Formatting.None),
        _ => null,
    };

    /// <summary>The string at <paramref name="token"/>, or null when it is not a JSON string.</summary>
    public static string? String(JToken? token) => token is JValue { Type: JTokenType.String } value ? (string)value! : null;

    /// <summary>A JSON boolean, or null for anything else (a string "true" is not one).</summary>
    public static bool? Boolean(JToken? token) => token is JValue { Type: JTokenType.Boolean } value ? (bool)value : null;

    /// <summary>Compact JSON text.</summary>
    public static string Write(JToken token) => token.ToString(Formatting.None);
}
