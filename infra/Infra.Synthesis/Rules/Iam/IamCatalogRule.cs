using Infra.Permissions;

namespace Infra.Rules;

/// <summary>IAM-CATALOG: Every granted IAM action exists in the AWS service authorization catalog.</summary>
public sealed class IamCatalogRule() : Rule(
    RuleId,
    "Every granted IAM action exists in the AWS service authorization catalog.",
    "A misspelt action grants nothing and fails only at run time, in the account, as AccessDenied; the catalog catches it at synth.")
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "IAM-CATALOG";

    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context)
    {
        foreach (var (owner, finding) in IamGrants.Check(context, FindUnknownActions))
        {
            yield return Finding(owner, $"{finding.Address}: {Id}: {finding.Message}");
        }
    }

    /// <summary>
    /// The actions among <paramref name="grants"/> (or patterns matching nothing) that the catalog does not know, with
    /// a "did you mean"; each finding is at its grant's origin. Ledgers and the statements components build are checked alike.
    /// </summary>
    public IReadOnlyList<RuleFinding> FindUnknownActions(IamCatalog catalog, IEnumerable<PolicyGrant> grants) =>
        grants.Where(g => !catalog.Exists(g.Action))
            .Select(g => Finding(g.Origin, $"{g.Action}: " + (catalog.Suggest(g.Action) is { } s ? $"is not an IAM action (did you mean '{s}'?)" : "is not an IAM action")
                + ": fix the spelling; the catalog is infra/IamCatalog/actions.tsv, regenerated from the AWS service authorization reference"))
            .ToList();
}
