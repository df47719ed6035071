namespace Infra.Permissions;

/// <summary>
/// One granted action in an evidence ledger, with what justifies it: <c>observed</c> evidence (an AccessDenied text or
/// a design reason, written by people or <c>infra permissions add</c>), <c>required</c> evidence (the calls of the
/// stacks that need it, written by <c>infra permissions sync</c>), or both.
/// </summary>
/// <param name="Action">The IAM action, <c>service:Action</c>, e.g. <c>lambda:GetPolicy</c>.</param>
/// <param name="Resource">The resource ARN pattern, with <c>${account}</c>, <c>${region}</c>, <c>${stack}</c>, <c>${partition}</c> placeholders until resolved.</param>
/// <param name="Evidence">The observed evidence: the AccessDenied text or the reason; empty for a grant that is only required.</param>
/// <param name="Date">The day the grant was added; null when missing (a finding of rule IAM-EVIDENCE).</param>
/// <param name="Source">Where the evidence was seen, e.g. a CI run URL; optional.</param>
/// <param name="Line">The line of the entry in its file (1-based), 0 for a grant not read from a file.</param>
/// <param name="PassedToService">For <c>iam:PassRole</c> only: the one service the role may be passed to (the policy's <c>iam:PassedToService</c> condition), e.g. <c>lambda.amazonaws.com</c>.</param>
/// <param name="Required">The required evidence: the calls that need the grant, in ledger order; null or empty for a grant that is only observed.</param>
/// <param name="Stacks">The only stacks the grant applies in (<c>stacks: [sit, prod]</c>), in ledger order; null for every stack.</param>
public sealed record LedgerGrant(
    string Action, string Resource, string Evidence, DateOnly? Date, string? Source = null, int Line = 0, string? PassedToService = null, IReadOnlyList<GrantRequirer>? Required = null, IReadOnlyList<string>? Stacks = null)
{
    /// <summary>True when the grant applies in <paramref name="stack"/>: it names no stacks, or names that one.</summary>
    public bool AppliesIn(string stack) => Stacks is null || Stacks.Contains(stack, StringComparer.Ordinal);

    /// <summary>True when the grant carries observed evidence (an error text or a reason); sync never removes such a grant.</summary>
    public bool IsObserved => !string.IsNullOrWhiteSpace(Evidence);

    /// <summary>True when the grant lists the calls that require it.</summary>
    public bool IsRequired => Required is { Count: > 0 };

    /// <summary>
    /// What justifies the grant in one line: the observed evidence when there is some, otherwise the calls that require
    /// it (the first few, then how many more), so that a policy statement built from a required grant still says why.
    /// </summary>
    public string Justification
    {
        get
        {
            if (IsObserved || !IsRequired)
            {
                return Evidence;
            }

            const int Shown = 3;
            var by = string.Join(", ", Required!.Take(Shown).Select(r => r.By));
            var more = Required!.Count > Shown ? $" and {Required.Count - Shown} more" : string.Empty;
            return $"Required by {by}{more} ({Required[0].From}).";
        }
    }

    /// <summary>True when this grant names the same action (IAM actions are case-insensitive), resource and passed-to service as <paramref name="other"/>.</summary>
    public bool SameGrantAs(LedgerGrant other) =>
        string.Equals(Action, other.Action, StringComparison.OrdinalIgnoreCase) && string.Equals(Resource, other.Resource, StringComparison.Ordinal)
        && string.Equals(PassedToService, other.PassedToService, StringComparison.Ordinal);
}
