using Infra.Permissions;

namespace Infra.Rules;

/// <summary>IAM-LEAST: No wildcard action (no '*', no 'service:*'), and Resource '*' only for actions that take no resource-level permission.</summary>
public sealed class IamLeastPrivilegeRule : Rule
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "IAM-LEAST";

    /// <inheritdoc />
    public override string Id => RuleId;

    /// <inheritdoc />
    public override string Title => "No wildcard action (no '*', no 'service:*'), and Resource '*' only for actions that take no resource-level permission.";

    /// <inheritdoc />
    public override string Rationale => "Wildcards grant actions nobody asked for, including those AWS adds later; '*' as a resource where a name fits grants every resource of the account.";

    /// <inheritdoc />
    public override IReadOnlyList<string> CheckovIds => ["CKV_AWS_63", "CKV_AWS_355"];

    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context)
    {
        var stack = context.Stack;
        foreach (var (owner, finding) in IamGrants.Check(context, IamChecks.FindBroadGrants))
        {
            yield return Finding(owner, finding.ToString());
        }
    }
}
