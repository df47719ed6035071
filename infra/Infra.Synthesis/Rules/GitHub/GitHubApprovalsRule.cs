using Infra.Components;
using Infra.Resources.GitHub;

namespace Infra.Rules;

/// <summary>
/// GH-APPROVALS: a deployment to sit needs 2 distinct approvals and to prod 3, a rollback in either 2 (see
/// <see cref="ApprovalPolicy"/>); the approvals come from a chain of environments whose reviewer sets are pairwise
/// disjoint by user id and at most 6 each; a ruleset on the deploying branches requires at least one approving review.
/// </summary>
public sealed class GitHubApprovalsRule() : Rule(
    RuleId,
    "Deployments need 1/2/3 distinct approvals in dev/sit/prod and rollbacks 2 in sit/prod, from disjoint reviewer sets of at most 6.",
    "GitHub lets any ONE listed reviewer approve an environment; only a chain of environments with disjoint reviewers makes \"2 approvers\" mean two people.")
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "GH-APPROVALS";

    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context)
    {
        var stack = context.Stack;
        var required = ApprovalPolicy.Deployment(stack.Name);
        var rollback = ApprovalPolicy.Rollback(stack.Name);
        var chains = stack.ResourcesOf<ApprovalChain>().ToList();
        if (required > 1 && chains.Count == 0)
        {
            yield return Finding(stack.Bootstrap, $"stack {stack.Name} needs {required} approvals per deployment but has no approval chain: build its GitHub environments with ApprovalChain.");
        }

        foreach (var chain in chains)
        {
            var steps = chain.Gates.Append(chain.Target).ToList();
            var approvals = steps.Count(s => Users(s).Count + Teams(s).Count > 0);
            // One approval is the pull-request review the ruleset requires (dev): its environment needs no reviewer.
            if (required > 1 && approvals < required)
            {
                yield return Finding(chain, $"a deployment through [{string.Join(" -> ", chain.EnvironmentNames)}] needs {approvals} approval(s), but {stack.Name} requires {required}: set bbws:approvals to {required} with a reviewer set per gate.");
            }

            var rollbackSteps = steps.Take(rollback - 1).Append(chain.Target).Distinct().ToList();
            var rollbackApprovals = rollbackSteps.Count(s => Users(s).Count + Teams(s).Count > 0);
            if (rollback > 1 && rollbackApprovals < rollback)
            {
                yield return Finding(chain, $"a rollback through [{string.Join(" -> ", rollbackSteps.Select(s => s.EnvironmentName))}] needs {rollbackApprovals} approval(s), but {stack.Name} requires {rollback}: give the chain a gate with its own reviewers.");
            }

            foreach (var step in steps.Where(s => Users(s).Count + Teams(s).Count > GitHubEnvironment.MaxReviewers))
            {
                yield return Finding(step.Environment, $"environment {step.EnvironmentName} lists {Users(step).Count + Teams(step).Count} reviewers: GitHub accepts at most {GitHubEnvironment.MaxReviewers}.");
            }

            foreach (var (first, second) in steps.SelectMany((a, i) => steps.Skip(i + 1).Select(b => (a, b))))
            {
                var shared = Users(first).Intersect(Users(second)).Order().ToList();
                if (shared.Count > 0)
                {
                    yield return Finding(chain, $"user(s) {string.Join(", ", shared)} review both {first.EnvironmentName} and {second.EnvironmentName}, so one person gives two approvals: keep each reviewer in one set.");
                }
            }
        }

        foreach (var ruleset in stack.ResourcesOf<RepositoryRuleset>())
        {
            if (ruleset.Args.Rules.PullRequest is not { RequiredApprovingReviewCount: >= 1 })
            {
                yield return Finding(ruleset, "the ruleset does not require an approving pull-request review, which is dev's one approval: add a pull_request rule with required_approving_review_count >= 1.");
            }
        }
    }

    private static IReadOnlyList<long> Users(GitHubEnvironment environment) =>
        environment.Environment.Args.Reviewers?.SelectMany(r => r.Users ?? []).ToList() ?? [];

    private static IReadOnlyList<long> Teams(GitHubEnvironment environment) =>
        environment.Environment.Args.Reviewers?.SelectMany(r => r.Teams ?? []).ToList() ?? [];
}
