using Infra.Components;
using Infra.Model;
using Infra.Permissions;

namespace Infra.Rules;

/// <summary>
/// The grants rules IAM-CATALOG and IAM-LEAST check: every (action, resource) of the inline role policies the
/// components build and of the evidence ledgers. Managed policy attachments are not expanded (IAM-EVIDENCE requires
/// their reason), and KMS key policies are out of scope (there <c>Resource: "*"</c> means the key itself).
/// </summary>
public static class IamGrants
{
    /// <summary>The grants of a ledger, each with its file and line as origin.</summary>
    public static IReadOnlyList<PolicyGrant> GrantsOf(EvidenceLedger ledger) => GrantsOf(ledger, ledger.Grants);

    private static IReadOnlyList<PolicyGrant> GrantsOf(EvidenceLedger ledger, IEnumerable<LedgerGrant> grants) =>
        grants.Select(g => new PolicyGrant(g.Action, g.Resource, $"{ledger.DisplayName}:{g.Line}")).ToList();

    /// <summary>
    /// The findings of <paramref name="check"/> over the stack's grants, each with the resource that carries the
    /// grant: the check runs once per resource over all its grants, not once per grant.
    /// </summary>
    public static IEnumerable<(Resource Owner, RuleFinding Finding)> Check(RuleContext context, Func<IamCatalog, IEnumerable<PolicyGrant>, IReadOnlyList<RuleFinding>> check)
    {
        var grants = context.Grants;
        if (grants.Count == 0)
        {
            return [];
        }

        var catalog = context.Catalog.Value;

        // A resource's grants are listed together, so grouping keeps the findings in grant order.
        return grants.GroupBy(g => g.Owner, g => g.Grant, ReferenceEqualityComparer.Instance)
            .SelectMany(g => check(catalog, g).Select(f => ((Resource)g.Key!, f)))
            .ToList();
    }

    /// <summary>The stack's grants, each with the resource that carries it (listed once per <see cref="RuleContext"/>).</summary>
    public static IReadOnlyList<(Resource Owner, PolicyGrant Grant)> List(Stack stack)
    {
        var grants = new List<(Resource Owner, PolicyGrant Grant)>();
        foreach (var (policy, statement) in RuleGraph.IdentityStatements(stack))
        {
            if (statement.Effect != "Allow")
            {
                continue;
            }

            var origin = $"{policy.Path} {RuleGraph.Label(statement)}";
            var resources = statement.Resources.Count == 0 ? ["*"] : statement.Resources.Select(r => r.Value ?? "<reference>").Distinct().ToList();
            foreach (var action in statement.Actions)
            {
                foreach (var resource in resources)
                {
                    grants.Add((policy, new PolicyGrant(action, resource, origin)));
                }
            }
        }

        foreach (var user in stack.ResourcesOf<IEvidenceLedgerUser>())
        {
            // A grant scoped to other stacks grants nothing here.
            foreach (var grant in user.Ledgers.SelectMany(l => GrantsOf(l, l.GrantsIn(stack.Name))))
            {
                grants.Add(((Resource)user, grant));
            }
        }

        return grants;
    }
}
