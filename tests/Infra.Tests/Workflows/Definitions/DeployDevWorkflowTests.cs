using System.Globalization;
using Infra.Workflows.Definitions;

namespace Infra.Tests.Workflows.Definitions;

/// <summary>deploy-dev's coverage gate, run with bash as the runner runs it, over report folders the test writes.</summary>
[NonParallelizable]
public class DeployDevWorkflowTests
{
    private string workspace = string.Empty;

    [SetUp]
    public void CreateWorkspace()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "the steps are bash scripts for an ubuntu runner");
        workspace = Path.Combine(Path.GetTempPath(), $"infra-coverage-{Guid.NewGuid():N}", "workspace");
        Directory.CreateDirectory(workspace);
    }

    [TearDown]
    public void RemoveWorkspace()
    {
        if (workspace.Length > 0)
        {
            Directory.Delete(Path.GetDirectoryName(workspace)!, recursive: true);
        }
    }

    [Test]
    public void TheCoverageGateFailsWhenTheTestsWroteNoCoverageReport()
    {
        Directory.CreateDirectory(Path.Combine(workspace, ".build/test-results"));

        var result = StepShell.Run(Gate(), workspace);

        Assert.That(result.Exit, Is.Not.Zero, $"with no coverage report the gate passed, so an untested commit deploys: {result.Output}");
        Assert.That(result.Output, Does.Contain("no coverage report"), "the failure must say that no report was found");
    }

    [TestCase(new[] { 0.85 }, true)]
    [TestCase(new[] { 0.80 }, true)]
    [TestCase(new[] { 0.70 }, false)]
    [TestCase(new[] { 0.91, 0.70 }, false)]
    public void TheCoverageGatePassesOnlyWhenEveryReportReachesTheMinimum(double[] rates, bool passes)
    {
        for (var i = 0; i < rates.Length; i++)
        {
            var folder = Directory.CreateDirectory(Path.Combine(workspace, ".build/test-results", $"run-{i}")).FullName;
            File.WriteAllText(Path.Combine(folder, "coverage.cobertura.xml"), $"""<?xml version="1.0" encoding="utf-8"?><coverage line-rate="{rates[i].ToString(CultureInfo.InvariantCulture)}" branch-rate="0.5" version="1.9"></coverage>""");
        }

        var result = StepShell.Run(Gate(), workspace);

        Assert.That(result.Exit == 0, Is.EqualTo(passes), $"line rates {string.Join(", ", rates)} against {DeployDevWorkflow.MinimumLineCoverage}%: {result.Output}");
    }

    private static GeneratedStep Gate() => GeneratedStep.Read(DeployDevWorkflow.FileName, "test", "Coverage gate");
}
