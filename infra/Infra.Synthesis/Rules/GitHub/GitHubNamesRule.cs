using Infra.Components;
using Infra.Resources.Aws;
using Infra.Resources.GitHub;

namespace Infra.Rules;

/// <summary>
/// GH-NAMES: every environment a workflow of this stack will name (promotion and rollback, from
/// <see cref="DeploymentEnvironments"/>) and the environment the stack's deploy role trusts exist in the stack, with
/// names GitHub and the OIDC subject can carry.
/// </summary>
public sealed class GitHubNamesRule() : Rule(
    RuleId,
    "Environments named by workflows and by OIDC trusts exist in the stack, with valid names.",
    "A workflow that names a missing environment silently gets a new, unprotected one; a role trusting a missing environment can never be assumed.")
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "GH-NAMES";

    private const string Marker = ":environment:";

    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context)
    {
        var stack = context.Stack;
        var environments = stack.ResourcesOf<RepositoryEnvironment>().ToList();
        var names = environments.Select(e => e.Args.Environment).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var environment in environments.Where(e => !GitHubNames.IsValidEnvironment(e.Args.Environment)))
        {
            yield return Finding(environment, $"'{environment.Args.Environment}' is not a usable environment name: use letters, digits, '.', '_' or '-'.");
        }

        var used = DeploymentEnvironments.For(stack.Config);
        foreach (var name in used.Promotion.Concat(used.Rollback).Distinct().Where(n => !names.Contains(n)))
        {
            yield return Finding(stack.Bootstrap, $"workflows of {stack.Name} run in environment '{name}', which the stack does not create: a typo here creates an unprotected environment; build it with ApprovalChain.");
        }

        foreach (var role in stack.ResourcesOf<IamRole>())
        {
            var trusted = role.Args.AssumeRolePolicy.Statements
                .SelectMany(s => s.Conditions)
                .Where(c => c.Variable == GithubActionsRole.TokenIssuer + ":sub")
                .SelectMany(c => c.Values)
                .Where(v => v.Contains(Marker, StringComparison.Ordinal))
                .Select(v => v[(v.LastIndexOf(Marker, StringComparison.Ordinal) + Marker.Length)..]);
            foreach (var name in trusted.Where(n => !names.Contains(n)))
            {
                yield return Finding(role, $"the role trusts environment '{name}', which the stack does not create: derive the subject from the stack's DeploymentEnvironments.Target.");
            }
        }
    }
}
