using Infra.Model;
using Infra.Workflows.Definitions;
using Infra.Workflows.Model;
using Infra.Workflows.Targets;
using Infra.Workflows.Validation;

namespace Infra.Workflows;

/// <summary>Every workflow of the project, built from the stacks and the promotion chains, and validated.</summary>
public static class WorkflowSet
{
    /// <summary>The context the definitions read, from built stacks.</summary>
    public static WorkflowContext Context(IReadOnlyList<Stack> stacks, IGateEnvironments gates) =>
        new(AppOf(stacks), [.. stacks.Select(DeploymentTarget.From)], gates);

    // The workflows receive the app through the graph: every stack names the app that built it, and it is one app.
    private static IInfraApp AppOf(IReadOnlyList<Stack> stacks) =>
        stacks.Select(s => s.App).Distinct().ToList() is [{ } app]
            ? app
            : throw new InfraException($"workflows: stacks {string.Join(", ", stacks.Select(s => s.Name))} were not all built by one app (IInfraApp.Build), so their branches and workflow paths are unknown. Synthesize them with Synthesizer.Run(app, ...). Nothing was written.");

    /// <summary>Builds every workflow (unvalidated, for tests that break one on purpose).</summary>
    public static IReadOnlyList<Workflow> Build(WorkflowContext context) =>
    [
        PackageWorkflow.Build(context),
        DeployDevWorkflow.Build(context),
        .. context.Ordered.Where(o => o.Chain.PromotedFrom is not null).Select(o => PromoteWorkflow.Build(o.Chain, o.Target)),
        PrPreviewWorkflow.Build(context),
        DriftWorkflow.Build(context),
        RollbackWorkflow.Build(context),
        RefreshLockFilesWorkflow.Build(context),
    ];

    /// <summary>Builds and validates every workflow; throws <see cref="InfraException"/> on any problem.</summary>
    public static IReadOnlyList<Workflow> BuildValidated(WorkflowContext context)
    {
        var workflows = Build(context);
        WorkflowValidator.Validate(workflows, context);
        return workflows;
    }
}
