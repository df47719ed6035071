using Infra.Synthesis;
using Infra.Tests.Testing;
using Infra.Workflows;
using Infra.Workflows.Model;
using Infra.Workflows.Targets;

namespace Infra.Tests.Workflows;

/// <summary>The real project's workflows, built once from the real stacks.</summary>
public static class GeneratedWorkflows
{
    private static readonly Lazy<(WorkflowContext Context, IReadOnlyList<Workflow> Workflows)> Built = new(() =>
    {
        var stacks = Synthesizer.Run(Testing.TestApp.Platform, RepositoryFiles.Root).Stacks;
        var context = WorkflowSet.Context(stacks, new StackApprovalGates(stacks));
        return (context, WorkflowSet.Build(context));
    });

    /// <summary>The stacks and chains.</summary>
    public static WorkflowContext Context => Built.Value.Context;

    /// <summary>Every workflow, unvalidated.</summary>
    public static IReadOnlyList<Workflow> All => Built.Value.Workflows;

    /// <summary>The workflow written to <paramref name="fileName"/>.</summary>
    public static Workflow File(string fileName) => All.Single(w => w.FileName == fileName);

    /// <summary>Every workflow, with one job of one file replaced by <paramref name="change"/>.</summary>
    public static IReadOnlyList<Workflow> WithJob(string fileName, string jobId, Func<Job, Job> change) =>
        [.. All.Select(w => w.FileName != fileName ? w : w with { Jobs = [.. w.Jobs.Select(j => j.Id == jobId ? change(j) : j)] })];

    /// <summary>Every workflow, with <paramref name="step"/> added at the end of one job.</summary>
    public static IReadOnlyList<Workflow> WithStep(string fileName, string jobId, Step step) =>
        WithJob(fileName, jobId, j => j with { Steps = [.. j.Steps, step] });
}
