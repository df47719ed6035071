namespace Infra.Permissions;

/// <summary>What <c>infra permissions sync</c> finds to change in one ledger.</summary>
/// <param name="Ledger">The ledger as read.</param>
/// <param name="Additions">Required grants the ledger lacks: calls its role makes that its policy does not allow.</param>
/// <param name="Updates">Required grants whose list of requiring calls changed.</param>
/// <param name="Stale">Grants with only required evidence that no call of any stack needs any more; removed with <c>--prune</c>.</param>
public sealed record LedgerChanges(EvidenceLedger Ledger, IReadOnlyList<LedgerGrant> Additions, IReadOnlyList<RequirerUpdate> Updates, IReadOnlyList<LedgerGrant> Stale)
{
    /// <summary>True when the ledger is in sync with the stacks.</summary>
    public bool IsEmpty => Additions.Count == 0 && Updates.Count == 0 && Stale.Count == 0;

    /// <summary>The stale grants <c>--prune</c> removes: never one with observed evidence (that is a person's decision).</summary>
    public IReadOnlyList<LedgerGrant> Prunable => Stale.Where(g => !g.IsObserved).ToList();
}
