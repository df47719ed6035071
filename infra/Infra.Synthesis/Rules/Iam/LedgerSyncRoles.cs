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
        var stacks = config.Stacks.Select(s => app.Build(s, repositoryRoot)).ToList();
        var roles = stacks.SelectMany(s => Of(s, table, stacks.FirstOrDefault(l => l.Name == s.Config.ProjectFile.PromotedFrom(s.Name)))).ToList();
        return LedgerSync.Plan(EvidenceLedger.LoadAll(Path.Combine(repositoryRoot, EvidenceLedger.Folder)), roles, today);
    }

    /// <summary>
    /// One <see cref="LedgerSyncRole"/> per CI role of <paramref name="stack"/>, in bootstrap order; with
    /// <paramref name="lower"/>, the stack it is promoted from, the promotion's reads of that stack's bucket too,
    /// judged against that stack's bucket and key policies as IAM-COVERAGE judges them.
    /// </summary>
    public static IReadOnlyList<LedgerSyncRole> Of(Stack stack, RequirementTable table, Stack? lower = null)
    {
        var arns = new ResourceArns(table, stack);
        var resourcePolicies = IamCoverageRule.ResourcePolicies(stack, arns);
        var calls = CiRoleCalls.Of(stack, table, arns).ToList();
        if (lower is not null)
        {
            var lowerArns = new ResourceArns(table, lower);
            calls.AddRange(DriverCalls.FromLower(lower, lowerArns, stack.App?.PromotionReaderRoles ?? []));
            resourcePolicies = [.. resourcePolicies, .. IamCoverageRule.ResourcePolicies(lower, lowerArns)];
        }

        // A ledger names a bootstrap key by the component that makes it ('${state-key.arn}').
        var references = stack.Bootstrap.ResourcesOf<EncryptionKey>()
            .ToDictionary(k => arns.Arn(k.Key), k => k.Name + ".arn", StringComparer.Ordinal);
        var roles = new List<LedgerSyncRole>();
        foreach (var role in stack.Bootstrap.ResourcesOf<GithubActionsRole>())
        {
            var ledgerRole = role.Ledgers[0].Role;
            var roleArn = arns.Arn(role.Role);
            var evaluator = IamCoverageRule.RoleEvaluator(role, stack, arns);
            bool IsAllowed(RequiredCall call)
            {
                var context = IamCoverageRule.RequestContext(call.Context);
                return evaluator.Evaluate(new IamRequest(call.Action, call.Resource, roleArn, stack.AccountId, context) { ResourceAccount = call.ResourceAccount }, resourcePolicies).IsAllowed;
            }

            roles.Add(new LedgerSyncRole(ledgerRole, stack.Name, stack.AccountId, stack.Region, calls.Where(c => CiRoleCalls.Makes(ledgerRole, c)).ToList(), IsAllowed, references) { Lower = role.LowerStack });
        }

        return roles;
    }
}
