namespace Infra.Permissions;

/// <summary>What <c>infra permissions add</c> did with one denial.</summary>
/// <param name="Denial">The denial read from the error.</param>
/// <param name="Grant">The grant written (or already present), placeholders unresolved.</param>
/// <param name="Added">False when the ledger already held the grant.</param>
public sealed record LedgerAddition(AccessDenial Denial, LedgerGrant Grant, bool Added);
