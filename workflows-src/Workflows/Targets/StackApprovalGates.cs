using Infra.Components;
using Infra.Configuration;
using Infra.Model;
using Infra.Rules;

namespace Infra.Workflows.Targets;

/// <summary>
/// The approval environments as the stacks define them: the gate environments each stack's bootstrap creates
/// (<see cref="DeploymentEnvironments"/>), the stack each is promoted from (<see cref="ProjectFile.PromotedFrom"/>, from the declared stacks) and whether
/// it needs a change ticket (<see cref="ApprovalPolicy"/>). One source of truth, so a workflow cannot name an
/// environment that no stack creates.
/// </summary>
public sealed class StackApprovalGates : IGateEnvironments
{
    /// <summary>Reads the chains from the built stacks.</summary>
    public StackApprovalGates(IEnumerable<Stack> stacks)
    {
        // In promotion order (dev, then what is promoted from it, ...), so that workflows list jobs as code flows.
        Chains = stacks
            .OrderBy(stack => Depth(stack.Config.ProjectFile, stack.Name))
            .ThenBy(stack => stack.Name, StringComparer.Ordinal)
            .Select(stack => new PromotionChain(
                stack.Name,
                stack.Config.ProjectFile.PromotedFrom(stack.Name),
                DeploymentEnvironments.For(stack.Config).Gates,
                ApprovalPolicy.NeedsChangeTicket(stack.Name)))
            .ToList();
    }

    /// <inheritdoc />
    public IReadOnlyList<PromotionChain> Chains { get; }

    private static int Depth(ProjectFile project, string stack) => project.PromotedFrom(stack) is { } below ? 1 + Depth(project, below) : 0;
}
