namespace Infra.Permissions;

/// <summary>
/// What <see cref="LedgerSync"/> needs to know of one CI role in one stack: the calls its job makes
/// (<see cref="CiRoleCalls"/>) and whether its current policy allows each.
/// </summary>
/// <param name="LedgerRole">The logical role whose ledger grants the role, e.g. <c>github-deploy</c>.</param>
/// <param name="StackName">The stack, e.g. <c>dev</c>.</param>
/// <param name="AccountId">The stack's account, turned back into <c>${account}</c>.</param>
/// <param name="Region">The stack's region, turned back into <c>${region}</c>.</param>
/// <param name="Calls">The calls the role makes in the stack.</param>
/// <param name="IsAllowed">True when the role's policy (with the resource policies involved) allows a call, as IAM-COVERAGE decides it.</param>
/// <param name="References">Ledger references by the value they resolve to in this stack, e.g. the state key's ARN to <c>state-key.arn</c>: a call on that value is written as <c>${state-key.arn}</c>.</param>
public sealed record LedgerSyncRole(
    string LedgerRole,
    string StackName,
    string AccountId,
    string Region,
    IReadOnlyList<RequiredCall> Calls,
    Func<RequiredCall, bool> IsAllowed,
    IReadOnlyDictionary<string, string> References)
{
    /// <summary>Where the stack the role's stack is promoted from lives, turned back into <c>${lower-...}</c>; null for the first stack.</summary>
    public StackLocation? Lower { get; init; }
}
