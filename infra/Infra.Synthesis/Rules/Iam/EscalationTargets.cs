using Infra.Model;

namespace Infra.Rules;

/// <summary>What <see cref="IamEscalationRule"/> probes in one stack.</summary>
/// <param name="AccountId">The stack's account.</param>
/// <param name="DeployRoleArn">The deploy role, the principal of the deploy probes.</param>
/// <param name="BoundaryArn">The workload boundary.</param>
/// <param name="ProviderArn">The GitHub OIDC provider.</param>
/// <param name="CiRoleArns">CI's own roles (deploy, plan, drift).</param>
/// <param name="WorkloadRoles">Each workload role's ARN and the service its trust names (null when none).</param>
/// <param name="StateKeyArn">The key that encrypts the state, which the deploy role must not manage; null when none.</param>
/// <param name="Backend">The main root's state backend, whose objects and lock a bounded role must not touch; null when none.</param>
public sealed record EscalationTargets(
    string AccountId,
    string DeployRoleArn,
    string BoundaryArn,
    string ProviderArn,
    IReadOnlyList<string> CiRoleArns,
    IReadOnlyList<(string Arn, string? Service)> WorkloadRoles,
    TerraformBackend? Backend,
    string? StateKeyArn = null);
