using Infra.Components;
using Infra.Model;
using Infra.Permissions;
using Infra.Resources.Aws;

namespace Infra.Rules;

/// <summary>
/// IAM-EVIDENCE: every permission the program grants says why. Each Allow statement built in code has a
/// non-empty <see cref="PolicyStatement.Reason"/>, each managed policy attachment a reason, and each grant of an
/// evidence ledger its evidence (the AccessDenied text or the reason) and its date.
/// </summary>
public sealed class IamEvidenceRule() : Rule(
    RuleId,
    "Every granted permission carries its evidence: a reason per Allow statement and attachment, evidence and a date per ledger grant.",
    "Permissions guessed up front grow into '*'; permissions added from evidence stay minimal and reviewable (playbook Lesson 2).")
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "IAM-EVIDENCE";

    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context)
    {
        var stack = context.Stack;
        foreach (var root in stack.Roots)
        {
            foreach (var resource in root.CustomResources)
            {
                if (resource is IamRolePolicyAttachment { Args.Reason: var reason } && string.IsNullOrWhiteSpace(reason))
                {
                    yield return Finding(resource, "the managed policy attachment has no Reason: say why the role needs this managed policy, or grant typed statements instead.");
                }

                foreach (var (property, document) in RuleGraph.Documents(resource))
                {
                    for (var i = 0; i < document.Statements.Count; i++)
                    {
                        var statement = document.Statements[i];
                        if (statement.Effect == "Allow" && string.IsNullOrWhiteSpace(statement.Reason))
                        {
                            var label = statement.Sid is null ? $"statement {i + 1}" : $"statement {i + 1} ({statement.Sid})";
                            yield return Finding(resource, $"{label} of {property} allows [{string.Join(", ", statement.Actions)}] without a Reason: set Reason to the design need or the AccessDenied error that justified it.");
                        }
                    }
                }
            }

            foreach (var user in root.Resources.OfType<IEvidenceLedgerUser>())
            {
                foreach (var finding in FindGrantsWithoutEvidence(user.Ledgers))
                {
                    yield return Finding((Resource)user, $"{finding.Address}: {finding.Message}");
                }
            }
        }
    }

    /// <summary>Every grant of <paramref name="ledgers"/> whose evidence is empty or whose date is missing, at its <c>file:line</c>, in ledger then file order.</summary>
    public IReadOnlyList<RuleFinding> FindGrantsWithoutEvidence(IEnumerable<EvidenceLedger> ledgers) =>
        ledgers.SelectMany(FindGrantsWithoutEvidence).ToList();

    /// <summary>Every grant of <paramref name="ledger"/> whose evidence is empty or whose date is missing, at its <c>file:line</c>.</summary>
    public IReadOnlyList<RuleFinding> FindGrantsWithoutEvidence(EvidenceLedger ledger) =>
        ledger.Grants
            .Where(g => string.IsNullOrWhiteSpace(g.Evidence) || g.Date is null)
            .Select(g => Finding(
                $"{ledger.DisplayName}:{g.Line}",
                $"{g.Action}: " + (string.IsNullOrWhiteSpace(g.Evidence)
                    ? "has no evidence: paste the AccessDenied error that required it (infra permissions add does this), or write the reason the role needs it"
                    : "has no date: add 'date: YYYY-MM-DD', the day the grant was added")))
            .ToList();
}
