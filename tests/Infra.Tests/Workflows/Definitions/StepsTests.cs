using Infra.Model;
using Infra.Workflows.Definitions;

namespace Infra.Tests.Workflows.Definitions;

public class StepsTests
{
    [Test]
    public void EveryTerraformSetupInEveryWorkflowInstallsThePinnedVersion()
    {
        var setups = (from w in GeneratedWorkflows.All
                      from j in w.Jobs
                      from s in j.Steps
                      where s.Uses == Actions.SetupTerraform
                      select (Where: $"{w.FileName}: job '{j.Id}'", Version: s.With.GetValueOrDefault("terraform_version"))).ToList();

        Assert.That(setups, Is.Not.Empty, "the workflows must install Terraform somewhere");
        Assert.That(setups.Where(s => s.Version != EngineVersions.Terraform).Select(s => $"{s.Where} installs '{s.Version ?? "latest"}'"), Is.Empty, $"every setup-terraform must install exactly {EngineVersions.Terraform}, or stacks apply with different Terraform builds");
    }
}
