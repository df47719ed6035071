using Infra.Model;
using Infra.Resources.GitHub;

namespace Infra.Rules;

/// <summary>
/// GH-ENV: in a stack that needs approvals (sit, prod), every GitHub environment prevents self-review, refuses
/// administrator bypass, and lets only named refs deploy (custom deployment branch policies, at least one policy).
/// </summary>
public sealed class GitHubEnvironmentRule() : Rule(
    RuleId,
    "Sit and prod environments: no self-review, no admin bypass, a deployment branch policy.",
    "GitHub allows self-review and admin bypass by default, and any branch may deploy to an environment without a branch policy: each silently voids an approval.")
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "GH-ENV";

    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context)
    {
        var stack = context.Stack;
        if (!ApprovalPolicy.IsGuarded(stack.Name))
        {
            yield break;
        }

        var resources = stack.Roots.SelectMany(r => r.CustomResources).ToList();
        var policies = resources.OfType<RepositoryEnvironmentDeploymentPolicy>().ToList();
        foreach (var environment in resources.OfType<RepositoryEnvironment>())
        {
            var name = environment.Args.Environment;
            if (environment.Args.PreventSelfReview != true)
            {
                yield return Finding(environment, $"environment {name} lets the person who started a deployment approve it: set prevent_self_review = true.");
            }

            if (environment.Args.CanAdminsBypass != false)
            {
                yield return Finding(environment, $"environment {name} lets administrators deploy without the approvals: set can_admins_bypass = false.");
            }

            var own = policies.Count(p => p.Args.Environment.Output?.Expression is AttributeReference r ? r.Resource == environment : p.Args.Environment.Value == name);
            if (environment.Args.DeploymentBranchPolicy is not { CustomBranchPolicies: true } || own == 0)
            {
                yield return Finding(environment, $"environment {name} has no deployment branch policy, so any branch may deploy: list the branches and tags that may (bbws:deployBranches, bbws:deployTags).");
            }
        }
    }
}
