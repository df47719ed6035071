using Infra.Components;
using Infra.Configuration;
using Infra.Model;
using Infra.Permissions;

namespace Infra.Rules;

/// <summary>
/// The CI roles of a built stack as <c>infra permissions sync</c> sees them: the calls each makes and, for each, whether
/// its generated policy allows it, decided by the same evaluator and resource policies as IAM-COVERAGE.
/// </summary>
public static class LedgerSyncRoles
{
    /// <summary>
    /// What <c>infra permissions sync</c> would change in the ledgers of <paramref name="repositoryRoot"/>: every stack is
    /// built by <paramref name="app"/> as synth builds it (without the benchmark's synthetic services, which must never reach a ledger file), and
    /// the ledgers are read from their files.
    /// </summary>
    public static IReadOnlyList<LedgerChanges> PlanRepository(IInfraApp app, string repositoryRoot, DateOnly today)
    {
        var config = ProjectConfig.Load(repositoryRoot);
        var table = RequirementTable.Load(repositoryRoot, IamCatalog.Load(Path.GetFullPath(Path.Combine(repositoryRoot, IamCatalog.RelativePath))));
        var roles = config.Stacks.SelectMany(s => Of(app.Build(s, repositoryRoot), table)).ToList();
        return LedgerSync.Plan(EvidenceLedger.LoadAll(Path.Combine(repositoryRoot, EvidenceLedger.Folder)), roles, today);
    }

    /// <summary>One <see cref="LedgerSyncRole"/> per CI role of <paramref name="stack"/>, in bootstrap order.</summary>
    public static IReadOnlyList<LedgerSyncRole> Of(Stack stack, RequirementTable table)
    {
        var arns = new ResourceArns(table, stack);
        var resourcePolicies = IamCoverageRule.ResourcePolicies(stack, arns);
        var calls = CiRoleCalls.Of(stack, table, arns).ToList();

        // A ledger names a bootstrap key by the component that makes it ('${state-key.arn}').
        var references = stack.Bootstrap.ResourcesOf<EncryptionKey>()
            .ToDictionary(k => arns.Arn(k.Key), k => k.Name + ".arn", StringComparer.Ordinal);
        var roles = new List<LedgerSyncRole>();
        foreach (var role in stack.Bootstrap.ResourcesOf<GithubActionsRole>())
        {
            var ledgerRole = role.Ledgers[0].Role;
            var roleArn = arns.Arn(role.Role);
            var evaluator = IamCoverageRule.RoleEvaluator(role, stack, arns);
            var deploys = CiRoleCalls.Deploys(ledgerRole);
            bool IsAllowed(RequiredCall call)
            {
                var context = IamCoverageRule.RequestContext(call.Context);
                return evaluator.Evaluate(new IamRequest(call.Action, call.Resource, roleArn, stack.AccountId, context), resourcePolicies).IsAllowed;
            }

            roles.Add(new LedgerSyncRole(ledgerRole, stack.Name, stack.AccountId, stack.Region, calls.Where(c => CiRoleCalls.Makes(deploys, c)).ToList(), IsAllowed, references));
        }

        return roles;
    }
}
