using Infra.Permissions;

namespace Infra.Components;

/// <summary>
/// A component whose role takes grants from evidence ledgers (<c>infra/Ledgers/*.yaml</c>); rule IAM-EVIDENCE
/// checks every grant of these ledgers for its evidence and date.
/// </summary>
public interface IEvidenceLedgerUser
{
    /// <summary>The ledgers the component's roles are granted from.</summary>
    IReadOnlyList<EvidenceLedger> Ledgers { get; }
}
