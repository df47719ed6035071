using Infra.Model;

namespace Infra.Resources.GitHub;

/// <summary>
/// The <c>deployment_branch_policy</c> block. With <c>custom_branch_policies</c>, only the refs named by the
/// environment's deployment policies may deploy.
/// </summary>
public sealed record EnvironmentDeploymentBranchPolicy
{
    /// <summary>Any protected branch may deploy (exclusive with custom policies).</summary>
    [Input("protected_branches")]
    public required bool ProtectedBranches { get; init; }

    /// <summary>Only the refs of the environment's deployment policies may deploy.</summary>
    [Input("custom_branch_policies")]
    public required bool CustomBranchPolicies { get; init; }
}
