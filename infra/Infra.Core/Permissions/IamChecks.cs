namespace Infra.Permissions;

/// <summary>
/// Checks of IAM grants against the service authorization catalog, as plain functions over (action, resource)
/// lists so that ledgers and the statements components build are checked alike. AWS-managed policies and KMS key
/// policies (where <c>Resource: "*"</c> means the key itself) are not passed here.
/// </summary>
public static class IamChecks
{
    /// <summary>Rule id: every action exists in the catalog.</summary>
    public const string CatalogRuleId = "IAM-CATALOG";

    /// <summary>Rule id: no wildcard action, no <c>Resource: "*"</c> for an action that takes resource-level permissions.</summary>
    public const string LeastRuleId = "IAM-LEAST";

    private const int ShownExpansion = 12;

    /// <summary>The grants of a ledger, each with its file and line as origin.</summary>
    public static IReadOnlyList<PolicyGrant> GrantsOf(EvidenceLedger ledger) =>
        ledger.Grants.Select(g => new PolicyGrant(g.Action, g.Resource, $"{ledger.DisplayName}:{g.Line}")).ToList();

    /// <summary>IAM-CATALOG: actions (or patterns matching nothing) that the catalog does not know, with a "did you mean".</summary>
    public static IReadOnlyList<PermissionFinding> FindUnknownActions(IamCatalog catalog, IEnumerable<PolicyGrant> grants) =>
        grants.Where(g => !catalog.Exists(g.Action))
            .Select(g => new PermissionFinding(CatalogRuleId, g, (catalog.Suggest(g.Action) is { } s ? $"is not an IAM action (did you mean '{s}'?)" : "is not an IAM action")
                + ": fix the spelling; the catalog is infra/IamCatalog/actions.tsv, regenerated from the AWS service authorization reference"))
            .ToList();

    /// <summary>IAM-LEAST: wildcard actions, and <c>"*"</c> resources where the action could be scoped, each with the narrower form.</summary>
    public static IReadOnlyList<PermissionFinding> FindBroadGrants(IamCatalog catalog, IEnumerable<PolicyGrant> grants)
    {
        var findings = new List<PermissionFinding>();
        foreach (var grant in grants)
        {
            if (IamCatalog.IsWildcard(grant.Action))
            {
                var expanded = catalog.Expand(grant.Action);
                var shown = string.Join(", ", expanded.Take(ShownExpansion).Select(a => a.Action)) + (expanded.Count > ShownExpansion ? $", ... ({expanded.Count} in all)" : string.Empty);
                findings.Add(new PermissionFinding(LeastRuleId, grant, $"is a wildcard that grants {expanded.Count} actions ({shown}): list only the actions the role needs, each with its evidence"));
                continue;
            }

            if (grant.Resource.Trim() == "*" && catalog.Find(grant.Action) is { ResourceLevel: true } entry)
            {
                findings.Add(new PermissionFinding(LeastRuleId, grant, $"is granted on \"*\" but can be scoped to its resources: write resource \"{NarrowerResource(entry)}\" with the name the role needs"));
            }
        }

        return findings;
    }

    /// <summary>The catalog's ARN pattern in ledger form: <c>${Region}</c> becomes <c>${region}</c>, a name variable becomes <c>&lt;Name&gt;</c>.</summary>
    public static string NarrowerResource(CatalogAction entry) =>
        System.Text.RegularExpressions.Regex.Replace(
            entry.ResourceArn.Replace("${Partition}", "aws", StringComparison.Ordinal).Replace("${Region}", "${region}", StringComparison.Ordinal).Replace("${Account}", "${account}", StringComparison.Ordinal),
            @"\$\{(?!region\}|account\})([A-Za-z0-9]+)\}",
            "<$1>");
}
