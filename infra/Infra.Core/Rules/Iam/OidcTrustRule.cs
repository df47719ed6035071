using Infra.Components;
using Infra.Model;
using Infra.Permissions;
using Infra.Resources.Aws;

namespace Infra.Rules;

/// <summary>
/// OIDC-TRUST: a role GitHub Actions can assume trusts one exact subject. Its trust requires <c>StringEquals</c> on
/// the audience <c>sts.amazonaws.com</c> and on <c>sub</c>, with no wildcard and no <c>StringLike</c> on <c>sub</c>;
/// and a role that trusts the <c>pull_request</c> subject has no write permission.
/// </summary>
public sealed class OidcTrustRule() : Rule(
    RuleId,
    "GitHub OIDC roles trust an exact subject with StringEquals on aud and sub; a pull_request role cannot write.",
    "A wildcard or StringLike subject lets any branch, fork workflow or repository of the owner assume the role; a pull request must never be able to change an account.")
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "OIDC-TRUST";

    private const string Aud = GithubActionsRole.TokenIssuer + ":aud";
    private const string Sub = GithubActionsRole.TokenIssuer + ":sub";

    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context)
    {
        var stack = context.Stack;
        var resources = stack.Roots.SelectMany(r => r.CustomResources).ToList();
        foreach (var role in resources.OfType<IamRole>())
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

                if (subjects.Any(s => s.EndsWith(":pull_request", StringComparison.Ordinal)))
                {
                    foreach (var write in WriteActions(role, resources, context.ReadOnly))
                    {
                        yield return Finding(role, $"the role trusts the pull_request subject but may {write}: a pull-request role is read-only (plans run with -lock=false); move the grant to the deploy role.");
                    }
                }
            }
        }
    }

    private static bool IsGithubTrust(PolicyStatement statement) =>
        statement.Effect == "Allow" && statement.Actions.Contains("sts:AssumeRoleWithWebIdentity")
        && (statement.Conditions.Any(c => c.Variable.StartsWith(GithubActionsRole.TokenIssuer, StringComparison.Ordinal))
            || statement.Principals.GetValueOrDefault("Federated")?.Any(p => p.Output?.Expression is AttributeReference { Resource: IamOpenIdConnectProvider } || (p.Value?.Contains(GithubActionsRole.TokenIssuer, StringComparison.Ordinal) ?? false)) == true);

    private static List<string> Values(PolicyStatement statement, string test, string variable) =>
        statement.Conditions.Where(c => c.Test == test && c.Variable == variable).SelectMany(c => c.Values).ToList();

    private static IEnumerable<string> WriteActions(IamRole role, IReadOnlyList<CustomResource> resources, ReadOnlyActions readOnly)
    {
        bool OnRole(Input<string> input) => input.Output?.Expression is AttributeReference r && r.Resource == role;
        foreach (var policy in resources.OfType<IamRolePolicy>().Where(p => OnRole(p.Args.Role)))
        {
            foreach (var action in WriteActions(policy.Args.Policy, readOnly))
            {
                yield return action;
            }
        }

        foreach (var attachment in resources.OfType<IamRolePolicyAttachment>().Where(a => OnRole(a.Args.Role)))
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
