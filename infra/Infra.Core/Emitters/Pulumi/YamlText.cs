using System.Globalization;
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
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        foreach (var line in header)
        {
            text.Write("# " + line + "\n");
        }

        var emitter = new Emitter(text, new EmitterSettings(2, int.MaxValue, false, 1024, false, false, "\n"));
        new YamlStream(new YamlDocument(root)).Save(emitter, assignAnchors: false);
        var body = text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);

        // YamlDotNet closes each document with an explicit end marker that no reader needs.
        if (body.EndsWith("...\n", StringComparison.Ordinal))
        {
            body = body[..^4];
        }

        return body.TrimEnd('\n') + "\n";
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
        value.Length == 0 || value.Trim() != value || NonString().IsMatch(value) || value.Contains('\n', StringComparison.Ordinal);

    // YAML 1.1 and 1.2 core-schema scalars that are not strings: booleans, nulls, numbers (including octal,
    // hexadecimal and sexagesimal forms older readers still accept) and timestamps ("2012-10-17", an IAM version).
    [GeneratedRegex(@"^(?:[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt ].*)?|y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~|[-+]?(?:\.[0-9]+|[0-9][0-9_:]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?|0[xX][0-9a-fA-F_]+|0o[0-7]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$")]
    private static partial Regex NonString();
}
