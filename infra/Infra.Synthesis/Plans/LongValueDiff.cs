using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Infra.Plans;

/// <summary>
/// Shows what changed inside a long value instead of both values cut short: the changed keys of a JSON value (also
/// a JSON document held in a string), the changed lines of a multi-line string, or the changed span of a one-line
/// string with some context. Nothing is shortened.
/// </summary>
public static class LongValueDiff
{
    /// <summary>Characters of unchanged text shown on each side of the changed span of a one-line string.</summary>
    public const int Context = 40;

    private const long MaxCells = 4_000_000;

    /// <summary>The differences, one line each; null when the two values cannot be compared piecewise.</summary>
    public static IReadOnlyList<string>? Lines(AttributeValue before, AttributeValue after)
    {
        if (before.State != ValueState.Known || after.State != ValueState.Known || Parse(before.Text!) is not { } old || Parse(after.Text!) is not { } now)
        {
            return null;
        }

        var (oldDocument, nowDocument) = (Document(old), Document(now));
        if (oldDocument is JContainer a && nowDocument is JContainer b)
        {
            return Keys(a, b);
        }

        if (old.Type == JTokenType.String && now.Type == JTokenType.String)
        {
            var (x, y) = ((string)old!, (string)now!);
            return x.Contains('\n', StringComparison.Ordinal) || y.Contains('\n', StringComparison.Ordinal) ? LineDiff(x, y) : Span(x, y);
        }

        return null;
    }

    private static JToken? Parse(string text)
    {
        try
        {
            return JToken.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // A string holding a JSON object or array (container definitions, a rendered output) is compared as that document.
    private static JToken Document(JToken value) =>
        value.Type == JTokenType.String && ((string)value!).TrimStart() is ['{' or '[', ..] && Parse((string)value!) is JContainer inner ? inner : value;

    private static List<string> Keys(JContainer before, JContainer after)
    {
        var old = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var now = new SortedDictionary<string, string>(StringComparer.Ordinal);
        Flatten(before, string.Empty, old);
        Flatten(after, string.Empty, now);
        var lines = new List<string>();
        foreach (var path in old.Keys.Union(now.Keys).Order(StringComparer.Ordinal))
        {
            var (had, has) = (old.TryGetValue(path, out var b), now.TryGetValue(path, out var a));
            if (had && has && a == b)
            {
                continue;
            }

            if (had && has && Nested(path, AttributeValue.Known(b!), AttributeValue.Known(a!)) is { } nested)
            {
                lines.AddRange(nested);
                continue;
            }

            lines.Add(!had ? $"+ {path} = {a}" : !has ? $"- {path} = {b}" : $"~ {path}: {b} → {a}");
        }

        return lines;
    }

    // A policy document inside the value (an inline policy) is compared statement by statement, a long string inside
    // it by what changed; their lines go four spaces deeper.
    private static IEnumerable<string>? Nested(string path, AttributeValue before, AttributeValue after)
    {
        if (PolicyDocumentDiff.Lines(before, after) is { } statements)
        {
            return [$"~ {path}: policy document changed", .. statements.Select(s => "    " + s)];
        }

        if ((before.Text!.Length > PreviewLines.MaxValueLength || after.Text!.Length > PreviewLines.MaxValueLength)
            && Parse(before.Text) is { Type: JTokenType.String } && Lines(before, after) is { Count: > 0 } inside)
        {
            return [$"~ {path}: changed inside", .. inside.Select(s => "    " + s)];
        }

        return null;
    }

    private static void Flatten(JToken value, string path, IDictionary<string, string> into)
    {
        switch (value)
        {
            case JObject { Count: > 0 } o:
                foreach (var p in o.Properties())
                {
                    Flatten(p.Value, path.Length == 0 ? p.Name : $"{path}.{p.Name}", into);
                }

                break;
            case JArray { Count: > 0 } a:
                for (var i = 0; i < a.Count; i++)
                {
                    Flatten(a[i], $"{path}[{i}]", into);
                }

                break;
            default:
                into[path.Length == 0 ? "(value)" : path] = value.ToString(Formatting.None);
                break;
        }
    }

    // The changed lines with one line of context, in the style of a unified diff.
    private static List<string> LineDiff(string before, string after)
    {
        var a = before.Split('\n');
        var b = after.Split('\n');
        var head = 0;
        while (head < a.Length && head < b.Length && a[head] == b[head])
        {
            head++;
        }

        var foot = 0;
        while (foot < a.Length - head && foot < b.Length - head && a[^(foot + 1)] == b[^(foot + 1)])
        {
            foot++;
        }

        var script = new List<(char Op, int Line, string Text)>();
        for (var k = 0; k < head; k++)
        {
            script.Add((' ', k + 1, a[k]));
        }

        script.AddRange(Middle(a[head..(a.Length - foot)], b[head..(b.Length - foot)], head));
        for (var k = 0; k < foot; k++)
        {
            script.Add((' ', b.Length - foot + k + 1, b[b.Length - foot + k]));
        }

        var lines = new List<string>();
        var last = -2;
        for (var k = 0; k < script.Count; k++)
        {
            var near = (k > 0 && script[k - 1].Op != ' ') || script[k].Op != ' ' || (k + 1 < script.Count && script[k + 1].Op != ' ');
            if (!near)
            {
                continue;
            }

            if (last != k - 1)
            {
                lines.Add($"@@ line {script[k].Line} @@");
            }

            lines.Add($"{script[k].Op} {script[k].Text}");
            last = k;
        }

        return lines;
    }

    // A longest-common-subsequence edit script of the lines between the common head and tail; past MaxCells (the
    // table would be too big) the old lines are shown removed and the new ones added.
    private static List<(char Op, int Line, string Text)> Middle(string[] a, string[] b, int offset)
    {
        var script = new List<(char Op, int Line, string Text)>();
        if ((long)a.Length * b.Length > MaxCells)
        {
            script.AddRange(a.Select(t => ('-', offset + 1, t)));
            script.AddRange(b.Select((t, i) => ('+', offset + i + 1, t)));
            return script;
        }

        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var (x, y) = (0, 0);
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                script.Add((' ', offset + y + 1, a[x]));
                (x, y) = (x + 1, y + 1);
            }
            else if (x < a.Length && (y == b.Length || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                // Removals before additions, as a unified diff shows them.
                script.Add(('-', offset + y + 1, a[x]));
                x++;
            }
            else
            {
                script.Add(('+', offset + y + 1, b[y]));
                y++;
            }
        }

        return script;
    }

    private static List<string> Span(string before, string after)
    {
        var prefix = 0;
        while (prefix < before.Length && prefix < after.Length && before[prefix] == after[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < before.Length - prefix && suffix < after.Length - prefix && before[^(suffix + 1)] == after[^(suffix + 1)])
        {
            suffix++;
        }

        var lead = prefix > Context ? "…" + before[(prefix - Context)..prefix] : before[..prefix];
        var tail = suffix > Context ? before.Substring(before.Length - suffix, Context) + "…" : before[(before.Length - suffix)..];
        return
        [
            $"at character {prefix + 1}: {lead}[-{before[prefix..(before.Length - suffix)]}-]{{+{after[prefix..(after.Length - suffix)]}+}}{tail}",
        ];
    }
}
