namespace Infra.Permissions;

/// <summary>Checks over evidence ledgers that the policy rules call (IAM-EVIDENCE).</summary>
public static class LedgerRules
{
    /// <summary>Rule IAM-EVIDENCE: every grant whose evidence is empty or whose date is missing.</summary>
    public static IReadOnlyList<LedgerFinding> FindGrantsWithoutEvidence(EvidenceLedger ledger) =>
        ledger.Grants
            .Where(g => string.IsNullOrWhiteSpace(g.Evidence) || g.Date is null)
            .Select(g => new LedgerFinding(
                ledger.DisplayName,
                g.Line,
                g.Action,
                string.IsNullOrWhiteSpace(g.Evidence)
                    ? "has no evidence: paste the AccessDenied error that required it (infra permissions add does this), or write the reason the role needs it"
                    : "has no date: add 'date: YYYY-MM-DD', the day the grant was added"))
            .ToList();

    /// <summary>Rule IAM-EVIDENCE over several ledgers, in ledger then file order.</summary>
    public static IReadOnlyList<LedgerFinding> FindGrantsWithoutEvidence(IEnumerable<EvidenceLedger> ledgers) =>
        ledgers.SelectMany(FindGrantsWithoutEvidence).ToList();
}
