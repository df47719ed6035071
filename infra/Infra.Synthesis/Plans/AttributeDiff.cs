using Newtonsoft.Json.Linq;

namespace Infra.Plans;

/// <summary>
/// Compares before and after values attribute by attribute, masking every value the sensitivity trees mark
/// (a bare <c>true</c> masks everything below it; a bare <c>false</c> or null masks nothing) and showing values
/// computed during apply as unknown. Objects are walked key by key; lists are compared whole, and masked whole
/// when anything inside them is sensitive.
/// </summary>
public static class AttributeDiff
{
    /// <summary>The changed attributes, sorted by path; a create lists its set values, a delete lists nothing.</summary>
    public static IReadOnlyList<AttributeChange> Compute(
        JToken? before, JToken? after, JToken? afterUnknown, JToken? beforeSensitive, JToken? afterSensitive, IReadOnlyList<string>? replacePaths = null)
    {
        var old = new SortedDictionary<string, (AttributeValue Value, string Key)>(StringComparer.Ordinal);
        var now = new SortedDictionary<string, (AttributeValue Value, string Key)>(StringComparer.Ordinal);
        if (IsPresent(before))
        {
            Flatten(before!, beforeSensitive, null, string.Empty, old);
        }

        if (IsPresent(after) || PlanJson.IsTrue(afterUnknown) || afterUnknown is JObject { Count: > 0 })
        {
            Flatten(after ?? JValue.CreateNull(), afterSensitive, afterUnknown, string.Empty, now);
        }

        var result = new List<AttributeChange>();
        foreach (var path in old.Keys.Union(now.Keys).Order(StringComparer.Ordinal))
        {
            (AttributeValue Value, string Key) b = old.TryGetValue(path, out var ob) ? ob : (AttributeValue.Absent, "a");
            (AttributeValue Value, string Key) a = now.TryGetValue(path, out var na) ? na : (AttributeValue.Absent, "a");
            if (b.Key == a.Key || (b.Value.State == ValueState.Absent && a.Key == "k:null"))
            {
                continue;
            }

            if (a.Value.State == ValueState.Absent && !IsPresent(after))
            {
                // A delete: the address says it all; listing every old value adds noise, not information.
                continue;
            }

            var forces = replacePaths is not null && replacePaths.Any(p => Covers(p, path));
            result.Add(new AttributeChange(path.Length == 0 ? "(value)" : path, b.Value, a.Value, forces));
        }

        return result;
    }

    /// <summary>Turns Terraform's <c>replace_paths</c> (lists of keys and indexes) into attribute paths.</summary>
    public static IReadOnlyList<string> ReplacePaths(JToken? replacePaths)
    {
        if (replacePaths is not JArray paths)
        {
            return [];
        }

        return paths.OfType<JArray>().Select(steps =>
        {
            var text = new System.Text.StringBuilder();
            foreach (var step in steps)
            {
                if (step.Type == JTokenType.Integer)
                {
                    text.Append('[').Append(PlanJson.Compact(step)).Append(']');
                }
                else
                {
                    text.Append(text.Length == 0 ? string.Empty : ".").Append(step.ToString());
                }
            }

            return text.ToString();
        }).ToList();
    }

    private static bool Covers(string replacePath, string path) =>
        replacePath == path
        || replacePath.StartsWith(path + ".", StringComparison.Ordinal)
        || replacePath.StartsWith(path + "[", StringComparison.Ordinal)
        || path.StartsWith(replacePath + ".", StringComparison.Ordinal);

    private static void Flatten(JToken value, JToken? sensitive, JToken? unknown, string path, IDictionary<string, (AttributeValue, string)> into)
    {
        if (PlanJson.IsTrue(sensitive))
        {
            into[path] = (AttributeValue.Sensitive, "s:" + PlanJson.Compact(value));
            return;
        }

        if (PlanJson.IsTrue(unknown))
        {
            into[path] = (AttributeValue.Unknown, "u");
            return;
        }

        if (value is JObject obj && (obj.Count > 0 || unknown is JObject { Count: > 0 }))
        {
            var keys = obj.Properties().Select(p => p.Name);
            if (unknown is JObject u)
            {
                keys = keys.Union(u.Properties().Where(p => ContainsTrue(p.Value)).Select(p => p.Name));
            }

            foreach (var key in keys.Distinct())
            {
                Flatten(obj[key] ?? JValue.CreateNull(), (sensitive as JObject)?[key], (unknown as JObject)?[key], path.Length == 0 ? key : $"{path}.{key}", into);
            }

            return;
        }

        if (ContainsTrue(sensitive))
        {
            into[path] = (AttributeValue.Sensitive, "s:" + PlanJson.Compact(value));
            return;
        }

        if (ContainsTrue(unknown))
        {
            into[path] = (AttributeValue.Unknown, "u");
            return;
        }

        var text = PlanJson.Compact(value);
        into[path] = (AttributeValue.Known(text), "k:" + text);
    }

    private static bool IsPresent(JToken? token) => token is not null && token.Type != JTokenType.Null;

    private static bool ContainsTrue(JToken? token) => token switch
    {
        null => false,
        JValue v => v.Type == JTokenType.Boolean && v.Value<bool>(),
        _ => token.Children().Any(c => ContainsTrue(c is JProperty p ? p.Value : c)),
    };
}
