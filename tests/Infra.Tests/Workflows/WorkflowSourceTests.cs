using Infra.Synthesis;
using Infra.Tests.Testing;
using Infra.Workflows;
using Infra.Workflows.Rendering;
using static Infra.Tests.Testing.CliRunner;

namespace Infra.Tests.Workflows;

public class WorkflowSourceTests
{
    [Test]
    public void SynthFailsWithExitTwoAndWritesNothingWhenProdHasNoChangeTicketPattern()
    {
        using var repo = TestRepository.CopyOfReal();
        Assert.That(Run("synth", "--root", repo.Root).Exit, Is.EqualTo(ExitCodes.Ok), "test setup: the first synth must pass");
        var before = repo.Snapshot(".").Where(f => f.Key != "Pulumi.prod.yaml").ToDictionary();
        repo.Replace("Pulumi.prod.yaml", "  bbws:changeTicketPattern: CHG[0-9]{7}\n", string.Empty);

        var (exit, _, error) = Run("synth", "--root", repo.Root);

        Assert.That(exit, Is.EqualTo(ExitCodes.BadInput), error);
        Assert.That(error, Does.Contain("bbws:changeTicketPattern").And.Contain("Nothing was written"));
        var after = repo.Snapshot(".").Where(f => f.Key != "Pulumi.prod.yaml").ToDictionary();
        Assert.That(after, Is.EqualTo(before), "a refused synth must leave every file as it was");
    }

    [Test]
    public void SynthCheckReportsAChangedWorkflowButNotAHandWrittenOne()
    {
        using var repo = TestRepository.CopyOfReal();
        Assert.That(Run("synth", "--root", repo.Root).Exit, Is.EqualTo(ExitCodes.Ok), "test setup: the first synth must pass");
        repo.Replace(".github/workflows/deploy-dev.yml", "cancel-in-progress: false", "cancel-in-progress: true");
        repo.Write(".github/workflows/hand-written.yml", "name: x\n");

        var (exit, _, error) = Run("synth", "--check", "--root", repo.Root);

        Assert.That(exit, Is.EqualTo(ExitCodes.CheckFailed));
        Assert.That(error, Does.Contain(".github/workflows/deploy-dev.yml (differs)"));
        Assert.That(error, Does.Not.Contain("hand-written.yml"), "a workflow synth never generated is not synth's to call stale");
    }

    [Test]
    public void SynthWritesEveryWorkflowUnderTheHeaderAndOwnsTheFolder()
    {
        var result = Synthesizer.Run(Testing.TestApp.Platform, RepositoryFiles.Root, sources: [new WorkflowSource()]);
        var workflows = result.Files.Where(f => f.Path.Value.StartsWith(".github/workflows/", StringComparison.Ordinal)).ToList();

        Assert.That(workflows.Select(f => f.Path.Value.Split('/')[^1]).Order(), Is.EqualTo(new[]
        {
            "deploy-dev.yml", "drift.yml", "package.yml", "pr-preview.yml", "promote-prod.yml", "promote-sit.yml", "refresh-lock-files.yml", "rollback.yml",
        }));
        Assert.That(workflows.Select(f => f.Content.Split('\n')[0]), Is.All.EqualTo(WorkflowRenderer.Header), "every workflow says which source and command produced it");
        Assert.That(result.Roots.Where(r => r.Complete).Select(r => r.Path.Value), Does.Contain(".github"), "with every source run, synth owns the workflows it lists in .github's manifest");
    }

    [Test]
    public void OneStackSynthLeavesTheWorkflowsAlone()
    {
        var result = Synthesizer.Run(Testing.TestApp.Platform, RepositoryFiles.Root, "dev", sources: [new WorkflowSource()]);

        Assert.That(result.Files.Select(f => f.Path.Value), Has.None.StartsWith(".github/workflows/"), "workflows span every stack, so a one-stack synth must not rewrite or remove them");
        Assert.That(result.Roots.Where(r => r.Complete).Select(r => r.Path.Value), Has.None.StartsWith(".github"), "a one-stack synth must not rewrite .github's manifest or remove anything there");
    }

    [Test]
    public void TheCommittedWorkflowsEqualAFreshGeneration()
    {
        var result = Synthesizer.Run(Testing.TestApp.Platform, RepositoryFiles.Root, sources: [new WorkflowSource()]);

        Assert.That(OutputWriter.Stale(RepositoryFiles.Root, result).Where(s => s.StartsWith(".github/", StringComparison.Ordinal)), Is.Empty, "run 'dotnet run --project infra/Infra.Cli -- synth' and commit .github/workflows");
    }
}
