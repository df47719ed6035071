namespace Infra.Permissions;

/// <summary>
/// The decision on one request, with the statement that decided it (the deny, or the allow) or, for an implicit deny,
/// the policy that failed to allow, so that a message can point at the line to change.
/// </summary>
/// <param name="Kind">Allowed, implicitly or explicitly denied.</param>
/// <param name="PolicyName">The policy that decided, or null when no policy was involved (no identity policy allows).</param>
/// <param name="StatementIndex">The deciding statement's index in its policy's <c>Statement</c> array; null for an implicit deny.</param>
/// <param name="Sid">The deciding statement's Sid, when it has one.</param>
/// <param name="Reason">Why, in a sentence, e.g. <c>no identity policy statement allows the action on the resource</c>.</param>
public sealed record IamDecision(IamDecisionKind Kind, string? PolicyName, int? StatementIndex, string? Sid, string Reason)
{
    /// <summary>True when the request is allowed.</summary>
    public bool IsAllowed => Kind == IamDecisionKind.Allowed;

    /// <summary>The decision as a message: kind, reason and the deciding statement.</summary>
    public override string ToString()
    {
        var where = PolicyName is null ? ""
            : StatementIndex is null ? $" ({PolicyName})"
            : $" ({PolicyName} Statement[{StatementIndex}]{(Sid is null ? "" : " Sid " + Sid)})";
        return $"{Kind}: {Reason}{where}";
    }
}
