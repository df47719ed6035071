using Infra.Permissions;

namespace Infra.Rules;

/// <summary>IAM-CATALOG: Every granted IAM action exists in the AWS service authorization catalog.</summary>
public sealed class IamCatalogRule : Rule
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "IAM-CATALOG";

    /// <inheritdoc />
    public override string Id => RuleId;

    /// <inheritdoc />
    public override string Title => "Every granted IAM action exists in the AWS service authorization catalog.";

    /// <inheritdoc />
    public override string Rationale => "A misspelt action grants nothing and fails only at run time, in the account, as AccessDenied; the catalog catches it at synth.";

    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context)
    {
        var stack = context.Stack;
        foreach (var (owner, finding) in IamGrants.Check(context, IamChecks.FindUnknownActions))
        {
            yield return Finding(owner, finding.ToString());
        }
    }
}
