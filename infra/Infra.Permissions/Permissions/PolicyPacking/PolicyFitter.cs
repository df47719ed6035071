using System.Globalization;
using Newtonsoft.Json;

namespace Infra.Permissions;

/// <summary>Fits merged statements into one inline policy or into the managed policies a role can still attach.</summary>
internal static class PolicyFitter
{
    // One inline policy when everything fits the inline quota, else managed policies (first fit, largest first); null
    // when the role's remaining attachments cannot hold them.
    internal static PolicyPack? Fit(string role, IReadOnlyList<PackableStatement> statements, IamPolicyQuotas quotas, int attachedAlready, bool generalized)
    {
        var sizes = statements.Select(s => PolicyDocuments.Size(s, quotas)).ToList();
        var total = PolicyDocuments.DocumentSize(sizes);
        if (total <= quotas.InlineTotal)
        {
            return new PolicyPack(role, new PackedPolicy($"{role}-ledger", statements, total), [], generalized);
        }

        var capacity = quotas.ManagedPolicy - PolicyDocuments.Overhead;
        var pieces = new List<(PackableStatement Statement, int Size, string Json)>();
        foreach (var statement in statements)
        {
            foreach (var piece in Split(statement, capacity, quotas))
            {
                pieces.Add((piece, PolicyDocuments.Size(piece, quotas), PolicyDocuments.Render(piece, null).ToString(Formatting.None)));
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
            return new PackedPolicy($"{role}-ledger-{(i + 1).ToString(CultureInfo.InvariantCulture)}", ordered, PolicyDocuments.DocumentSize(ordered.Select(s => PolicyDocuments.Size(s, quotas)).ToList()));
        }).ToList();
        return new PolicyPack(role, null, managed, generalized);
    }

    // A statement larger than one managed policy becomes several with the same actions, each holding a run of its resources.
    private static IEnumerable<PackableStatement> Split(PackableStatement statement, int capacity, IamPolicyQuotas quotas)
    {
        if (PolicyDocuments.Size(statement, quotas) <= capacity || statement.Resources.Count < 2)
        {
            yield return statement;
            yield break;
        }

        var empty = PolicyDocuments.Size(statement with { Resources = [] }, quotas);
        var chunk = new List<string>();
        var used = empty;
        foreach (var resource in statement.Resources)
        {
            var cost = PolicyDocuments.Size(statement with { Resources = [resource] }, quotas) - empty + (chunk.Count > 0 ? 1 : 0);
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
}
