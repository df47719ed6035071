using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Infra.Emitters.Pulumi;

/// <summary>
/// Deterministic YAML text from YamlDotNet's representation model: two-space indent, no line folding, LF, one
/// trailing newline, and strings quoted whenever a plain scalar would be read back as another type.
/// </summary>
internal static partial class YamlText
{
    /// <summary>Writes <paramref name="root"/> after a comment block (one <c># </c> line per header line).</summary>
    public static string Write(YamlNode root, IEnumerable<string> header)
    {
        // Written by hand rather than through YamlDotNet's emitter: the shapes are few (block maps, block sequences,
        // scalars), and the emitter's per-character analysis was most of synth's time on large programs.
        var text = new StringBuilder();
        foreach (var line in header)
        {
            text.Append("# ").Append(line).Append('\n');
        }

        WriteBlock(text, root, 0);
        return text.ToString();
    }

    private static void WriteBlock(StringBuilder text, YamlNode node, int indent)
    {
        switch (node)
        {
            case YamlMappingNode map:
                foreach (var (key, value) in map.Children)
                {
                    text.Append(' ', indent);
                    WriteEntry(text, (YamlScalarNode)key, value, indent);
                }

                break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence.Children)
                {
                    text.Append(' ', indent);
                    WriteItem(text, item, indent);
                }

                break;
            default:
                text.Append(Scalar((YamlScalarNode)node)).Append('\n');
                break;
        }
    }

    private static void WriteEntry(StringBuilder text, YamlScalarNode key, YamlNode value, int indent)
    {
        text.Append(Scalar(key)).Append(':');
        switch (value)
        {
            case YamlMappingNode { Children.Count: 0 }:
                text.Append(" {}\n");
                break;
            case YamlSequenceNode { Children.Count: 0 }:
                text.Append(" []\n");
                break;
            case YamlMappingNode:
                text.Append('\n');
                WriteBlock(text, value, indent + 2);
                break;
            case YamlSequenceNode:
                // Sequences under a key sit at the key's indentation, as YAML's block style allows.
                text.Append('\n');
                WriteBlock(text, value, indent);
                break;
            default:
                text.Append(' ').Append(Scalar((YamlScalarNode)value)).Append('\n');
                break;
        }
    }

    private static void WriteItem(StringBuilder text, YamlNode item, int indent)
    {
        switch (item)
        {
            case YamlMappingNode { Children.Count: > 0 } map:
                var first = true;
                foreach (var (key, value) in map.Children)
                {
                    if (first)
                    {
                        text.Append("- ");
                        first = false;
                    }
                    else
                    {
                        text.Append(' ', indent + 2);
                    }

                    WriteEntry(text, (YamlScalarNode)key, value, indent + 2);
                }

                break;
            case YamlMappingNode:
                text.Append("- {}\n");
                break;
            case YamlSequenceNode { Children.Count: 0 }:
                text.Append("- []\n");
                break;
            case YamlSequenceNode:
                text.Append("-\n");
                WriteBlock(text, item, indent + 2);
                break;
            default:
                text.Append("- ").Append(Scalar((YamlScalarNode)item)).Append('\n');
                break;
        }
    }

    private static string Scalar(YamlScalarNode node)
    {
        var value = node.Value ?? string.Empty;
        return node.Style == ScalarStyle.Plain && CanBePlain(value) ? value : DoubleQuoted(value);
    }

    // Conservative: a plain scalar may not start with an indicator, contain ": " or " #", end with ':' or hold
    // control characters; anything else is double-quoted.
    private static bool CanBePlain(string value) =>
        value.Length > 0
        && "-?:,[]{}#&*!|>'\"%@`".IndexOf(value[0], StringComparison.Ordinal) < 0
        && !value.Contains(": ", StringComparison.Ordinal)
        && !value.Contains(" #", StringComparison.Ordinal)
        && !value.EndsWith(':')
        && value.All(c => c >= ' ' && c != '\u007f');

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

    /// <summary>A string scalar, quoted when plain text would parse as a number, boolean or null.</summary>
    public static YamlScalarNode String(string value) =>
        new(value) { Style = NeedsQuotes(value) ? ScalarStyle.DoubleQuoted : ScalarStyle.Plain };

    /// <summary>A boolean scalar.</summary>
    public static YamlScalarNode Bool(bool value) => new(value ? "true" : "false") { Style = ScalarStyle.Plain };

    /// <summary>A number scalar in invariant culture.</summary>
    public static YamlScalarNode Number(IFormattable value) =>
        new(value.ToString(null, CultureInfo.InvariantCulture)) { Style = ScalarStyle.Plain };

    /// <summary>A mapping in the given order.</summary>
    public static YamlMappingNode Map(IEnumerable<(string Key, YamlNode Value)> entries)
    {
        var map = new YamlMappingNode();
        foreach (var (key, value) in entries)
        {
            map.Add(String(key), value);
        }

        return map;
    }

    /// <summary>A mapping with its keys sorted ordinally.</summary>
    public static YamlMappingNode SortedMap(IEnumerable<(string Key, YamlNode Value)> entries) =>
        Map(entries.OrderBy(e => e.Key, StringComparer.Ordinal));

    private static bool NeedsQuotes(string value) =>
        value.Length == 0 || value.Trim() != value || (MayBeNonString(value[0]) && NonString().IsMatch(value)) || value.Contains('\n', StringComparison.Ordinal);

    // Every non-string scalar below starts with one of these: other strings skip the regex.
    private static bool MayBeNonString(char first) => char.IsAsciiDigit(first) || "+-.~yYnNtTfFoO".Contains(first, StringComparison.Ordinal);

    // YAML 1.1 and 1.2 core-schema scalars that are not strings: booleans, nulls, numbers (including octal,
    // hexadecimal and sexagesimal forms older readers still accept) and timestamps ("2012-10-17", an IAM version).
    [GeneratedRegex(@"^(?:[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt ].*)?|y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~|[-+]?(?:\.[0-9]+|[0-9][0-9_:]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?|0[xX][0-9a-fA-F_]+|0o[0-7]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$")]
    private static partial Regex NonString();
}
