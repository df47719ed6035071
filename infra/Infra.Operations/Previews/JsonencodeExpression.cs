using System.Text;
using Newtonsoft.Json.Linq;

namespace Infra.Previews;

/// <summary>
/// Reads the <c>${jsonencode({...})}</c> expressions the Terraform emitter writes for policy documents back into the
/// JSON document they encode, so the offline preview compares policies statement by statement. References to other
/// resources (<c>aws_s3_bucket.b.arn</c>) stay as <c>${aws_s3_bucket.b.arn}</c> strings: their values are known only
/// at plan time.
/// </summary>
public static class JsonencodeExpression
{
    private const string Prefix = "${jsonencode(";
    private const string Suffix = ")}";

    /// <summary>The document <paramref name="text"/> encodes, or null when it is not a whole jsonencode expression this reader understands.</summary>
    public static JToken? TryParse(string text)
    {
        if (!text.StartsWith(Prefix, StringComparison.Ordinal) || !text.EndsWith(Suffix, StringComparison.Ordinal))
        {
            return null;
        }

        var position = Prefix.Length;
        var end = text.Length - Suffix.Length;
        try
        {
            var value = Value(text, ref position, end);
            Skip(text, ref position, end);
            return position == end ? value : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static JToken Value(string text, ref int position, int end)
    {
        Skip(text, ref position, end);
        if (position >= end)
        {
            throw new FormatException("value expected");
        }

        switch (text[position])
        {
            case '{':
                {
                    var result = new JObject();
                    position++;
                    while (true)
                    {
                        Skip(text, ref position, end);
                        if (position < end && text[position] == '}')
                        {
                            position++;
                            return result;
                        }

                        var key = Value(text, ref position, end);
                        Skip(text, ref position, end);
                        Expect(text, ref position, end, key is JValue && position < end && text[position] is '=' or ':');
                        result[key.ToString()] = Value(text, ref position, end);
                        Separator(text, ref position, end, '}');
                    }
                }

            case '[':
                {
                    var result = new JArray();
                    position++;
                    while (true)
                    {
                        Skip(text, ref position, end);
                        if (position < end && text[position] == ']')
                        {
                            position++;
                            return result;
                        }

                        result.Add(Value(text, ref position, end));
                        Separator(text, ref position, end, ']');
                    }
                }

            case '"':
                return new JValue(QuotedString(text, ref position, end));
            default:
                return Bare(text, ref position, end);
        }
    }

    // A quoted HCL string: the string escapes are undone, "$${" is a literal "${", and an interpolation stays as written.
    private static string QuotedString(string text, ref int position, int end)
    {
        var result = new StringBuilder();
        position++;
        while (position < end)
        {
            var c = text[position];
            if (c == '"')
            {
                position++;
                return result.ToString();
            }

            if (c == '\\' && position + 1 < end)
            {
                var escaped = text[position + 1];
                position += 2;
                switch (escaped)
                {
                    case 'n': result.Append('\n'); break;
                    case 'r': result.Append('\r'); break;
                    case 't': result.Append('\t'); break;
                    case 'u' when position + 4 <= end:
                        result.Append((char)Convert.ToInt32(text.Substring(position, 4), 16));
                        position += 4;
                        break;
                    default: result.Append(escaped); break;
                }

                continue;
            }

            if ((c is '$' or '%') && position + 2 < end && text[position + 1] == c && text[position + 2] == '{')
            {
                result.Append(c).Append('{');
                position += 3;
                continue;
            }

            if ((c is '$' or '%') && position + 1 < end && text[position + 1] == '{')
            {
                var close = text.IndexOf('}', position);
                if (close < 0 || close >= end)
                {
                    throw new FormatException("unclosed interpolation");
                }

                result.Append(text, position, close - position + 1);
                position = close + 1;
                continue;
            }

            result.Append(c);
            position++;
        }

        throw new FormatException("unclosed string");
    }

    // A number, true/false/null, or an expression (a reference or a function call), up to the next separator.
    private static JToken Bare(string text, ref int position, int end)
    {
        var start = position;
        var depth = 0;
        while (position < end)
        {
            var c = text[position];
            if (c == '"')
            {
                QuotedString(text, ref position, end);
                continue;
            }

            if (c is '(' or '[' or '{')
            {
                depth++;
            }
            else if (c is ')' or ']' or '}')
            {
                if (depth == 0)
                {
                    break;
                }

                depth--;
            }
            else if (depth == 0 && (c is ',' or '=' or ':' || char.IsWhiteSpace(c)))
            {
                break;
            }

            position++;
        }

        var word = text[start..position];
        if (word.Length == 0)
        {
            throw new FormatException("value expected");
        }

        return word switch
        {
            "true" => new JValue(true),
            "false" => new JValue(false),
            "null" => JValue.CreateNull(),
            _ when long.TryParse(word, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var whole) => new JValue(whole),
            _ when double.TryParse(word, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number) => new JValue(number),
            _ => new JValue("${" + word + "}"),
        };
    }

    private static void Separator(string text, ref int position, int end, char close)
    {
        Skip(text, ref position, end);
        if (position < end && text[position] == ',')
        {
            position++;
            return;
        }

        Expect(text, ref position, end, position < end && text[position] == close);
    }

    private static void Expect(string text, ref int position, int end, bool condition)
    {
        if (!condition || position >= end || text.Length == 0)
        {
            throw new FormatException("unexpected character");
        }

        if (text[position] is '=' or ':')
        {
            position++;
        }
    }

    private static void Skip(string text, ref int position, int end)
    {
        while (position < end && char.IsWhiteSpace(text[position]))
        {
            position++;
        }
    }
}
