using Infra.Model;

namespace Infra.Rules;

/// <summary>IAM-PASSROLE: iam:PassRole is granted only on named roles and only with an iam:PassedToService condition.</summary>
public sealed class IamPassRoleRule() : Rule(
    RuleId,
    "iam:PassRole is granted only on named roles and only with an iam:PassedToService condition.",
    "PassRole on any role, or to any service, lets the holder run code with a more powerful role: the classic privilege escalation.")
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "IAM-PASSROLE";

    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context)
    {
        var stack = context.Stack;
        foreach (var (policy, statement) in RuleGraph.IdentityStatements(stack))
        {
            if (statement.Effect != "Allow" || !statement.Actions.Any(a => a.Equals("iam:PassRole", StringComparison.OrdinalIgnoreCase) || a is "iam:*" or "iam:Pass*"))
            {
                continue;
            }

            if (statement.Resources.Any(r => r.Value is { } v && (v.Trim() == "*" || v.EndsWith(":role/*", StringComparison.Ordinal))))
            {
                yield return Finding(policy, $"{RuleGraph.Label(statement)} grants iam:PassRole on any role: name the roles it may pass.");
            }

            if (!statement.Conditions.Any(c => c.Variable == "iam:PassedToService"))
            {
                yield return Finding(policy, $"{RuleGraph.Label(statement)} grants iam:PassRole without an iam:PassedToService condition: add StringEquals iam:PassedToService = the service (e.g. lambda.amazonaws.com).");
            }
        }

        foreach (var user in stack.ResourcesOf<Infra.Components.IEvidenceLedgerUser>())
        {
            foreach (var ledger in user.Ledgers)
            {
                foreach (var grant in ledger.GrantsIn(stack.Name).Where(g => g.Action.Equals("iam:PassRole", StringComparison.OrdinalIgnoreCase)))
                {
                    if (grant.Resource.Trim() == "*" || grant.Resource.EndsWith(":role/*", StringComparison.Ordinal))
                    {
                        yield return Finding((Resource)user, $"{ledger.DisplayName}:{grant.Line} grants iam:PassRole on {grant.Resource}: name the roles it may pass.");
                    }

                    if (grant.PassedToService is null)
                    {
                        yield return Finding((Resource)user, $"{ledger.DisplayName}:{grant.Line} grants iam:PassRole on {grant.Resource} to any service: add 'passed-to-service: <service>' (e.g. lambda.amazonaws.com), which becomes its iam:PassedToService condition.");
                    }
                }
            }
        }
    }
}
