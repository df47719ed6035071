using System.Text;
using System.Text.RegularExpressions;

namespace Infra.Tests.Fuzz;

/// <summary>Applies a <see cref="Mutation"/> to a file, starting from the file's original bytes.</summary>
public static partial class Mutator
{
    /// <summary>The length of a huge string value: 1 MiB.</summary>
    public const int HugeStringLength = 1 << 20;

    /// <summary>The item count of a huge list value.</summary>
    public const int HugeListLength = 100_000;

    private static readonly string[] YamlValues = ["[a, 1]", "{k: v}", "42", "\"42\"", "true", "null", "-1", "1.5e400", "''", "[]", "{}", "0x1F", "2026-13-45", "~", "\"\"", "99999999999999999999999"];

    private static readonly string[] JsonValues = ["[1, \"a\"]", "{\"k\": \"v\"}", "42", "\"42\"", "true", "false", "null", "-1", "1e400", "\"\"", "[]", "{}", "\"\\u0000\"", "123456789012345678901234567890", "[[[[[]]]]]", "{\"actions\": [\"delete\"]}"];

    private static readonly byte[][] InvalidUtf8 = [[0xFF], [0xC3, 0x28], [0xE2, 0x82], [0xF0, 0x28, 0x8C, 0x28], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xFE, 0xFF]];

    /// <summary>Damages <paramref name="path"/> as <paramref name="mutation"/> says, from <paramref name="original"/>.</summary>
    public static void Apply(Mutation mutation, string path, byte[] original)
    {
        switch (mutation.Kind)
        {
            case MutationKind.Delete:
                File.Delete(path);
                break;
            case MutationKind.Folder:
                File.Delete(path);
                Directory.CreateDirectory(path);
                File.WriteAllText(Path.Combine(path, "inside.txt"), "a folder where a file belongs\n");
                break;
            default:
                File.WriteAllBytes(path, Bytes(mutation, original, path.EndsWith(".json", StringComparison.Ordinal)));
                break;
        }
    }

    /// <summary>The damaged content of a file whose damage leaves a file.</summary>
    public static byte[] Bytes(Mutation mutation, byte[] original, bool json)
    {
        var text = Decode(original);
        return mutation.Kind switch
        {
            MutationKind.Empty => [],
            MutationKind.Truncate => original[..Offset(mutation, original.Length, 0)],
            MutationKind.FlipBytes => Flip(mutation, original),
            MutationKind.InsertNul => Insert(mutation, original, _ => [0]),
            MutationKind.InvalidUtf8 => Insert(mutation, original, i => InvalidUtf8[(mutation.Variant + i) % InvalidUtf8.Length]),
            MutationKind.Utf16LeBom => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            MutationKind.Utf16Le => Encoding.Unicode.GetBytes(text),
            MutationKind.Utf16BeBom => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            MutationKind.Utf16Be => Encoding.BigEndianUnicode.GetBytes(text),
            MutationKind.Latin1 => Encoding.Latin1.GetBytes(text.Insert(Offset(mutation, text.Length, 0), "caf\u00e9 \u00fc")),
            _ => Encoding.UTF8.GetBytes(Lines(mutation, text, json)),
        };
    }

    // Reads the text the way a tolerant reader would, so that re-encoding keeps the content.
    private static string Decode(byte[] bytes) =>
        bytes is [0xFF, 0xFE, ..] ? Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2)
        : bytes is [0xFE, 0xFF, ..] ? Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2)
        : bytes is [0xEF, 0xBB, 0xBF, ..] ? Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3)
        : Encoding.UTF8.GetString(bytes);

    private static int Offset(Mutation mutation, int length, int which) => mutation.IndexIn(length, which);

    private static byte[] Flip(Mutation mutation, byte[] original)
    {
        var bytes = (byte[])original.Clone();
        for (var i = 0; i < mutation.Positions.Length && bytes.Length > 0; i++)
        {
            var at = Offset(mutation, bytes.Length, i);
            bytes[at] ^= (byte)(1 + ((mutation.Variant + (i * 37)) % 255));
        }

        return bytes;
    }

    private static byte[] Insert(Mutation mutation, byte[] original, Func<int, byte[]> what)
    {
        var result = new List<byte>(original);

        // From the last offset to the first, so that earlier offsets keep pointing where they did.
        foreach (var (at, i) in mutation.Positions.Select((_, i) => (Offset(mutation, original.Length, i), i)).OrderByDescending(p => p.Item1))
        {
            result.InsertRange(at, what(i));
        }

        return [.. result];
    }

    private static string Lines(Mutation mutation, string text, bool json)
    {
        var lines = text.Split('\n').ToList();
        var keyed = Enumerable.Range(0, lines.Count).Where(i => KeyHead().IsMatch(lines[i])).ToList();
        var scalar = keyed.Where(i => KeyLine().Match(lines[i]) is { Success: true } m && !(json && m.Groups["value"].Value is "{" or "[")).ToList();
        var any = Enumerable.Range(0, lines.Count).Where(i => lines[i].Trim().Length > 0).ToList();
        if (any.Count == 0)
        {
            // Nothing to change in a blank file: a lone value of the other kind is the damage.
            return json ? JsonValues[mutation.Variant % JsonValues.Length] : YamlValues[mutation.Variant % YamlValues.Length];
        }

        switch (mutation.Kind)
        {
            case MutationKind.Tab:
                {
                    var at = Pick(mutation, any);
                    var line = lines[at];
                    var indent = line.Length - line.TrimStart(' ').Length;
                    lines[at] = (mutation.Variant % 3) switch
                    {
                        0 when indent > 0 => "\t" + line[indent..],
                        1 when KeyLine().Match(line) is { Success: true } m => m.Groups["head"].Value + "\t" + m.Groups["value"].Value + m.Groups["comma"].Value,
                        _ => "\t" + line,
                    };
                    break;
                }

            case MutationKind.DeleteKey:
                {
                    var at = Pick(mutation, keyed.Count > 0 ? keyed : any);
                    lines.RemoveRange(at, json ? 1 : BlockLength(lines, at));
                    break;
                }

            case MutationKind.DuplicateKey:
                {
                    var at = Pick(mutation, json ? (scalar.Count > 0 ? scalar : any) : (keyed.Count > 0 ? keyed : any));
                    if (json)
                    {
                        lines.Insert(at, lines[at].TrimEnd().EndsWith(',') ? lines[at] : lines[at].TrimEnd() + ",");
                    }
                    else
                    {
                        lines.InsertRange(at, lines.GetRange(at, BlockLength(lines, at)));
                    }

                    break;
                }

            default:
                {
                    var at = Pick(mutation, scalar.Count > 0 ? scalar : any);
                    var value = mutation.Kind switch
                    {
                        MutationKind.HugeString => mutation.Variant % 2 == 0 ? "\"" + new string('x', HugeStringLength) + "\"" : new string('9', HugeStringLength),
                        MutationKind.HugeList => "[" + string.Join(", ", Enumerable.Repeat(HugeItem(mutation.Variant), HugeListLength)) + "]",
                        _ => json ? JsonValues[mutation.Variant % JsonValues.Length] : YamlValues[mutation.Variant % YamlValues.Length],
                    };
                    lines[at] = KeyLine().Match(lines[at]) is { Success: true } m
                        ? m.Groups["head"].Value + " " + value + m.Groups["comma"].Value
                        : value;
                    break;
                }
        }

        return string.Join('\n', lines);
    }

    private static string HugeItem(int variant) => (variant % 4) switch
    {
        0 => "\"1000301\"",
        1 => "1",
        2 => "{}",
        _ => "\"main\"",
    };

    private static int Pick(Mutation mutation, List<int> candidates) => candidates[mutation.IndexIn(candidates.Count)];

    // A YAML key line and the lines indented deeper below it (its block; for a list item, the whole item).
    private static int BlockLength(List<string> lines, int at)
    {
        var indent = Indent(lines[at]);
        var end = at + 1;
        while (end < lines.Count && (lines[end].Trim().Length == 0 || Indent(lines[end]) > indent))
        {
            end++;
        }

        return end - at;
    }

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    // Any key, with or without a value on its line (a YAML parent key: "bbws:deployBranches:").
    [GeneratedRegex("""^\s*(?:-\s+)?(?:"[^"]*"|[^\s"#][^#]*?)\s*:(?:[ \t]|$)""")]
    private static partial Regex KeyHead();

    // "key: value" in YAML (keys may hold colons, e.g. bbws:accountId) or "\"key\": value," in JSON.
    [GeneratedRegex("""^(?<head>\s*(?:-\s+)?(?:"[^"]*"|[^\s"#][^#]*?)\s*:)[ \t]+(?<value>\S.*?)(?<comma>,?)\s*$""")]
    private static partial Regex KeyLine();
}
