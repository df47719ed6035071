using Infra.Components;
using Infra.Model;
using Infra.Permissions;
using Infra.Resources.Aws;

namespace Infra.Rules;

/// <summary>
/// IAM-EVIDENCE: every permission the program grants says why. Each Allow statement built in code has a
/// <see cref="PolicyStatement.Reason"/> and each managed policy attachment a reason that explains something
/// (<see cref="EvidenceText"/>: "needed" does not), and each grant of an evidence ledger its date and either observed
/// evidence that explains something or the calls that require it. Statements built from a ledger are judged through
/// the ledger, grant by grant at its line.
/// </summary>
public sealed class IamEvidenceRule() : Rule(
    RuleId,
    "Every granted permission carries its evidence: a reason that explains something per Allow statement and attachment, and per ledger grant a date and either observed evidence or the calls that require it.",
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
                if (resource is IamRolePolicyAttachment { Args.Reason: var reason } && EvidenceText.WhyNotAnExplanation(reason) is { } weakReason)
                {
                    yield return Finding(resource, string.IsNullOrWhiteSpace(reason)
                        ? "the managed policy attachment has no Reason: say why the role needs this managed policy, or grant typed statements instead."
                        : $"the managed policy attachment's Reason {weakReason}: say what needs this managed policy and for what, or grant typed statements instead.");
                }

                // A ledger's policy says what its grants say; the grants are judged below, each at its ledger line.
                if (resource.Parent is IEvidenceLedgerUser)
                {
                    continue;
                }

                foreach (var (property, document) in RuleGraph.Documents(resource))
                {
                    for (var i = 0; i < document.Statements.Count; i++)
                    {
                        var statement = document.Statements[i];
                        if (statement.Effect == "Allow" && EvidenceText.WhyNotAnExplanation(statement.Reason) is { } weak)
                        {
                            var label = statement.Sid is null ? $"statement {i + 1}" : $"statement {i + 1} ({statement.Sid})";
                            yield return Finding(resource, string.IsNullOrWhiteSpace(statement.Reason)
                                ? $"{label} of {property} allows [{string.Join(", ", statement.Actions)}] without a Reason: set Reason to the design need or the AccessDenied error that justified it."
                                : $"{label} of {property} allows [{string.Join(", ", statement.Actions)}], but its Reason {weak}: say what makes the call and why, or paste the AccessDenied error that justified it.");
                        }
                    }
                }
            }

            foreach (var user in root.ResourcesOf<IEvidenceLedgerUser>())
            {
                foreach (var finding in FindGrantsWithoutEvidence(user.Ledgers, stack.Name))
                {
                    yield return Finding((Resource)user, $"{finding.Address}: {finding.Message}");
                }
            }
        }
    }

    /// <summary>Every grant of <paramref name="ledgers"/> without valid evidence or date (see <see cref="FindGrantsWithoutEvidence(EvidenceLedger)"/>), at its <c>file:line</c>, in ledger then file order.</summary>
    public IReadOnlyList<RuleFinding> FindGrantsWithoutEvidence(IEnumerable<EvidenceLedger> ledgers) =>
        ledgers.SelectMany(FindGrantsWithoutEvidence).ToList();

    /// <summary>
    /// Every grant of <paramref name="ledgers"/> that applies in <paramref name="stack"/> (a grant scoped to other stacks
    /// grants nothing there) without valid evidence or date, at its <c>file:line</c>, in ledger then file order.
    /// </summary>
    public IReadOnlyList<RuleFinding> FindGrantsWithoutEvidence(IEnumerable<EvidenceLedger> ledgers, string stack) =>
        ledgers.SelectMany(l => Find(l, l.GrantsIn(stack))).ToList();

    /// <summary>
    /// Every grant of <paramref name="ledger"/> that has no date, or neither calls that require it nor observed
    /// evidence, or observed evidence that explains nothing (<see cref="EvidenceText"/>), at its <c>file:line</c>.
    /// </summary>
    public IReadOnlyList<RuleFinding> FindGrantsWithoutEvidence(EvidenceLedger ledger) => Find(ledger, ledger.Grants);

    private List<RuleFinding> Find(EvidenceLedger ledger, IEnumerable<LedgerGrant> grants) =>
        grants
            .Select(g => (Grant: g, Problem: ProblemOf(g)))
            .Where(x => x.Problem is not null)
            .Select(x => Finding($"{ledger.DisplayName}:{x.Grant.Line}", $"{x.Grant.Action}: {x.Problem}"))
            .ToList();

    private static string? ProblemOf(LedgerGrant grant)
    {
        if (!grant.IsObserved && !grant.IsRequired)
        {
            return "has no evidence: paste the AccessDenied error that required it (infra permissions add does this), write the reason the role needs it, or run 'infra permissions sync' if the stacks require it";
        }

        // Observed evidence must explain itself even beside required calls: it is what keeps the grant when they go.
        if (grant.IsObserved && EvidenceText.WhyNotAnExplanation(grant.Evidence) is { } weak)
        {
            return $"its evidence {weak}: paste the AccessDenied error, or say what makes the call and why";
        }

        return grant.Date is null ? "has no date: add 'date: YYYY-MM-DD', the day the grant was added" : null;
    }
}
