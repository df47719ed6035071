namespace Infra.Permissions;

/// <summary>
/// Name patterns of the stack's shape (<c>function:2-1-bbws-service-*-dev</c>) that stand for several exact ARNs in
/// Allow statements; a pattern never spans services, resource types, accounts or regions.
/// </summary>
internal static class NamePatterns
{
    // Replaces, in each Allow statement, every two or more names that share their first `depth` words after the
    // stack's prefix (and what follows the stack's name) with one pattern; null when nothing changes.
    internal static List<PackableStatement>? Generalize(IReadOnlyList<PackableStatement> statements, NamingShape naming, int depth)
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
    internal static int Depth(string resource, NamingShape naming)
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
        if (PolicyPacker.IsReference(resource) || !resource.StartsWith("arn:", StringComparison.Ordinal))
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
