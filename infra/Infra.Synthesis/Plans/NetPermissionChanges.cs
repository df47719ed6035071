using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Infra.Plans;

/// <summary>
/// What a group's identity policies grant and deny together, before and after. A role whose permissions are packed
/// into several managed policies sees statements move between them whenever one grant is added, so the statement diff
/// of each policy shows many actions added and removed where the role gained one: the net change says which.
/// </summary>
public static class NetPermissionChanges
{
    // The identity policy types whose documents add up to one principal's permissions, in both engines' names.
    private static readonly HashSet<string> IdentityPolicyTypes = new(StringComparer.Ordinal)
    {
        "aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy",
        "aws:iam/policy:Policy", "aws:iam/rolePolicy:RolePolicy", "aws:iam/userPolicy:UserPolicy", "aws:iam/groupPolicy:GroupPolicy",
    };

    /// <summary>
    /// One banner per group with at least two changed identity policies: the permissions granted and no longer granted
    /// (a removed deny is a severe banner of its own); none when a group has one changed policy, whose statement diff
    /// already is the net change.
    /// </summary>
    public static IReadOnlyList<(bool Severe, string Text)> Banners(ChangeSet changes)
    {
        var banners = new List<(bool, string)>();
        foreach (var group in changes.Changes.Where(c => IdentityPolicyTypes.Contains(c.Type) && c.Kind != ChangeKind.NoOp).GroupBy(c => c.Group).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var policies = group.SelectMany(c => c.Attributes.Where(a => a.Path == "policy")).ToList();
            if (policies.Count < 2)
            {
                continue;
            }

            var before = Permissions(policies.Select(p => PolicyDocumentDiff.Document(p.Before)));
            var after = Permissions(policies.Select(p => PolicyDocumentDiff.Document(p.After)));
            var name = PreviewLines.GroupName(group.Key);
            var granted = after.Allowed.Except(before.Allowed, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var revoked = before.Allowed.Except(after.Allowed, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var net = (granted.Count, revoked.Count) switch
            {
                (0, 0) => "statements moved between them; nothing granted or removed",
                (_, 0) => $"granted {string.Join(", ", granted)}; nothing else granted or removed",
                (0, _) => $"no longer granted {string.Join(", ", revoked)}; nothing granted",
                _ => $"granted {string.Join(", ", granted)}; no longer granted {string.Join(", ", revoked)}",
            };
            banners.Add((false, $"Permissions of {name} (its {policies.Count} changed policies together): {net}."));

            var undenied = before.Denied.Except(after.Denied, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            if (undenied.Count > 0)
            {
                banners.Add((true, $"DENY REMOVED from {name}: {string.Join(", ", undenied)} {(undenied.Count == 1 ? "is" : "are")} no longer denied."));
            }

            var denied = after.Denied.Except(before.Denied, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            if (denied.Count > 0)
            {
                banners.Add((false, $"Deny added to {name}: {string.Join(", ", denied)}."));
            }
        }

        return banners;
    }

    // Every (action, resource, condition) a set of documents allows and denies, as "action on resource [if condition]".
    private static (HashSet<string> Allowed, HashSet<string> Denied) Permissions(IEnumerable<JObject?> documents)
    {
        var allowed = new HashSet<string>(StringComparer.Ordinal);
        var denied = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in documents.OfType<JObject>())
        {
            var statements = document["Statement"] is JArray list ? list.OfType<JObject>() : document["Statement"] is JObject one ? [one] : [];
            foreach (var statement in statements)
            {
                var condition = statement["Condition"] is { } c ? " if " + c.ToString(Formatting.None) : string.Empty;
                var target = (string)statement["Effect"]! == "Deny" ? denied : allowed;
                foreach (var action in Values(statement, "Action", "NotAction"))
                {
                    foreach (var resource in Values(statement, "Resource", "NotResource"))
                    {
                        target.Add($"{action} on {resource}{condition}");
                    }
                }
            }
        }

        return (allowed, denied);
    }

    // The Not- form is kept visibly apart.
    private static IEnumerable<string> Values(JObject statement, string key, string notKey)
    {
        var values = PolicyDocumentDiff.Values(statement[key]).Concat(PolicyDocumentDiff.Values(statement[notKey]).Select(v => $"(not {v})")).ToList();
        return values.Count > 0 ? values : ["(none)"];
    }
}
