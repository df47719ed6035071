namespace Infra.Permissions;

/// <summary>
/// One granted action in an evidence ledger, with the error or reason that justified it.
/// </summary>
/// <param name="Action">The IAM action, <c>service:Action</c>, e.g. <c>lambda:GetPolicy</c>.</param>
/// <param name="Resource">The resource ARN pattern, with <c>${account}</c>, <c>${region}</c>, <c>${stack}</c>, <c>${partition}</c> placeholders until resolved.</param>
/// <param name="Evidence">The AccessDenied text or the reason; empty when missing (a finding of rule IAM-EVIDENCE).</param>
/// <param name="Date">The day the grant was added; null when missing (a finding of rule IAM-EVIDENCE).</param>
/// <param name="Source">Where the evidence was seen, e.g. a CI run URL; optional.</param>
/// <param name="Line">The line of the entry in its file (1-based), 0 for a grant not read from a file.</param>
/// <param name="PassedToService">For <c>iam:PassRole</c> only: the one service the role may be passed to (the policy's <c>iam:PassedToService</c> condition), e.g. <c>lambda.amazonaws.com</c>.</param>
public sealed record LedgerGrant(string Action, string Resource, string Evidence, DateOnly? Date, string? Source = null, int Line = 0, string? PassedToService = null)
{
    /// <summary>True when this grant names the same action (IAM actions are case-insensitive), resource and passed-to service as <paramref name="other"/>.</summary>
    public bool SameGrantAs(LedgerGrant other) =>
        string.Equals(Action, other.Action, StringComparison.OrdinalIgnoreCase) && string.Equals(Resource, other.Resource, StringComparison.Ordinal)
        && string.Equals(PassedToService, other.PassedToService, StringComparison.Ordinal);
}
