using Infra.Emitters;
using Infra.Model;
using Infra.Synthesis;
using Infra.Workflows.Rendering;
using Infra.Workflows.Targets;

namespace Infra.Workflows;

/// <summary>
/// Plugs the workflows into <c>infra synth</c>: every workflow under <c>.github/workflows</c> is generated, validated
/// with the stacks' output before anything is written, and checked by <c>synth --check</c>.
/// </summary>
/// <param name="gates">The approval environments; by default those the stacks create (see <see cref="StackApprovalGates"/>).</param>
public sealed class WorkflowSource(IGateEnvironments? gates = null) : IGeneratedFileSource
{
    /// <inheritdoc />
    public RepositoryPath OutputRoot => new(".github");

    /// <inheritdoc />
    public IEnumerable<GeneratedFile> Generate(IReadOnlyList<Stack> stacks) =>
        WorkflowSet.BuildValidated(WorkflowSet.Context(stacks, gates ?? new StackApprovalGates(stacks))).Select(WorkflowRenderer.Render).ToList();
}
