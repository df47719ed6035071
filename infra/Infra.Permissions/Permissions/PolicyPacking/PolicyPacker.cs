using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Infra.Permissions;

/// <summary>
/// Packs a role's statements into the fewest policies IAM accepts. Statements of the same effect and conditions merge
/// (resources granted the same actions share a statement, or actions granted on the same resources do, whichever is
/// smaller); everything stays in one inline policy when it fits the role's inline quota, otherwise it is split into
/// managed policies. Only when exact ARNs do not fit even then are names of the stack's shape replaced by patterns,
/// narrowest first (<c>function:2-1-bbws-service-*-dev</c> before <c>function:2-1-bbws-*-dev</c>), and only in Allow
/// statements; a pattern never spans services, resource types, accounts or regions. Output is deterministic.
/// </summary>
public static class PolicyPacker
{
    private const string Version = "2012-10-17";

    // {"Version":"2012-10-17","Statement":[]}: what a document costs around its statements.
    private static readonly int DocumentOverhead = NonWhitespace(new JObject(new JProperty("Version", Version), new JProperty("Statement", new JArray())).ToString(Formatting.None));

    /// <summary>
    /// Packs <paramref name="statements"/> of role <paramref name="role"/>. <paramref name="naming"/> allows name
    /// patterns of that shape when exact ARNs do not fit (null: never); <paramref name="attachedAlready"/> counts the
    /// managed policies the role has besides these. Throws an <see cref="InfraException"/> (exit code 1) naming the
    /// role, its size and the limits when nothing fits.
    /// </summary>
    public static PolicyPack Pack(string role, IReadOnlyList<PackableStatement> statements, NamingShape? naming = null, IamPolicyQuotas? quotas = null, int attachedAlready = 0)
    {
        quotas ??= IamPolicyQuotas.Default;
        foreach (var statement in statements)
        {
            if (statement.Effect is not ("Allow" or "Deny") || statement.Actions.Count == 0 || statement.Resources.Count == 0)
            {
                throw new InfraException($"Role {role}: a statement ({statement.Reason}) has effect '{statement.Effect}', {statement.Actions.Count} actions and {statement.Resources.Count} resources; give it the effect Allow or Deny and at least one action and one resource.");
            }
        }

        var current = Merge(statements, quotas);
        if (Fit(role, current, quotas, attachedAlready, generalized: false) is { } exact)
        {
            return exact;
        }

        if (naming is not null)
        {
            for (var depth = current.Max(s => s.Resources.Max(r => Depth(r, naming))); depth >= 0; depth--)
            {
                if (Generalize(current, naming, depth) is not { } generalized)
                {
                    continue;
                }

                current = Merge(generalized, quotas);
                if (Fit(role, current, quotas, attachedAlready, generalized: true) is { } pack)
                {
                    return pack;
                }
            }
        }

        var size = DocumentSize(current.Select(s => Size(s, quotas)).ToList());
        var managedRoom = Math.Max(0, quotas.ManagedPerRole - attachedAlready);
        throw new InfraException(
            $"Role {role}: its permissions take {size.ToString(CultureInfo.InvariantCulture)} characters even merged{(naming is null ? string.Empty : " and with name patterns")}, "
            + $"more than IAM allows a role ({quotas.InlineTotal.ToString(CultureInfo.InvariantCulture)} inline in total, or {managedRoom.ToString(CultureInfo.InvariantCulture)} more managed policies of {quotas.ManagedPolicy.ToString(CultureInfo.InvariantCulture)} each). "
            + "Remove grants the role no longer needs from its ledger, grant whole name patterns in the ledger instead of one grant per resource, or split the job across roles.",
            ExitCodes.CheckFailed);
    }

    /// <summary>The size of a document holding <paramref name="statements"/>, as IAM counts it (characters without whitespace).</summary>
    public static int Size(IReadOnlyList<PackableStatement> statements, IamPolicyQuotas? quotas = null)
    {
        quotas ??= IamPolicyQuotas.Default;
        return DocumentSize(statements.Select(s => Size(s, quotas)).ToList());
    }

    /// <summary>The JSON IAM stores for a document holding <paramref name="statements"/> (references left as written).</summary>
    public static string Json(IReadOnlyList<PackableStatement> statements) =>
        new JObject(new JProperty("Version", Version), new JProperty("Statement", new JArray(statements.Select(s => Render(s, null))))).ToString(Formatting.None);

    /// <summary>True when <paramref name="resource"/> is a reference (<c>${name.attribute}</c>) whose value is known only at apply.</summary>
    public static bool IsReference(string resource) =>
        resource.StartsWith("${", StringComparison.Ordinal) && resource.EndsWith('}');

