using Infra.Cli;
using Infra.Model;
using Infra.Synthesis;
using Infra.Tests.Testing;
using Infra.Workflows;
using Infra.Workflows.Rendering;

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
    public void SynthCheckReportsAChangedAndAnUngeneratedWorkflow()
    {
        using var repo = TestRepository.CopyOfReal();
        Assert.That(Run("synth", "--root", repo.Root).Exit, Is.EqualTo(ExitCodes.Ok), "test setup: the first synth must pass");
        repo.Replace(".github/workflows/deploy-dev.yml", "cancel-in-progress: false", "cancel-in-progress: true");
        repo.Write(".github/workflows/hand-written.yml", "name: x\n");

        var (exit, _, error) = Run("synth", "--check", "--root", repo.Root);

        Assert.That(exit, Is.EqualTo(ExitCodes.CheckFailed));
        Assert.That(error, Does.Contain(".github/workflows/deploy-dev.yml (differs)").And.Contain(".github/workflows/hand-written.yml (no longer generated)"));
    }

    [Test]
    public void SynthWritesEveryWorkflowUnderTheHeaderAndOwnsTheFolder()
    {
        var result = Synthesizer.Run(RepositoryFiles.Root, sources: [new WorkflowSource()]);
        var workflows = result.Files.Where(f => f.Path.Value.StartsWith(".github/workflows/", StringComparison.Ordinal)).ToList();

        Assert.That(workflows.Select(f => f.Path.Value.Split('/')[^1]).Order(), Is.EqualTo(new[]
        {
            "deploy-dev.yml", "drift.yml", "package.yml", "pr-preview.yml", "promote-prod.yml", "promote-sit.yml", "rollback.yml",
        }));
        Assert.That(workflows.Select(f => f.Content.Split('\n')[0]), Is.All.EqualTo(WorkflowRenderer.Header), "every workflow says which source and command produced it");
        Assert.That(result.OwnedDirectories.Select(d => d.Value), Does.Contain(".github/workflows"));
    }

    [Test]
    public void OneStackSynthLeavesTheWorkflowsAlone()
    {
        var result = Synthesizer.Run(RepositoryFiles.Root, "dev", sources: [new WorkflowSource()]);

        Assert.That(result.Files.Select(f => f.Path.Value), Has.None.StartsWith(".github/workflows/"), "workflows span every stack, so a one-stack synth must not rewrite or remove them");
        Assert.That(result.OwnedDirectories.Select(d => d.Value), Has.None.StartsWith(".github/workflows"));
    }

    [Test]
    public void TheCommittedWorkflowsEqualAFreshGeneration()
    {
        var result = Synthesizer.Run(RepositoryFiles.Root, sources: [new WorkflowSource()]);

        Assert.That(OutputWriter.Stale(RepositoryFiles.Root, result).Where(s => s.StartsWith(".github/", StringComparison.Ordinal)), Is.Empty, "run 'dotnet run --project infra/Infra.Cli -- synth' and commit .github/workflows");
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = InfraCli.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
