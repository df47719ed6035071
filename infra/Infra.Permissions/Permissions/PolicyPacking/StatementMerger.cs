namespace Infra.Permissions;

/// <summary>
/// Merges statements of the same effect and conditions into the fewest statements: resources granted the same
/// actions share one, or actions granted on the same resources do, whichever is smaller; reasons are kept.
/// </summary>
internal static class StatementMerger
{
    private static string ConditionKey(IReadOnlyList<PackedCondition> conditions) =>
        string.Join("\n", conditions
            .Select(c => $"{c.Test}\t{c.Variable}\t{string.Join("\t", c.Values.Order(StringComparer.Ordinal))}")
            .Order(StringComparer.Ordinal));

    // Merges statements of the same effect and conditions: each (action, resource) pair keeps the reasons of the
    // statements that granted it, and the pairs regroup into whichever of the two groupings is smaller.
    internal static List<PackableStatement> Merge(IReadOnlyList<PackableStatement> statements, IamPolicyQuotas quotas)
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
            var smaller = byAction.Sum(s => PolicyDocuments.Size(s, quotas)) < byResource.Sum(s => PolicyDocuments.Size(s, quotas)) ? byAction : byResource;
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
}
