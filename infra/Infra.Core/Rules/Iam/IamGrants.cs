using Infra.Components;
using Infra.Model;
using Infra.Permissions;

namespace Infra.Rules;

/// <summary>
/// The grants rules IAM-CATALOG and IAM-LEAST check: every (action, resource) of the inline role policies the
/// components build and of the evidence ledgers. Managed policy attachments are not expanded (IAM-EVIDENCE requires
/// their reason), and KMS key policies are out of scope (there <c>Resource: "*"</c> means the key itself).
/// </summary>
internal static class IamGrants
{
    /// <summary>
    /// The findings of <paramref name="check"/> over every grant of the stack, each with the resource that carries
    /// the grant: the check runs once over all of them, not once per grant.
    /// </summary>
    public static IEnumerable<(Resource Owner, PermissionFinding Finding)> Check(RuleContext context, Func<IamCatalog, IEnumerable<PolicyGrant>, IReadOnlyList<PermissionFinding>> check)
    {
        var grants = context.Grants;
        if (grants.Count == 0)
        {
            return [];
        }

        var findings = check(context.Catalog.Value, grants.Select(g => g.Grant));
        if (findings.Count == 0)
        {
            return [];
        }

        var owners = new Dictionary<PolicyGrant, Resource>(ReferenceEqualityComparer.Instance);
        foreach (var (owner, grant) in grants)
        {
            owners.TryAdd(grant, owner);
        }

        return findings.Select(f => (owners[f.Grant], f)).ToList();
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

        foreach (var user in stack.Roots.SelectMany(r => r.Resources).OfType<IEvidenceLedgerUser>())
        {
            foreach (var grant in user.Ledgers.SelectMany(IamChecks.GrantsOf))
            {
                grants.Add(((Resource)user, grant));
            }
        }

        return grants;
    }
}
