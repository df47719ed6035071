using Infra.Permissions;

namespace Infra.Rules;

/// <summary>IAM-LEAST: No wildcard action (no '*', no 'service:*'), and Resource '*' only for actions that take no resource-level permission.</summary>
public sealed class IamLeastPrivilegeRule() : Rule(
    RuleId,
    "No wildcard action (no '*', no 'service:*'), and Resource '*' only for actions that take no resource-level permission.",
    "Wildcards grant actions nobody asked for, including those AWS adds later; '*' as a resource where a name fits grants every resource of the account.",
    checkovIds: ["CKV_AWS_63", "CKV_AWS_355"])
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "IAM-LEAST";

    private const int ShownExpansion = 12;

    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context)
    {
        foreach (var (owner, finding) in IamGrants.Check(context, FindBroadGrants))
        {
            yield return Finding(owner, $"{finding.Address}: {Id}: {finding.Message}");
        }
    }

    /// <summary>
    /// The wildcard actions among <paramref name="grants"/>, and <c>"*"</c> resources where the action could be scoped,
    /// each with the narrower form; each finding is at its grant's origin. AWS-managed policies and KMS key policies
    /// (where <c>Resource: "*"</c> means the key itself) are not passed here.
    /// </summary>
    public IReadOnlyList<RuleFinding> FindBroadGrants(IamCatalog catalog, IEnumerable<PolicyGrant> grants)
    {
        var findings = new List<RuleFinding>();
        foreach (var grant in grants)
        {
            if (IamCatalog.IsWildcard(grant.Action))
            {
                var expanded = catalog.Expand(grant.Action);
                var shown = string.Join(", ", expanded.Take(ShownExpansion).Select(a => a.Action)) + (expanded.Count > ShownExpansion ? $", ... ({expanded.Count} in all)" : string.Empty);
                findings.Add(Finding(grant.Origin, $"{grant.Action}: is a wildcard that grants {expanded.Count} actions ({shown}): list only the actions the role needs, each with its evidence"));
                continue;
            }

            if (grant.Resource.Trim() == "*" && catalog.Find(grant.Action) is { ResourceLevel: true } entry)
            {
                findings.Add(Finding(grant.Origin, $"{grant.Action}: is granted on \"*\" but can be scoped to its resources: {ScopingAdvice(entry)} with the name the role needs"));
            }
        }

        return findings;
    }

    /// <summary>
    /// What to write instead of <c>"*"</c>: the resource when one fits, each resource when the action always involves
    /// several (<c>kms:CreateAlias</c>: the alias and the key), the first with its alternatives when the action takes
    /// either of several (see <see cref="CatalogAction.ScopingResourceTypes"/>).
    /// </summary>
    public static string ScopingAdvice(CatalogAction entry)
    {
        var resources = NarrowerResources(entry);
        var quoted = resources.Select(r => $"\"{r}\"").ToList();
        if (quoted.Count == 1)
        {
            return $"write resource {quoted[0]}";
        }

        return entry.ScopingResourceTypes.Any(t => t.Required)
            ? $"write resources {string.Join(", ", quoted.Take(quoted.Count - 1))} and {quoted[^1]}"
            : $"write resource {quoted[0]} (or {string.Join(", or ", quoted.Skip(1))})";
    }

    /// <summary>The ARNs of the action's <see cref="CatalogAction.ScopingResourceTypes"/> in ledger form (see <see cref="NarrowerResource(string)"/>), without repeats.</summary>
    public static IReadOnlyList<string> NarrowerResources(CatalogAction entry) =>
        entry.ScopingResourceTypes.Select(t => NarrowerResource(t.ArnPattern)).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>A catalog ARN pattern in ledger form: <c>${Region}</c> becomes <c>${region}</c>, a name variable becomes <c>&lt;Name&gt;</c>.</summary>
    public static string NarrowerResource(string arnPattern) =>
        System.Text.RegularExpressions.Regex.Replace(
            arnPattern.Replace("${Partition}", "aws", StringComparison.Ordinal).Replace("${Region}", "${region}", StringComparison.Ordinal).Replace("${Account}", "${account}", StringComparison.Ordinal),
            @"\$\{(?!region\}|account\})([A-Za-z0-9]+)\}",
            "<$1>");
}
