using Infra.Model;

namespace Infra.Workflows.Targets;

/// <summary>Everything the workflow definitions read: the app, each stack as built, and the promotion chains.</summary>
public sealed record WorkflowContext
{
    /// <summary>Pairs every chain with its stack; throws when a chain names a stack the project lacks, or a stack has no chain.</summary>
    /// <param name="app">The app that built the stacks: its branches and workflow paths.</param>
    /// <param name="targets">The stacks as built.</param>
    /// <param name="gates">The approval environments.</param>
    public WorkflowContext(IInfraApp app, IReadOnlyList<DeploymentTarget> targets, IGateEnvironments gates)
    {
        App = app;
        Targets = targets;
        Chains = gates.Chains;
        var stacks = targets.Select(t => t.Stack).ToHashSet(StringComparer.Ordinal);
        foreach (var chain in Chains)
        {
            if (!stacks.Contains(chain.Stack))
            {
                throw new InfraException($"workflows: the promotion chain names stack '{chain.Stack}', which has no Pulumi.{chain.Stack}.yaml (stacks: {string.Join(", ", stacks.Order(StringComparer.Ordinal))}): fix the environments the stacks define (DeploymentEnvironments, bbws:stacks in Pulumi.yaml). Nothing was written.");
            }

            if (chain.PromotedFrom is { } from && !stacks.Contains(from))
            {
                throw new InfraException($"workflows: stack '{chain.Stack}' is promoted from '{from}', which is not a stack: fix the environments the stacks define (DeploymentEnvironments, bbws:stacks in Pulumi.yaml). Nothing was written.");
            }
        }

        var missing = stacks.Except(Chains.Select(c => c.Stack)).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            throw new InfraException($"workflows: stack(s) {string.Join(", ", missing)} have no promotion chain, so no workflow deploys them: add one in {nameof(StackApprovalGates)}. Nothing was written.");
        }
    }

    /// <summary>The app that built the stacks.</summary>
    public IInfraApp App { get; }

    /// <summary>The stacks, in promotion order.</summary>
    public IReadOnlyList<DeploymentTarget> Targets { get; }

    /// <summary>The promotion chains, in promotion order.</summary>
    public IReadOnlyList<PromotionChain> Chains { get; }

    /// <summary>Every environment a workflow may name: the stacks' own and the approval gates.</summary>
    public IReadOnlySet<string> Environments => Chains.SelectMany(c => c.Environments).ToHashSet(StringComparer.Ordinal);

    /// <summary>The stack named <paramref name="stack"/>.</summary>
    public DeploymentTarget Target(string stack) => Targets.Single(t => t.Stack == stack);

    /// <summary>The chains in promotion order with their targets.</summary>
    public IEnumerable<(PromotionChain Chain, DeploymentTarget Target)> Ordered => Chains.Select(c => (c, Target(c.Stack)));
}
