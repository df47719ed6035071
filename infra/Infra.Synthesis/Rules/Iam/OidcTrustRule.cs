using Infra.Components;
using Infra.Model;
using Infra.Permissions;
using Infra.Resources.Aws;

namespace Infra.Rules;

/// <summary>
/// OIDC-TRUST: a role GitHub Actions can assume trusts one exact subject and the workflows it serves. Its trust
/// requires <c>StringEquals</c> on the audience <c>sts.amazonaws.com</c> and on <c>sub</c>, with no wildcard and no
/// <c>StringLike</c> on <c>sub</c>; it pins <c>job_workflow_ref</c> to workflow files without a wildcard, each on an
/// exact ref (a <c>pull_request</c> role's ref may be <c>refs/pull/*/merge</c>); and a role that trusts the
/// <c>pull_request</c> subject has no write permission.
/// </summary>
public sealed class OidcTrustRule() : Rule(
    RuleId,
    "GitHub OIDC roles trust an exact subject with StringEquals on aud and sub, pin the workflows (job_workflow_ref) that may use them; a pull_request role cannot write.",
    "A wildcard or StringLike subject lets any branch, fork workflow or repository of the owner assume the role; without the workflow pin, any workflow pushed to a ref the environment allows can, past the approvals its workflows enforce; a pull request must never be able to change an account.")
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "OIDC-TRUST";

    private const string Aud = GithubActionsRole.TokenIssuer + ":aud";
    private const string Sub = GithubActionsRole.TokenIssuer + ":sub";
    private const string Workflow = GithubActionsRole.TokenIssuer + ":job_workflow_ref";

    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context)
    {
        var stack = context.Stack;
        foreach (var role in stack.ResourcesOf<IamRole>())
        {
            foreach (var statement in role.Args.AssumeRolePolicy.Statements.Where(IsGithubTrust))
            {
                var aud = Values(statement, "StringEquals", Aud);
                if (aud.Count != 1 || aud[0] != "sts.amazonaws.com")
                {
                    yield return Finding(role, $"the trust does not require StringEquals {Aud} = sts.amazonaws.com: add that condition so tokens minted for other audiences are refused.");
                }

                foreach (var condition in statement.Conditions.Where(c => c.Variable == Sub && c.Test != "StringEquals"))
                {
                    yield return Finding(role, $"the trust tests {Sub} with {condition.Test} [{string.Join(", ", condition.Values)}]: use StringEquals on the exact subject (repo:OWNER/REPO:environment:STACK).");
                }

                var subjects = Values(statement, "StringEquals", Sub);
                if (subjects.Count == 0)
                {
                    yield return Finding(role, $"the trust has no StringEquals condition on {Sub}: any workflow of any repository could assume the role; require the exact subject.");
                }

                foreach (var subject in subjects.Where(s => s.Contains('*', StringComparison.Ordinal) || s.Contains('?', StringComparison.Ordinal)))
                {
                    yield return Finding(role, $"the trusted subject '{subject}' has a wildcard: trust one exact subject.");
                }

                var pullRequest = subjects.Any(s => s.EndsWith(":pull_request", StringComparison.Ordinal));
                foreach (var problem in PinProblems(statement, pullRequest))
                {
                    yield return Finding(role, problem);
                }

                if (pullRequest)
                {
                    foreach (var write in WriteActions(role, stack, context.ReadOnly))
                    {
                        yield return Finding(role, $"the role trusts the pull_request subject but may {write}: a pull-request role is read-only (plans run with -lock=false); move the grant to the deploy role.");
                    }
                }
            }
        }
    }

    // What is wrong with the trust's job_workflow_ref pin: the subject names an environment or a branch, which every
    // workflow of the repository can claim, so only the pin keeps other workflows (or the same file on another ref)
    // out. STS validates the claim as a condition key (aws.amazon.com/about-aws/whats-new/2026/01/
    // aws-sts-supports-validation-identity-provider-claims); its value is owner/repo/<path>@<ref>.
    private static IEnumerable<string> PinProblems(PolicyStatement statement, bool pullRequest)
    {
        var pins = statement.Conditions.Where(c => c.Variable == Workflow).ToList();
        if (pins.Count == 0)
        {
            yield return $"the trust does not pin {Workflow}: any workflow that can claim its subject (one pushed to any ref the environment allows, past the approvals the real workflows enforce) could assume the role; require StringEquals {Workflow} on the workflow files that use it, each @refs/heads/<branch>.";
            yield break;
        }

        foreach (var pin in pins)
        {
            if (pin.Test is not ("StringEquals" or "StringLike"))
            {
                yield return $"the trust tests {Workflow} with {pin.Test}: use StringEquals (StringLike only for a pull_request role's refs/pull/*/merge), which require the claim to be present and to match.";
                continue;
            }

            foreach (var value in pin.Values)
            {
                var at = value.IndexOf("@refs/", StringComparison.Ordinal);
                if (at < 0)
                {
                    yield return $"the pinned workflow '{value}' names no ref: write owner/repo/.github/workflows/<file>@refs/heads/<branch>, as GitHub's job_workflow_ref claim does.";
                }
                else if (pin.Test == "StringLike" && (HasWildcard(value[..at]) || (!pullRequest && HasWildcard(value[at..]))))
                {
                    yield return $"the pinned workflow '{value}' has a wildcard: pin each workflow file on each branch it deploys from{(pullRequest ? "" : " (only a pull_request role's ref may be refs/pull/*/merge)")}.";
                }
            }
        }
    }

    private static bool HasWildcard(string value) => value.Contains('*', StringComparison.Ordinal) || value.Contains('?', StringComparison.Ordinal);

    private static bool IsGithubTrust(PolicyStatement statement) =>
        statement.Effect == "Allow" && statement.Actions.Contains("sts:AssumeRoleWithWebIdentity")
        && (statement.Conditions.Any(c => c.Variable.StartsWith(GithubActionsRole.TokenIssuer, StringComparison.Ordinal))
            || statement.Principals.GetValueOrDefault("Federated")?.Any(p => p.Output?.Expression is AttributeReference { Resource: IamOpenIdConnectProvider } || (p.Value?.Contains(GithubActionsRole.TokenIssuer, StringComparison.Ordinal) ?? false)) == true);

    private static List<string> Values(PolicyStatement statement, string test, string variable) =>
        statement.Conditions.Where(c => c.Test == test && c.Variable == variable).SelectMany(c => c.Values).ToList();

    private static IEnumerable<string> WriteActions(IamRole role, Stack stack, ReadOnlyActions readOnly)
    {
        bool OnRole(Input<string> input) => input.Output?.Expression is AttributeReference r && r.Resource == role;
        foreach (var policy in stack.ResourcesOf<IamRolePolicy>().Where(p => OnRole(p.Args.Role)))
        {
            foreach (var action in WriteActions(policy.Args.Policy, readOnly))
            {
                yield return action;
            }
        }

        foreach (var attachment in stack.ResourcesOf<IamRolePolicyAttachment>().Where(a => OnRole(a.Args.Role)))
        {
            // A customer-managed policy of the program is judged by its statements, as an inline policy is.
            if (attachment.Args.PolicyArn.Output?.Expression is AttributeReference { Resource: IamPolicy managed })
            {
                foreach (var action in WriteActions(managed.Args.Policy, readOnly))
                {
                    yield return $"{action} (managed policy {managed.Args.Name})";
                }
            }
            else if (attachment.Args.PolicyArn.Value is not { } arn || !arn.EndsWith("ReadOnlyAccess", StringComparison.Ordinal))
            {
                yield return $"use the managed policy {attachment.Args.PolicyArn}";
            }
        }
    }

    private static IEnumerable<string> WriteActions(PolicyDocument document, ReadOnlyActions readOnly)
    {
        foreach (var statement in document.Statements.Where(s => s.Effect == "Allow"))
        {
            var resourceValues = statement.Resources.Count == 0 ? ["*"] : statement.Resources.Select(r => r.Value ?? "<reference>").ToList();
            foreach (var action in statement.Actions.Where(a => resourceValues.Any(r => readOnly.WhyNotReadOnly(a, r) is not null)).Distinct(StringComparer.Ordinal))
            {
                yield return action;
            }
        }
    }
}
