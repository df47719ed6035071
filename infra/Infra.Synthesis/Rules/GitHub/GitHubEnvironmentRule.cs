using Infra.Components;
using Infra.Model;
using Infra.Resources.Aws;
using Infra.Resources.GitHub;

namespace Infra.Rules;

/// <summary>
/// GH-ENV: in a stack that needs approvals (sit, prod), every GitHub environment prevents self-review, refuses
/// administrator bypass, and lets only named refs deploy (custom deployment branch policies, at least one policy).
/// In every stack, an environment lets deploy only refs the role trusting it pins (<c>job_workflow_ref</c>); a gate
/// is judged against the role trusting the environment its chain ends in.
/// </summary>
public sealed class GitHubEnvironmentRule() : Rule(
    RuleId,
    "Sit and prod environments: no self-review, no admin bypass, a deployment branch policy; every environment allows only refs its deploy role's trust pins.",
    "GitHub allows self-review and admin bypass by default, and any branch may deploy to an environment without a branch policy: each silently voids an approval. A policy wider than the role's trust asks reviewers to approve a run that can only fail, or deploy if the pin is ever loosened.")
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "GH-ENV";

    private const string Sub = GithubActionsRole.TokenIssuer + ":sub";
    private const string Workflow = GithubActionsRole.TokenIssuer + ":job_workflow_ref";

    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context)
    {
        var stack = context.Stack;
        var guarded = ApprovalPolicy.IsGuarded(stack.Name);
        var policies = stack.ResourcesOf<RepositoryEnvironmentDeploymentPolicy>().ToList();
        var trusts = Trusts(stack);
        foreach (var environment in stack.ResourcesOf<RepositoryEnvironment>())
        {
            var name = environment.Args.Environment;
            var own = policies.Where(p => p.Args.Environment.Output?.Expression is AttributeReference r ? r.Resource == environment : p.Args.Environment.Value == name).ToList();
            if (guarded)
            {
                if (environment.Args.PreventSelfReview != true)
                {
                    yield return Finding(environment, $"environment {name} lets the person who started a deployment approve it: set prevent_self_review = true.");
                }

                if (environment.Args.CanAdminsBypass != false)
                {
                    yield return Finding(environment, $"environment {name} lets administrators deploy without the approvals: set can_admins_bypass = false.");
                }

                if (environment.Args.DeploymentBranchPolicy is not { CustomBranchPolicies: true } || own.Count == 0)
                {
                    yield return Finding(environment, $"environment {name} has no deployment branch policy, so any branch may deploy: list the branches and tags that may (bbws:deployBranches, bbws:deployTags).");
                }
            }

            foreach (var finding in WiderThanTrust(environment, own, trusts))
            {
                yield return finding;
            }
        }
    }

    // A ref the environment lets deploy but no role trusting it pins: its job passes the approvals and is refused
    // by AWS, or deploys past the real workflows' checks the day the pin is loosened. A role without a pin trusts
    // every ref (OIDC-TRUST reports it), and an environment no role trusts deploys nothing.
    private IEnumerable<RuleFinding> WiderThanTrust(RepositoryEnvironment environment, IReadOnlyList<RepositoryEnvironmentDeploymentPolicy> own, IReadOnlyDictionary<string, List<(string Role, IReadOnlyList<string>? Refs)>> trusts)
    {
        var name = environment.Args.Environment;
        var target = Target(environment) ?? name;
        if (!trusts.TryGetValue(target, out var roles) || roles.Any(r => r.Refs is null))
        {
            yield break;
        }

        var trusted = roles.SelectMany(r => r.Refs!).ToHashSet(StringComparer.Ordinal);
        var description = $"role{(roles.Count > 1 ? "s" : "")} {string.Join(", ", roles.Select(r => r.Role))} trust{(roles.Count > 1 ? "" : "s")} only {string.Join(", ", trusted.Order(StringComparer.Ordinal))}";
        if (environment.Args.DeploymentBranchPolicy is { ProtectedBranches: true })
        {
            yield return Finding(environment, $"environment {name} lets every protected branch deploy, but {description}: use custom branch policies naming those branches.");
        }

        foreach (var policy in own)
        {
            var (kind, pattern, reference) = policy.Args.TagPattern is { } tag ? ("tag", tag, $"refs/tags/{tag}") : ("branch", policy.Args.BranchPattern ?? "", $"refs/heads/{policy.Args.BranchPattern}");

            // A pattern is trusted only as the same text: GitHub's patterns and IAM's StringLike differ ('*' stops at
            // '/' in one, not in the other), so a pattern that also matches a trusted branch still allows others.
            if (!trusted.Contains(reference))
            {
                yield return Finding(environment, $"environment {name} lets {kind} {pattern} deploy, but {description} (job_workflow_ref): a run on that ref would pass the approvals and then be refused; remove the policy (bbws:deployBranches, bbws:deployTags) or pin the workflow that deploys from it.");
            }
        }
    }

    // The environment a gate's chain ends in: the one the deploy role trusts.
    private static string? Target(RepositoryEnvironment environment)
    {
        for (var parent = environment.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is ApprovalChain chain)
            {
                return chain.Target.EnvironmentName;
            }
        }

        return null;
    }

    // Environment name -> the roles whose GitHub trust names it in sub, each with the refs its job_workflow_ref pins
    // (null when it pins none).
    private static Dictionary<string, List<(string Role, IReadOnlyList<string>? Refs)>> Trusts(Stack stack)
    {
        var trusts = new Dictionary<string, List<(string Role, IReadOnlyList<string>? Refs)>>(StringComparer.Ordinal);
        foreach (var role in stack.ResourcesOf<IamRole>())
        {
            foreach (var statement in role.Args.AssumeRolePolicy.Statements.Where(s => s.Effect == "Allow" && s.Actions.Contains("sts:AssumeRoleWithWebIdentity")))
            {
                var pins = statement.Conditions.Where(c => c.Variable == Workflow).SelectMany(c => c.Values).ToList();
                IReadOnlyList<string>? refs = pins.Count == 0 ? null : [.. pins.Select(p => p.IndexOf("@refs/", StringComparison.Ordinal) is var at and >= 0 ? p[(at + 1)..] : p)];
                foreach (var subject in statement.Conditions.Where(c => c.Variable == Sub).SelectMany(c => c.Values))
                {
                    var at = subject.LastIndexOf(":environment:", StringComparison.Ordinal);
                    if (at >= 0)
                    {
                        var environment = subject[(at + ":environment:".Length)..];
                        if (!trusts.TryGetValue(environment, out var list))
                        {
                            trusts[environment] = list = [];
                        }

                        list.Add((role.Args.Name, refs));
                    }
                }
            }
        }

        return trusts;
    }
}
