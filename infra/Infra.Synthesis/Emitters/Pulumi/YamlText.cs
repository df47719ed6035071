using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Infra.Emitters.Pulumi;

/// <summary>
/// Deterministic YAML text: block style, two-space indent, no line folding, LF, one trailing newline, and strings
/// quoted whenever a plain scalar would be read back as another type. Written by hand: the shapes are few.
/// </summary>
internal static partial class YamlText
{
    private const string MappingKey = "YAML mapping key";
    private static readonly SearchValues<char> Indicators = SearchValues.Create("-?:,[]{}#&*!|>'\"%@`");
    private static readonly SearchValues<char> NonStringStarts = SearchValues.Create("+-.~yYnNtTfFoO");
    private static readonly SearchValues<char> PlainBreakers = SearchValues.Create(string.Concat(Enumerable.Range(0, 32).Select(c => (char)c)) + "\u007f:#");

    /// <summary>Writes <paramref name="root"/> after a comment block (one <c># </c> line per header line), as UTF-8.</summary>
    public static Utf8TextBuffer Write(YamlItem root, IEnumerable<string> header)
    {
        var text = Header(header);
        WriteBlock(text, root, 0);
        return text;
    }

    /// <summary>A new document holding a comment block (one <c># </c> line per header line).</summary>
    public static Utf8TextBuffer Header(IEnumerable<string> header)
    {
        var text = new Utf8TextBuffer();
        foreach (var line in header)
        {
            text.Append("# ").Append(line).Append('\n');
        }

        return text;
    }

    /// <summary>Writes one <c>key: value</c> entry of a block mapping at <paramref name="indent"/> spaces.</summary>
    public static void WriteEntry(Utf8TextBuffer text, string key, YamlItem value, int indent)
    {
        text.Spaces(indent);
        WriteEntryAfterIndent(text, key, value, indent);
    }

    /// <summary>A string scalar, quoted when plain text would parse as a number, boolean or null.</summary>
    public static YamlScalar String(string value) => new(value, NeedsQuotes(value));

    /// <summary>A boolean scalar.</summary>
    public static YamlScalar Bool(bool value) => new(value ? "true" : "false", false);

    /// <summary>A number scalar in invariant culture.</summary>
    public static YamlScalar Number(IFormattable value) => new(value.ToString(null, CultureInfo.InvariantCulture), false);

    /// <summary>A sequence.</summary>
    public static YamlSequence Sequence(IEnumerable<YamlItem> items) => new(items.ToList());

    /// <summary>A mapping in the given order; a repeated key is a programming error.</summary>
    public static YamlMapping Map(IEnumerable<(string Key, YamlItem Value)> entries)
    {
        var list = entries.Select(e => new KeyValuePair<string, YamlItem>(e.Key, e.Value)).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in list)
        {
            if (!seen.Add(entry.Key))
            {
                throw new InvalidOperationException($"YAML mapping key '{entry.Key}' is written twice.");
            }
        }

