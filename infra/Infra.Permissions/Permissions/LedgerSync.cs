namespace Infra.Permissions;

/// <summary>
/// <c>infra permissions sync</c>: keeps each ledger's <c>required</c> grants equal to what the stacks need. Every call
/// a CI role makes (<see cref="CiRoleCalls"/>) that its policy does not allow becomes a required grant, its resource
/// written back in placeholder form; each required grant lists the calls whose grant it is (same action, resource and
/// passed-to service), over all stacks since a ledger serves them all; a new grant only some of the role's stacks
/// need is scoped to them (<c>stacks:</c>); a required grant no call needs any more is stale. Observed evidence is
/// never added, changed or removed: a grant that has it loses at most its required list.
/// </summary>
public static class LedgerSync
{
    /// <summary>What to change in each of <paramref name="ledgers"/>, new grants dated <paramref name="today"/>; nothing is written.</summary>
    public static IReadOnlyList<LedgerChanges> Plan(IReadOnlyList<EvidenceLedger> ledgers, IReadOnlyList<LedgerSyncRole> roles, DateOnly today) =>
        ledgers.Select(ledger => PlanOne(ledger, roles.Where(r => r.LedgerRole == ledger.Role).ToList(), today)).ToList();

    /// <summary>
    /// Writes <paramref name="changes"/> into their ledgers (one atomic write per ledger that changes), removing the
    /// prunable stale grants only when <paramref name="prune"/> is set; returns the ledgers as written.
    /// </summary>
    public static IReadOnlyList<EvidenceLedger> Apply(IReadOnlyList<LedgerChanges> changes, bool prune)
    {
        var written = new List<EvidenceLedger>();
        foreach (var change in changes)
        {
            var removals = prune ? change.Prunable.Select(g => g.Line).ToHashSet() : [];
            if (change.Additions.Count == 0 && change.Updates.Count == 0 && removals.Count == 0)
            {
                written.Add(change.Ledger);
                continue;
            }

            var updates = change.Updates.Where(u => !removals.Contains(u.Grant.Line)).ToDictionary(u => u.Grant.Line, u => u.Required);
            written.Add(change.Ledger.Rewrite(updates, removals, change.Additions));
        }

        return written;
    }

    /// <summary>
    /// The ledger form of <paramref name="call"/>'s resource in <paramref name="role"/>'s stack: a known reference as
    /// <c>${name}</c>, otherwise the account, region and stack (and the lower stack's, for a resource in its account) as
    /// placeholders and each value unknown until apply as <c>*</c>.
    /// </summary>
    public static string LedgerResource(RequiredCall call, LedgerSyncRole role) =>
        role.References.TryGetValue(call.Resource, out var reference)
            ? "${" + reference + "}"
            : ResourceArnTokens.Wildcarded(LedgerPlaceholders.Abstract(call.Resource, role.AccountId, role.Region, role.StackName, role.Lower));

    /// <summary>The one service a PassRole call passes the role to, which its grant is limited to; null for other calls.</summary>
    public static string? PassedToService(RequiredCall call) =>
        call.Context.TryGetValue("iam:PassedToService", out var service) && service.Count == 1 ? service[0] : null;

    private static LedgerChanges PlanOne(EvidenceLedger ledger, IReadOnlyList<LedgerSyncRole> roles, DateOnly today)
    {
        // The stacks the ledger's role exists in, in order: a new grant some of them do not need is scoped to the others.
        var ledgerStacks = roles.Select(r => r.StackName).Distinct(StringComparer.Ordinal).ToList();
        var needed = new Dictionary<string, Needed>(StringComparer.Ordinal);
        foreach (var role in roles)
        {
            foreach (var call in role.Calls)
            {
                var resource = LedgerResource(call, role);
                var service = PassedToService(call);
                var key = Key(call.Action, resource, service);
                if (!needed.TryGetValue(key, out var entry))
                {
                    needed[key] = entry = new Needed(call.Action, resource, service);
                }

                entry.Requirers.Add(GrantRequirer.Of(call));
                entry.Stacks.Add(role.StackName);
                entry.Refused |= !role.IsAllowed(call);
            }
        }

        var additions = new List<LedgerGrant>();
        var updates = new List<RequirerUpdate>();
        var stale = new List<LedgerGrant>();
        var held = ledger.Grants.Select(g => Key(g.Action, g.Resource, g.PassedToService)).ToHashSet(StringComparer.Ordinal);
        foreach (var grant in ledger.Grants.Where(g => g.IsRequired))
        {
            if (!needed.TryGetValue(Key(grant.Action, grant.Resource, grant.PassedToService), out var entry))
            {
                // Observed evidence keeps a grant that no call needs any more: only its list of calls goes.
                if (grant.IsObserved)
                {
                    updates.Add(new RequirerUpdate(grant, []));
                }
                else
                {
                    stale.Add(grant);
                }
            }
            else if (!entry.Sorted.SequenceEqual(grant.Required!))
            {
                updates.Add(new RequirerUpdate(grant, entry.Sorted));
            }
        }

        foreach (var (key, entry) in needed.OrderBy(n => n.Value.Action, StringComparer.Ordinal).ThenBy(n => n.Value.Resource, StringComparer.Ordinal).ThenBy(n => n.Value.PassedToService, StringComparer.Ordinal))
        {
            if (entry.Refused && !held.Contains(key))
            {
                // Least privilege across accounts: a grant only some stacks need is written for those only.
                var stacks = entry.Stacks.Count < ledgerStacks.Count ? ledgerStacks.Where(entry.Stacks.Contains).ToList() : null;
                additions.Add(new LedgerGrant(entry.Action, entry.Resource, string.Empty, today, PassedToService: entry.PassedToService, Required: entry.Sorted, Stacks: stacks));
            }
        }

        return new LedgerChanges(ledger, additions, updates, stale);
    }

    // IAM actions are case-insensitive; resources and services are not.
    private static string Key(string action, string resource, string? service) =>
        action.ToLowerInvariant() + "\n" + resource + "\n" + service;

    private sealed class Needed(string action, string resource, string? service)
    {
        private List<GrantRequirer>? sorted;

        public string Action { get; } = action;

        public string Resource { get; } = resource;

        public string? PassedToService { get; } = service;

        public HashSet<GrantRequirer> Requirers { get; } = [];

        public HashSet<string> Stacks { get; } = new(StringComparer.Ordinal);

        public bool Refused { get; set; }

        public IReadOnlyList<GrantRequirer> Sorted => sorted ??= Requirers.Order(Comparer<GrantRequirer>.Create(GrantRequirer.Compare)).ToList();
    }
}
