using Infra.Configuration;

namespace Infra.Permissions;

/// <summary>
/// Grows a role's evidence ledger from AccessDenied errors (<c>infra permissions add</c>): only a missing grant on
/// that very role is written, scoped to the resource the error shows, with the error as evidence. Anything else is
/// refused with where the fix belongs, and the ledger is left untouched: all denials are judged before any is written.
/// </summary>
public static class LedgerGrowth
{
    /// <summary>
    /// Adds the grants that <paramref name="errorText"/> shows <paramref name="logicalRole"/> is missing.
    /// Throws <see cref="InfraException"/>: exit 2 for text without a denial or an unknown role, exit 1 when a denial's
    /// fix is not a grant on this role (explicit deny, SCP, boundary, session or resource policy, another principal,
    /// no action named).
    /// </summary>
    public static IReadOnlyList<LedgerAddition> Add(
        string repositoryRoot, ProjectConfig config, string logicalRole, string errorText, DateOnly today, string? source = null, IamCatalog? catalog = null)
    {
        var path = EvidenceLedger.PathFor(repositoryRoot, logicalRole);
        if (!File.Exists(path))
        {
            var known = EvidenceLedger.LoadAll(Path.Combine(repositoryRoot, EvidenceLedger.Folder)).Select(l => l.Role);
            var hint = Suggestions.Closest(logicalRole, known);
            throw new InfraException($"{EvidenceLedger.Folder}/{logicalRole}.yaml: no evidence ledger for role '{logicalRole}'"
                + (hint is null ? string.Empty : $" (did you mean '{hint}'?)")
                + $". Known roles: {string.Join(", ", known)}. Pass one of them to --role. The ledgers were not changed.");
        }

        var ledger = EvidenceLedger.Load(path);
        var denials = AccessDeniedParser.Parse(errorText);
        if (denials.All(d => d.Reason is DenialReason.NotAuthorizationError or DenialReason.Unparseable))
        {
            throw new InfraException($"--from-error: no AWS authorization failure could be read ({DenialAdvice.WhyNotAGrant(denials[0])}). {ledger.DisplayName} was not changed.");
        }

        var grants = new List<(AccessDenial Denial, LedgerGrant Grant)>();
        var refusals = new List<string>();
        foreach (var denial in denials)
        {
            var refusal = DenialAdvice.WhyNotAGrant(denial) ?? CheckPrincipal(config, logicalRole, denial);
            if (refusal is not null)
            {
                refusals.Add($"{string.Join(", ", denial.Actions.DefaultIfEmpty("(no action)"))}: {refusal}");
                continue;
            }

            var stack = config.Stack(RoleNames.Split(denial.PrincipalRoleName!, config.Stacks)!.Value.Stack);
            foreach (var seen in denial.Actions)
            {
                var action = seen;
                var resource = denial.Resource is null ? "*" : LedgerPlaceholders.Abstract(denial.Resource, stack.AccountId, stack.Region, stack.StackName);
                if (catalog is not null)
                {
                    var entry = catalog.Find(seen);
                    if (entry is null)
                    {
                        refusals.Add($"{seen}: is not in the IAM catalog" + (catalog.Suggest(seen) is { } s ? $" (did you mean '{s}'?)" : string.Empty) + "; check the error text");
                        continue;
                    }

                    action = entry.Action;
                    resource = entry.ResourceLevel ? resource : "*";
                }

                grants.Add((denial, new LedgerGrant(action, resource, denial.Text, today, source)));
            }
        }

        if (refusals.Count > 0)
        {
            throw new InfraException(
                $"{ledger.DisplayName} was not changed: {(refusals.Count == 1 ? "this error is" : "these errors are")} not fixed by a grant on role '{logicalRole}':\n  - "
                + string.Join("\n  - ", refusals), ExitCodes.CheckFailed);
        }

        var additions = new List<LedgerAddition>();
        foreach (var (denial, grant) in grants)
        {
            var added = !ledger.Contains(grant);
            ledger = ledger.Append(grant);
            additions.Add(new LedgerAddition(denial, grant, added));
        }

        return additions;
    }

    private static string? CheckPrincipal(ProjectConfig config, string logicalRole, AccessDenial denial)
    {
        if (denial.Principal is null)
        {
            return "the error names no principal, so it cannot be tied to this role: paste the full message, which starts 'User: arn:aws:sts::<account>:assumed-role/<role>/...'";
        }

        var example = RoleNames.PerStack(config.Stacks[0], logicalRole);
        if (denial.PrincipalRoleName is not { } roleName)
        {
            return $"the denied principal {denial.Principal} is not a role: this ledger grants role {example} and its twins in the other stacks";
        }

        if (RoleNames.Split(roleName, config.Stacks) is not { } split)
        {
            return $"the denied role {roleName} is not one of this project's roles ({string.Join(", ", config.Stacks.Select(RoleNames.FormIn))})";
        }

        if (split.LogicalRole != logicalRole)
        {
            return $"the denied role is {roleName}, the logical role '{split.LogicalRole}', not '{logicalRole}': run again with --role {split.LogicalRole} if that role needs it";
        }

        var stack = config.Stack(split.Stack);
        if (denial.PrincipalAccount != stack.AccountId)
        {
            return $"the denied role {roleName} is in account {denial.PrincipalAccount}, but {stack.FileName} puts stack '{stack.StackName}' in account {stack.AccountId}: this role is not the project's";
        }

        return null;
    }
}