        return new YamlMapping(list);
    }

    /// <summary>A mapping with its keys sorted ordinally; a repeated key is a programming error.</summary>
    public static YamlMapping SortedMap(IEnumerable<(string Key, YamlItem Value)> entries) =>
        new(SortedByKey(entries.Select(e => new KeyValuePair<string, YamlItem>(e.Key, e.Value)).ToList(), e => e.Key));

    /// <summary>Sorts a mapping's entries in place, keys ordinally; a repeated key is a programming error.</summary>
    public static List<T> SortedByKey<T>(List<T> entries, Func<T, string> key)
    {
        // Most mappings arrive in order (inputs are read in key order): checking costs less than sorting.
        if (OrdinalKeys.InOrder(entries, key, MappingKey))
        {
            return entries;
        }

        entries.Sort((a, b) => string.CompareOrdinal(key(a), key(b)));
        _ = OrdinalKeys.InOrder(entries, key, MappingKey);
        return entries;
    }

    private static void WriteBlock(Utf8TextBuffer text, YamlItem node, int indent)
    {
        switch (node)
        {
            case YamlMapping map:
                foreach (var (key, value) in map.Entries)
                {
                    WriteEntry(text, key, value, indent);
                }

                break;
            case YamlSequence sequence:
                foreach (var item in sequence.Items)
                {
                    text.Spaces(indent);
                    WriteItem(text, item, indent);
                }

                break;
            default:
                text.Append(Scalar((YamlScalar)node)).Append('\n');
                break;
        }
    }

    private static void WriteEntryAfterIndent(Utf8TextBuffer text, string key, YamlItem value, int indent)
    {
        text.Append(Scalar(String(key))).Append(':');
        switch (value)
        {
            case YamlMapping { Entries.Count: 0 }:
                text.Append(" {}\n");
                break;
            case YamlSequence { Items.Count: 0 }:
                text.Append(" []\n");
                break;
            case YamlMapping:
                text.Append('\n');
                WriteBlock(text, value, indent + 2);
                break;
            case YamlSequence:
                // Sequences under a key sit at the key's indentation, as YAML's block style allows.
                text.Append('\n');
                WriteBlock(text, value, indent);
                break;
            default:
                text.Append(' ').Append(Scalar((YamlScalar)value)).Append('\n');
                break;
        }
    }

    private static void WriteItem(Utf8TextBuffer text, YamlItem item, int indent)
    {
        switch (item)
        {
            case YamlMapping { Entries.Count: > 0 } map:
                var first = true;
                foreach (var (key, value) in map.Entries)
                {
                    if (first)
                    {
                        text.Append("- ");
                        first = false;
                    }
                    else
                    {
                        text.Spaces(indent + 2);
                    }

                    WriteEntryAfterIndent(text, key, value, indent + 2);
                }

                break;
            case YamlMapping:
                text.Append("- {}\n");
                break;
            case YamlSequence { Items.Count: 0 }:
                text.Append("- []\n");
                break;
            case YamlSequence:
                text.Append("-\n");
                WriteBlock(text, item, indent + 2);
                break;
            default:
                text.Append("- ").Append(Scalar((YamlScalar)item)).Append('\n');
                break;
        }
    }

    /// <summary>The text of a string scalar as written: plain when it reads back as the same string, double-quoted otherwise.</summary>
    public static string StringText(string value) => !NeedsQuotes(value) && CanBePlain(value) ? value : DoubleQuoted(value);

    /// <summary>The text of a boolean or number scalar as written: plain, so that it reads back as a number or boolean.</summary>
    public static string NonStringText(string text) => CanBePlain(text) || NonString().IsMatch(text) ? text : DoubleQuoted(text);

    // A number or boolean is written plain even where it starts with an indicator character ("-1"): quoted, every
    // reader would take it for a string.
    private static string Scalar(YamlScalar node) => node.Quoted ? DoubleQuoted(node.Text) : NonStringText(node.Text);

    // Conservative: a plain scalar may not start with an indicator, contain ": " or " #", end with ':' or hold
    // control characters; anything else is double-quoted.
    // One vectorized pass over the text finds each colon, hash and control character, the only characters that decide.
    private static bool CanBePlain(string value)
    {
        if (value.Length == 0 || Indicators.Contains(value[0]) || value[^1] == ':')
        {
            return false;
        }

        for (var at = value.AsSpan().IndexOfAny(PlainBreakers); at >= 0;)
        {
            var breaks = value[at] switch
            {
                ':' => at + 1 < value.Length && value[at + 1] == ' ',
                '#' => at > 0 && value[at - 1] == ' ',
                _ => true,
            };
            if (breaks)
            {
                return false;
            }

            var next = value.AsSpan(at + 1).IndexOfAny(PlainBreakers);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return true;
    }

    private static string DoubleQuoted(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => text.Append("\\\""),
                '\\' => text.Append("\\\\"),
                '\n' => text.Append("\\n"),
                '\t' => text.Append("\\t"),
                '\r' => text.Append("\\r"),
                _ when c < ' ' || c == '\u007f' => text.Append("\\x").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture)),
                _ => text.Append(c),
            };
        }

        return text.Append('"').ToString();
    }

    private static bool NeedsQuotes(string value) =>
        value.Length == 0 || value.Trim() != value || (MayBeNonString(value) && NonString().IsMatch(value)) || value.Contains('\n', StringComparison.Ordinal);

    // Every non-string scalar below starts with one of these, and the words among them (booleans, nulls) are at most
    // five characters long: other strings, most names among them, skip the regex.
    private static bool MayBeNonString(string value)
    {
        var first = value[0];
        return char.IsAsciiDigit(first) || first is '+' or '-' or '.' || (value.Length <= 5 && NonStringStarts.Contains(first));
    }

    // YAML 1.1 and 1.2 core-schema scalars that are not strings: booleans, nulls, numbers (including octal,
    // hexadecimal and sexagesimal forms older readers still accept) and timestamps ("2012-10-17", an IAM version).
    [GeneratedRegex(@"^(?:[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt ].*)?|y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~|[-+]?(?:\.[0-9]+|[0-9][0-9_:]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?|0[xX][0-9a-fA-F_]+|0o[0-7]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$")]
    private static partial Regex NonString();
}
