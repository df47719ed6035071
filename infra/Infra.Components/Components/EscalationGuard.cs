using Infra.Model;

namespace Infra.Components;

/// <summary>
/// What keeps a CI role that manages workload roles from making itself or any role more powerful: the boundary every
/// role it writes must carry, the path those roles live under, CI's own roles, the OIDC provider and the state key,
/// which it must never change. <see cref="GithubActionsRole"/> turns it into conditions on the ledger's role grants and explicit
/// Deny statements.
/// </summary>
public sealed record EscalationGuard
{
    /// <summary>
    /// The role-writing IAM actions that support the <c>iam:PermissionsBoundary</c> condition key (IAM catalog,
    /// condition-keys column): each ledger grant of one is allowed only with the boundary.
    /// </summary>
    public static readonly IReadOnlyList<string> BoundaryConditionedActions =
    [
        "iam:AttachRolePolicy", "iam:CreateRole", "iam:DeleteRole", "iam:DeleteRolePermissionsBoundary", "iam:DeleteRolePolicy",
        "iam:DetachRolePolicy", "iam:PutRolePermissionsBoundary", "iam:PutRolePolicy", "iam:UpdateAssumeRolePolicy",
        "iam:UpdateRole", "iam:UpdateRoleDescription",
    ];

    /// <summary>The role-writing IAM actions a ledger may grant only on workload roles: the conditioned ones, tagging and passing.</summary>
    public static readonly IReadOnlyList<string> RoleWritingActions =
        [.. BoundaryConditionedActions, "iam:PassRole", "iam:TagRole", "iam:UntagRole"];

    /// <summary>The workload boundary's ARN (<see cref="WorkloadBoundary.ArnOf"/>).</summary>
    public required string BoundaryArn { get; init; }

    /// <summary>The ARN pattern of the roles the CI role may write, e.g. <c>arn:aws:iam::123456789012:role/bbws/workload/*</c>.</summary>
    public required string WorkloadRoleArnPattern { get; init; }

    /// <summary>The ARN pattern of CI's own roles, e.g. <c>arn:aws:iam::123456789012:role/2-1-bbws-github-*</c>.</summary>
    public required string ProtectedRoleArnPattern { get; init; }

    /// <summary>The GitHub OIDC provider's ARN.</summary>
    public required string ProviderArn { get; init; }

    /// <summary>
    /// The ARN of the key that encrypts the state, whose policy, grants and life CI must never change; null when the
    /// stack has none.
    /// </summary>
    public Input<string>? StateKeyArn { get; init; }
}
