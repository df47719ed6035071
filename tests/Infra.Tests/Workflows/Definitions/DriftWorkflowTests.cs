using Infra.Tests.Testing;
using Infra.Workflows.Definitions;
using YamlDotNet.RepresentationModel;

namespace Infra.Tests.Workflows.Definitions;

/// <summary>drift.yml as committed: what GitHub reads.</summary>
public class DriftWorkflowTests
{
    [TestCase("dev", "deploy-dev.yml", "deploy")]
    [TestCase("sit", "promote-sit.yml", "apply")]
    [TestCase("prod", "promote-prod.yml", "apply")]
    [TestCase("prod", "rollback.yml", "rollback-prod")]
    public void A_stacks_drift_job_queues_in_the_same_group_as_its_deploys_without_cancelling(string stack, string changer, string changerJob)
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