    private static int DocumentSize(IReadOnlyList<int> statementSizes) =>
        DocumentOverhead + statementSizes.Sum() + Math.Max(0, statementSizes.Count - 1);

    private static int Size(PackableStatement statement, IamPolicyQuotas quotas) => NonWhitespace(Render(statement, quotas).ToString(Formatting.None));

    private static int NonWhitespace(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                count++;
            }
        }

        return count;
    }

    // The statement as IAM stores it, keys as the emitters write them; for sizing, a reference stands in at its allowance.
    private static JObject Render(PackableStatement statement, IamPolicyQuotas? sizing)
    {
        var json = new JObject();
        if (statement.Sid is { } sid)
        {
            json["Sid"] = sid;
        }

        json.Add("Effect", statement.Effect);
        json.Add("Action", new JArray(statement.Actions));
        json.Add("Resource", new JArray(statement.Resources.Select(r => sizing is not null && IsReference(r) ? new string('x', sizing.ReferenceLength) : r)));
        if (statement.Conditions.Count > 0)
        {
            json["Condition"] = new JObject(statement.Conditions
                .GroupBy(c => c.Test, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new JProperty(g.Key, new JObject(g.OrderBy(c => c.Variable, StringComparer.Ordinal).Select(c => new JProperty(c.Variable, new JArray(c.Values)))))));
        }

        return json;
    }

    private static string ConditionKey(IReadOnlyList<PackedCondition> conditions) =>
        string.Join("\n", conditions
            .Select(c => $"{c.Test}\t{c.Variable}\t{string.Join("\t", c.Values.Order(StringComparer.Ordinal))}")
            .Order(StringComparer.Ordinal));

    // Merges statements of the same effect and conditions: each (action, resource) pair keeps the reasons of the
    // statements that granted it, and the pairs regroup into whichever of the two groupings is smaller.
    private static List<PackableStatement> Merge(IReadOnlyList<PackableStatement> statements, IamPolicyQuotas quotas)
    {
        // One spelling per action (IAM reads actions case-insensitively): the ordinal first.
        var spelling = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var action in statements.SelectMany(s => s.Actions).Order(StringComparer.Ordinal))
        {
            spelling.TryAdd(action, action);
        }

        var reasons = new List<string>();
        var reasonIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var groups = new SortedDictionary<string, (PackableStatement First, Dictionary<(string Resource, string Action), SortedSet<int>> Pairs)>(StringComparer.Ordinal);
        foreach (var statement in statements.Where(s => s.Sid is null))
        {
            if (!reasonIds.TryGetValue(statement.Reason, out var reasonId))
            {
                reasonIds[statement.Reason] = reasonId = reasons.Count;
                reasons.Add(statement.Reason);
            }

            var key = $"{statement.Effect}\n{ConditionKey(statement.Conditions)}";
            if (!groups.TryGetValue(key, out var group))
            {
                groups[key] = group = (statement, []);
            }

            foreach (var resource in statement.Resources)
            {
                foreach (var action in statement.Actions)
                {
                    var pair = (resource, spelling[action]);
                    if (!group.Pairs.TryGetValue(pair, out var ids))
                    {
                        group.Pairs[pair] = ids = [];
                    }

                    ids.Add(reasonId);
                }
            }
        }

        // A named statement stays as written, so reviewers and rules find it by its id.
        var merged = statements.Where(s => s.Sid is not null).OrderBy(s => s.Sid, StringComparer.Ordinal).ToList();
        foreach (var (_, (first, pairs)) in groups)
        {
            var conditions = first.Conditions.OrderBy(c => c.Test, StringComparer.Ordinal).ThenBy(c => c.Variable, StringComparer.Ordinal).ToList();
            var byResource = Regroup(pairs, p => p.Resource, p => p.Action, first.Effect, conditions, reasons, resourcesFirst: true);
            var byAction = Regroup(pairs, p => p.Action, p => p.Resource, first.Effect, conditions, reasons, resourcesFirst: false);
            var smaller = byAction.Sum(s => Size(s, quotas)) < byResource.Sum(s => Size(s, quotas)) ? byAction : byResource;
            merged.AddRange(smaller);
        }

        return merged;
    }

    // Groups the pairs by one side (a resource or an action) and then the sides with the same set of partners.
    private static List<PackableStatement> Regroup(
        Dictionary<(string Resource, string Action), SortedSet<int>> pairs,
        Func<(string Resource, string Action), string> side,
        Func<(string Resource, string Action), string> partner,
        string effect,
        IReadOnlyList<PackedCondition> conditions,
        IReadOnlyList<string> reasons,
        bool resourcesFirst)
    {
        var partners = new Dictionary<string, (SortedSet<string> Partners, SortedSet<int> Reasons)>(StringComparer.Ordinal);
        foreach (var (pair, ids) in pairs)
        {
            var key = side(pair);
            if (!partners.TryGetValue(key, out var entry))
            {
                partners[key] = entry = (new SortedSet<string>(StringComparer.Ordinal), []);
            }

            entry.Partners.Add(partner(pair));
            entry.Reasons.UnionWith(ids);
        }

        return partners
            .GroupBy(p => string.Join("\n", p.Value.Partners), StringComparer.Ordinal)
            .Select(g =>
            {
                var sides = g.Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
                var others = g.First().Value.Partners.ToList();
                var reasonText = string.Join(" | ", g.SelectMany(p => p.Value.Reasons).Distinct().Order().Select(i => reasons[i]));
                return new PackableStatement
                {
                    Effect = effect,
                    Actions = resourcesFirst ? others : sides,
                    Resources = resourcesFirst ? sides : others,
                    Conditions = conditions,
                    Reason = reasonText,
                };
            })
            .OrderBy(s => s.Resources[0], StringComparer.Ordinal)
            .ThenBy(s => string.Join(",", s.Actions), StringComparer.Ordinal)
            .ToList();
    }

    // One inline policy when everything fits the inline quota, else managed policies (first fit, largest first); null
    // when the role's remaining attachments cannot hold them.
    private static PolicyPack? Fit(string role, IReadOnlyList<PackableStatement> statements, IamPolicyQuotas quotas, int attachedAlready, bool generalized)
    {
        var sizes = statements.Select(s => Size(s, quotas)).ToList();
        var total = DocumentSize(sizes);
        if (total <= quotas.InlineTotal)
        {
            return new PolicyPack(role, new PackedPolicy($"{role}-ledger", statements, total), [], generalized);
        }

        var capacity = quotas.ManagedPolicy - DocumentOverhead;
        var pieces = new List<(PackableStatement Statement, int Size, string Json)>();
        foreach (var statement in statements)
        {
            foreach (var piece in Split(statement, capacity, quotas))
            {
                pieces.Add((piece, Size(piece, quotas), Render(piece, null).ToString(Formatting.None)));
            }
        }

        if (pieces.Any(p => p.Size > capacity))
        {
            return null;
        }

        var bins = new List<(int Used, List<(PackableStatement Statement, string Json)> Statements)>();
        foreach (var piece in pieces.OrderByDescending(p => p.Size).ThenBy(p => p.Json, StringComparer.Ordinal))
        {
            var index = bins.FindIndex(b => b.Used + 1 + piece.Size <= capacity);
            if (index < 0)
            {
                bins.Add((piece.Size, [(piece.Statement, piece.Json)]));
            }
            else
            {
                bins[index].Statements.Add((piece.Statement, piece.Json));
                bins[index] = (bins[index].Used + 1 + piece.Size, bins[index].Statements);
            }
        }

        if (bins.Count > quotas.ManagedPerRole - attachedAlready)
        {
            return null;
        }

        var managed = bins.Select((b, i) =>
        {
            var ordered = b.Statements.OrderBy(s => s.Json, StringComparer.Ordinal).Select(s => s.Statement).ToList();
            return new PackedPolicy($"{role}-ledger-{(i + 1).ToString(CultureInfo.InvariantCulture)}", ordered, DocumentSize(ordered.Select(s => Size(s, quotas)).ToList()));
        }).ToList();
        return new PolicyPack(role, null, managed, generalized);
    }

    // A statement larger than one managed policy becomes several with the same actions, each holding a run of its resources.
    private static IEnumerable<PackableStatement> Split(PackableStatement statement, int capacity, IamPolicyQuotas quotas)
    {
        if (Size(statement, quotas) <= capacity || statement.Resources.Count < 2)
        {
            yield return statement;
            yield break;
        }

        var empty = Size(statement with { Resources = [] }, quotas);
        var chunk = new List<string>();
        var used = empty;
        foreach (var resource in statement.Resources)
        {
            var cost = Size(statement with { Resources = [resource] }, quotas) - empty + (chunk.Count > 0 ? 1 : 0);
            if (chunk.Count > 0 && used + cost > capacity)
            {
                yield return statement with { Resources = chunk };
                chunk = [];
                used = empty;
                cost -= 1;
            }

            chunk.Add(resource);
            used += cost;
        }

        yield return statement with { Resources = chunk };
    }

    // Replaces, in each Allow statement, every two or more names that share their first `depth` words after the
    // stack's prefix (and what follows the stack's name) with one pattern; null when nothing changes.
    private static List<PackableStatement>? Generalize(IReadOnlyList<PackableStatement> statements, NamingShape naming, int depth)
    {
        var changed = false;
        var result = new List<PackableStatement>();
        foreach (var statement in statements)
        {
            if (statement.Effect != "Allow")
            {
                result.Add(statement);
                continue;
            }

            var clusters = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
            var kept = new List<string>();
            foreach (var resource in statement.Resources)
            {
                if (Pattern(resource, naming, depth) is { } pattern)
                {
                    if (!clusters.TryGetValue(pattern, out var members))
                    {
                        clusters[pattern] = members = [];
                    }

                    members.Add(resource);
                }
                else
                {
                    kept.Add(resource);
                }
            }

            foreach (var (pattern, members) in clusters)
            {
                if (members.Count < 2)
                {
                    kept.AddRange(members);
                    continue;
                }

                changed = true;
                result.Add(statement with
                {
                    Resources = [pattern],
                    Reason = $"Generalized to the name pattern {pattern} so that the role's policies fit IAM's size quotas, from the grants on {string.Join(", ", members)}: {statement.Reason}",
                });
            }

            if (kept.Count > 0)
            {
                result.Add(statement with { Resources = kept });
            }
        }

        return changed ? result : null;
    }

    // How many words after the stack's prefix a name has before the stack's name, or -1 when it has not the stack's shape.
    private static int Depth(string resource, NamingShape naming)
    {
        if (Shape(resource, naming) is not { } shape)
        {
            return -1;
        }

        var depth = 0;
        for (var i = shape.Start; i < shape.Stack; i++)
        {
            if (shape.Resource[i] == '-')
            {
                depth++;
            }
        }

        return depth;
    }

    // The pattern a name falls under at `depth`: its ARN up to the end of the depth-th word after the prefix, '*', and
    // from the stack's name on; null when the name has no such word or not the stack's shape.
    private static string? Pattern(string resource, NamingShape naming, int depth)
    {
        if (Shape(resource, naming) is not { } shape)
        {
            return null;
        }

        var end = shape.Start;
        for (var word = 0; word < depth; word++)
        {
            var dash = resource.IndexOf('-', end);
            if (dash < 0 || dash >= shape.Stack)
            {
                return null;
            }

            end = dash + 1;
        }

        if (resource.AsSpan(0, end).IndexOfAny('*', '?') >= 0)
        {
            return null;
        }

        return string.Concat(resource.AsSpan(0, end), "*", resource.AsSpan(shape.Stack));
    }

    // Where in an ARN the purpose of a name of the stack's shape starts (after "<prefix>-") and where "-<stack>"
    // starts; null for references, non-ARNs, ARNs with a wildcard before the name, and other names.
    private static (string Resource, int Start, int Stack)? Shape(string resource, NamingShape naming)
    {
        if (IsReference(resource) || !resource.StartsWith("arn:", StringComparison.Ordinal))
        {
            return null;
        }

        // arn:partition:service:region:account: fixed, wildcard-free, so a pattern stays in one service, region and account.
        var colon = -1;
        for (var field = 0; field < 5; field++)
        {
            colon = resource.IndexOf(':', colon + 1);
            if (colon < 0)
            {
                return null;
            }
        }

        var head = resource.AsSpan(0, colon + 1);
        if (head.IndexOfAny('*', '?') >= 0)
        {
            return null;
        }

        var prefix = naming.Prefix + "-";
        var start = -1;
        for (var at = resource.IndexOf(prefix, colon + 1, StringComparison.Ordinal); at >= 0; at = resource.IndexOf(prefix, at + 1, StringComparison.Ordinal))
        {
            // The prefix starts a name: after the resource type's separator or a path's slash, never inside a word.
            if (resource[at - 1] is ':' or '/')
            {
                start = at + prefix.Length;
                break;
            }
        }

        if (start < 0 || resource.AsSpan(colon + 1, start - colon - 1).IndexOfAny('*', '?') >= 0)
        {
            return null;
        }

        var marker = "-" + naming.Stack;
        for (var at = resource.LastIndexOf(marker, StringComparison.Ordinal); at >= start; at = at == 0 ? -1 : resource.LastIndexOf(marker, at - 1, StringComparison.Ordinal))
        {
            var after = at + marker.Length;
            if (after == resource.Length || resource[after] is '-' or '/' or ':')
            {
                return (resource, start, at);
            }
        }

        return null;
    }
}
