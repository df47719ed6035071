using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Infra.Plans;

/// <summary>
/// Opens plan JSON as a stream of tokens: the encoding comes from the byte order mark (UTF-8, UTF-16 LE/BE, as
/// PowerShell's redirection writes UTF-16) or, without one, from the zero byte beside the opening ASCII character
/// that UTF-16 has; no file is read whole into memory.
/// </summary>
public static class PlanJson
{
    /// <summary>Opens <paramref name="path"/> for token reading; the caller disposes the reader.</summary>
    public static JsonTextReader Open(string path)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw PlanErrors.Unreadable(path, e.Message);
        }

        return Open(stream);
    }

    /// <summary>Opens a stream for token reading; the reader owns the stream.</summary>
    public static JsonTextReader Open(Stream stream)
    {
        var text = new StreamReader(stream, EncodingWithoutMark(stream), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        return new JsonTextReader(text)
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Decimal,
            MaxDepth = 512,
        };
    }

    // JSON starts with an ASCII character ('{' or whitespace): in UTF-16 one of its two bytes is zero.
    private static System.Text.Encoding EncodingWithoutMark(Stream stream)
    {
        if (!stream.CanSeek)
        {
            return new System.Text.UTF8Encoding(false);
        }

        Span<byte> first = stackalloc byte[2];
        var read = stream.ReadAtLeast(first, 2, throwOnEndOfStream: false);
        stream.Seek(-read, SeekOrigin.Current);
        return read < 2 || (first[0] == 0) == (first[1] == 0) ? new System.Text.UTF8Encoding(false)
            : first[1] == 0 ? new System.Text.UnicodeEncoding(bigEndian: false, byteOrderMark: false)
            : new System.Text.UnicodeEncoding(bigEndian: true, byteOrderMark: false);
    }

    /// <summary>Loads the value at the reader's position (one resource, never the whole file).</summary>
    public static JToken LoadValue(JsonReader reader) =>
        JToken.ReadFrom(reader, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Ignore, CommentHandling = CommentHandling.Ignore });

    /// <summary>A string property of an object, or null when absent or null.</summary>
    public static string? String(JObject o, string name) => o.TryGetValue(name, StringComparison.Ordinal, out var v) && v.Type != JTokenType.Null ? v.ToString() : null;

    /// <summary>
    /// Whether <paramref name="token"/> is the JSON boolean <c>true</c>: a plan's flags (sensitive, unknown, protect,
    /// prevent_destroy) are booleans, and a string "true" or a missing value is not one that is set.
    /// </summary>
    public static bool IsTrue(JToken? token) => token is { Type: JTokenType.Boolean } && token.Value<bool>();

    /// <summary>Compact, culture-free JSON of a value.</summary>
    public static string Compact(JToken value) => value.ToString(Formatting.None);
}
