namespace Infra.Permissions;

/// <summary>A required grant whose requiring calls changed.</summary>
/// <param name="Grant">The grant as the ledger holds it.</param>
/// <param name="Required">The calls that require it now, in ledger order; empty when none does and the grant stays for its observed evidence.</param>
public sealed record RequirerUpdate(LedgerGrant Grant, IReadOnlyList<GrantRequirer> Required);
