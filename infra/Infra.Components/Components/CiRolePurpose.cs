namespace Infra.Components;

/// <summary>What a CI role is for: how the workflows find the role their jobs assume (<see cref="GithubActionsRole.Find"/>).</summary>
public enum CiRolePurpose
{
    /// <summary>Plans and applies the stack's main root (deploy, promotion apply, rollback).</summary>
    Deploy,

    /// <summary>Previews pull requests read-only.</summary>
    PullRequestPlan,

    /// <summary>Plans a promotion read-only before its approvals.</summary>
    PromotePlan,

    /// <summary>Plans the stack read-only on schedule to find drift.</summary>
    Drift,
}
