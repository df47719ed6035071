namespace Infra.Tests.Architecture;

/// <summary>Checks a table of allowed dependencies (a layer to the layers it may use) and the uses found against it.</summary>
internal static class LayerGraph
{
    /// <summary>The uses of <paramref name="layer"/> that its entry in <paramref name="allowed"/> does not list (itself excepted).</summary>
    public static IEnumerable<string> Violations(IReadOnlyDictionary<string, string[]> allowed, string layer, IEnumerable<string> uses) =>
        uses.Where(used => used != layer && !allowed.GetValueOrDefault(layer, []).Contains(used, StringComparer.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);

    /// <summary>A cycle of the table as its layers in order (the first repeated at the end), or null when it has none.</summary>
    public static IReadOnlyList<string>? Cycle(IReadOnlyDictionary<string, string[]> allowed)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();
        foreach (var layer in allowed.Keys.Order(StringComparer.Ordinal))
        {
            if (Visit(layer) is { } cycle)
            {
                return cycle;
            }
        }

        return null;

        IReadOnlyList<string>? Visit(string layer)
        {
            var open = path.IndexOf(layer);
            if (open >= 0)
            {
                return [.. path.Skip(open), layer];
            }

            if (!done.Add(layer))
            {
                return null;
            }

            path.Add(layer);
            foreach (var used in allowed.GetValueOrDefault(layer, []).Order(StringComparer.Ordinal))
            {
                if (Visit(used) is { } cycle)
                {
                    return cycle;
                }
            }

            path.RemoveAt(path.Count - 1);
            return null;
        }
    }
}
