using Infra.Tests.Testing;
using Infra.Workflows.Definitions;
using Infra.Workflows.Targets;
using YamlDotNet.RepresentationModel;

namespace Infra.Tests.Workflows.Definitions;

/// <summary>drift.yml as committed: what GitHub reads.</summary>
public class DriftWorkflowTests
{
    [TestCase("dev", "deploy-dev.yml", "deploy")]
    [TestCase("sit", "promote-sit.yml", "apply")]
    [TestCase("prod", "promote-prod.yml", "apply")]
    [TestCase("prod", "rollback.yml", "rollback-prod")]
    public void AStacksDriftJobQueuesInTheSameGroupAsItsDeploysWithoutCancelling(string stack, string changer, string changerJob)
    {
        var drift = Concurrency(DriftWorkflow.FileName, $"drift-{stack}");
        var change = Concurrency(changer, changerJob);

        Assert.Multiple(() =>
        {
            Assert.That(drift, Is.EqualTo(change), $"drift-{stack} and {changer}'s {changerJob} must share one concurrency group, or a drift plan during the deploy reports the deploy as drift");
            Assert.That(drift.Group, Is.EqualTo($"infra-{stack}"));
            Assert.That(drift.CancelInProgress, Is.EqualTo("false"), "a drift job must queue, never cancel a running deploy");
        });
    }

    [Test]
    public void TheDriftJobsRunOnTheDefaultBranchOfTheAppTheyAreHanded()
    {
        var context = new WorkflowContext(new StandInApp { DefaultBranch = "trunk" }, GeneratedWorkflows.Context.Targets, new StackApprovalGates(Synthesized.Value));

        var drift = DriftWorkflow.Build(context);

        Assert.That(drift.Jobs.Select(j => j.If), Has.All.EqualTo("github.ref == 'refs/heads/trunk'"), "the drift roles trust the app's default branch only, so the jobs must run there");
    }

    [Test]
    public void AnAppWhoseDriftRolesTrustAnotherFileIsRefused()
    {
        var context = new WorkflowContext(new StandInApp { DriftWorkflowPath = ".github/workflows/nightly.yml" }, GeneratedWorkflows.Context.Targets, new StackApprovalGates(Synthesized.Value));

        var error = Assert.Throws<Infra.InfraException>(() => DriftWorkflow.Build(context));

        Assert.That(error!.Message, Does.Contain(".github/workflows/nightly.yml").And.Contain("drift.yml"), "a workflow no drift role trusts would fail every night: name both files");
    }

    private static readonly Lazy<IReadOnlyList<Infra.Model.Stack>> Synthesized = new(() => Infra.Synthesis.Synthesizer.Run(TestApp.Platform, RepositoryFiles.Root).Stacks);

    private static (string? Group, string? CancelInProgress) Concurrency(string file, string jobId)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(RepositoryFiles.PathOf($".github/workflows/{file}"))));
        var job = (YamlMappingNode)((YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["jobs"])[jobId];
        if (!job.Children.TryGetValue(new YamlScalarNode("concurrency"), out var node))
        {
            return (null, null);
        }

        var concurrency = (YamlMappingNode)node;
        return (((YamlScalarNode)concurrency["group"]).Value, ((YamlScalarNode)concurrency["cancel-in-progress"]).Value);
    }
}
