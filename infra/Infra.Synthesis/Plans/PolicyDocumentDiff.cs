using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Infra.Plans;

/// <summary>
/// Compares two IAM or resource policy documents statement by statement, so a reviewer sees the permission that
/// changed, not two long strings. Statements are matched by <c>Sid</c>; without one, by effect, principal and
/// resources; the rest without a Sid by position among statements of the same effect. Nothing is shortened.
/// </summary>
public static class PolicyDocumentDiff
{
    /// <summary>
    /// The policy document a value holds: a JSON object with a <c>Statement</c>, or a JSON string holding one (how
    /// Terraform and Pulumi carry <c>policy</c>, <c>assume_role_policy</c> and the like); null for anything else.
    /// </summary>
    public static JObject? Document(AttributeValue value)
    {
        // Parsing every value of a large plan to find the few policies would cost more than the rest of the preview.
        if (value.State != ValueState.Known || value.Text is null || !value.Text.Contains("Statement", StringComparison.Ordinal))
        {
            return null;
        }

        var token = Parse(value.Text);
        if (token is { Type: JTokenType.String })
        {
            token = Parse((string)token!);
        }

        return token is JObject document && document["Statement"] is JObject or JArray ? document : null;
    }

    /// <summary>The differences, one line each; null when either side is not a policy document.</summary>
    public static IReadOnlyList<string>? Lines(AttributeValue before, AttributeValue after)
    {
        if (Document(before) is not { } old || Document(after) is not { } now)
        {
            return null;
        }

        var lines = new List<string>();
        foreach (var key in old.Properties().Select(p => p.Name).Union(now.Properties().Select(p => p.Name)).Where(k => k != "Statement").Order(StringComparer.Ordinal))
        {
            if (!JToken.DeepEquals(old[key], now[key]))
            {
                lines.Add($"{key}: {Compact(old[key])} → {Compact(now[key])}");
            }
        }

        var olds = Statements(old);
        var nows = Statements(now);
        var pairs = Match(olds, nows);
        foreach (var statement in nows)
        {
            if (pairs.TryGetValue(statement, out var was))
            {
                lines.AddRange(Compare(was, statement));
            }
            else
            {
                lines.Add($"statement added: {statement.Label}: {Describe(statement)}");
            }
        }

        foreach (var statement in olds.Where(s => !pairs.ContainsValue(s)))
        {
            lines.Add($"statement removed: {statement.Label}: {Describe(statement)}");
        }

        if (lines.Count == 0)
        {
            lines.Add("statements reordered or reformatted; no permission changed");
        }

        return lines;
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

    private static List<Statement> Statements(JObject document)
    {
        var items = document["Statement"] is JArray a ? a.ToList() : [document["Statement"]!];
        return items.Select((s, i) => new Statement(i, s as JObject ?? new JObject { ["(statement)"] = s })).ToList();
    }

    // Each statement of the new document, with the old statement it replaces.
    private static Dictionary<Statement, Statement> Match(List<Statement> olds, List<Statement> nows)
    {
        var pairs = new Dictionary<Statement, Statement>();
        var free = olds.ToList();
        void Pair(Func<Statement, string?> key)
        {
            foreach (var statement in nows.Where(s => !pairs.ContainsKey(s)))
            {
                var k = key(statement);
                if (k is null)
                {
                    continue;
                }

                var match = free.FirstOrDefault(o => key(o) == k);
                if (match is not null)
                {
                    pairs[statement] = match;
                    free.Remove(match);
                }
            }
        }

        Pair(s => s.Sid);
        Pair(s => s.Sid is null ? $"{s.Effect}|{s.Principal}|{string.Join(",", s.Set("Resource"))}|{string.Join(",", s.Set("NotResource"))}" : null);
        // The rest by position, but only statements without a Sid and of the same effect: pairing a named or an
        // opposite statement with another reads as a rename or an Allow turned Deny, where one was removed and one added.
        foreach (var statement in nows.Where(s => !pairs.ContainsKey(s) && s.Sid is null))
        {
            var match = free.FirstOrDefault(o => o.Sid is null && o.Effect == statement.Effect);
            if (match is not null)
            {
                pairs[statement] = match;
                free.Remove(match);
            }
        }

        return pairs;
    }

    private static IEnumerable<string> Compare(Statement old, Statement now)
    {
        var label = now.Label;
        if (old.Sid != now.Sid)
        {
            yield return $"{label}: Sid {old.Sid ?? "(none)"} → {now.Sid ?? "(none)"}";
        }

        if (old.Effect != now.Effect)
        {
            yield return $"{label}: effect {old.Effect} → {now.Effect}";
        }

        if (old.Principal != now.Principal)
        {
            yield return $"{label}: principal {old.Principal ?? "(none)"} → {now.Principal ?? "(none)"}";
        }

        foreach (var (key, noun) in new[] { ("Action", "actions"), ("NotAction", "not-actions"), ("Resource", "resources"), ("NotResource", "not-resources") })
        {
            var was = old.Set(key);
            var is_ = now.Set(key);
            var added = is_.Except(was, StringComparer.Ordinal).ToList();
            var removed = was.Except(is_, StringComparer.Ordinal).ToList();
            if (added.Count > 0)
            {
                yield return $"{label}: {noun} added: {string.Join(", ", added)}";
            }

            if (removed.Count > 0)
            {
                yield return $"{label}: {noun} removed: {string.Join(", ", removed)}";
            }
        }

        if (old.Condition != now.Condition)
        {
            yield return $"{label}: conditions changed: {old.Condition ?? "(none)"} → {now.Condition ?? "(none)"}";
        }

        var known = new HashSet<string>(["Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction", "Resource", "NotResource", "Condition"], StringComparer.Ordinal);
        foreach (var key in old.Body.Properties().Select(p => p.Name).Union(now.Body.Properties().Select(p => p.Name)).Where(k => !known.Contains(k)).Order(StringComparer.Ordinal))
        {
            if (!JToken.DeepEquals(old.Body[key], now.Body[key]))
            {
                yield return $"{label}: {key}: {Compact(old.Body[key])} → {Compact(now.Body[key])}";
            }
        }
    }

    private static string Describe(Statement statement)
    {
        var parts = new List<string> { statement.Effect };
        if (statement.Principal is not null)
        {
            parts.Add($"principal {statement.Principal}");
        }

        foreach (var (key, noun) in new[] { ("Action", "actions"), ("NotAction", "not-actions"), ("Resource", "resources"), ("NotResource", "not-resources") })
        {
            var set = statement.Set(key);
            if (set.Count > 0)
            {
                parts.Add($"{noun} {string.Join(", ", set)}");
            }
        }

        if (statement.Condition is not null)
        {
            parts.Add($"conditions {statement.Condition}");
        }

        return string.Join("; ", parts);
    }

    /// <summary>The values of a statement element (Action, Resource...), which IAM accepts as a string or a list.</summary>
    internal static IEnumerable<string> Values(JToken? token) => token switch
    {
        JArray a => a.Select(v => v.Type == JTokenType.String ? (string)v! : Compact(v)),
        JValue { Type: JTokenType.String } v => [(string)v!],
        null => [],
        var other => [Compact(other)],
    };

    private static string Compact(JToken? token) => token is null ? "(none)" : token.ToString(Formatting.None);

    private sealed class Statement(int index, JObject body)
    {
        public JObject Body { get; } = body;

        public string? Sid { get; } = body["Sid"] is JValue { Type: JTokenType.String } s && ((string)s!).Length > 0 ? (string)s! : null;

        public string Effect => Body["Effect"]?.ToString() ?? "(no effect)";

        public string? Principal => Body["Principal"] is { } p ? Compact(p) : Body["NotPrincipal"] is { } n ? "not " + Compact(n) : null;

        public string? Condition => Body["Condition"] is { } c ? Compact(c) : null;

        public string Label => Sid is null ? $"statement {index + 1}" : $"statement \"{Sid}\"";

        // Order carries no meaning.
        public IReadOnlyList<string> Set(string key) => Values(Body[key]).Distinct().Order(StringComparer.Ordinal).ToList();
    }
}
