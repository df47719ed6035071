using System.Collections.Concurrent;
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
    private static readonly ConcurrentDictionary<string, IamCatalog> Catalogs = new(StringComparer.Ordinal);

    /// <summary>The stack's grants, each with the resource that carries it.</summary>
    public static IEnumerable<(Resource Owner, PolicyGrant Grant)> Of(Stack stack)
    {
        foreach (var (policy, statement) in RuleGraph.IdentityStatements(stack).Where(s => s.Statement.Effect == "Allow"))
        {
            var resources = statement.Resources.Count == 0 ? ["*"] : statement.Resources.Select(r => r.Value ?? "<reference>").ToList();
            foreach (var action in statement.Actions)
            {
                foreach (var resource in resources.Distinct())
                {
                    yield return (policy, new PolicyGrant(action, resource, $"{policy.Path} {RuleGraph.Label(statement)}"));
                }
            }
        }

        foreach (var user in stack.Roots.SelectMany(r => r.Resources).OfType<IEvidenceLedgerUser>())
        {
            foreach (var grant in user.Ledgers.SelectMany(IamChecks.GrantsOf))
            {
                yield return ((Resource)user, grant);
            }
        }
    }

    /// <summary>The IAM catalog of the stack's repository, read once per process.</summary>
    public static IamCatalog Catalog(Stack stack) =>
        Catalogs.GetOrAdd(Path.GetFullPath(Path.Combine(stack.Config.RepositoryRoot, IamCatalog.RelativePath)), IamCatalog.Load);
}
