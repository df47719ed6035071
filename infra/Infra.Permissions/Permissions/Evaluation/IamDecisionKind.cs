namespace Infra.Permissions;

/// <summary>The outcome of evaluating one request, as AWS names it.</summary>
public enum IamDecisionKind
{
    /// <summary>Some policy allows and nothing denies.</summary>
    Allowed,

    /// <summary>Nothing denies, but no policy that must allow does.</summary>
    ImplicitDeny,

    /// <summary>A Deny statement matches; nothing can override it.</summary>
    ExplicitDeny,
}
