using Infra.Workflows.Definitions;


namespace Infra.Tests.Workflows.Definitions;

/// <summary>The generated rollback steps, run with bash as the runner runs them, with a <c>dotnet</c> that records its arguments.</summary>
[NonParallelizable]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class RollbackWorkflowTests
{
    private string folder = string.Empty;

    [SetUp]
    public void CreateFolder()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "the steps are bash scripts for an ubuntu runner");
        folder = Path.Combine(Path.GetTempPath(), $"infra-rollback-step-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(folder, "workspace"));
        Directory.CreateDirectory(Path.Combine(folder, "bin"));
        System.IO.File.WriteAllText(Path.Combine(folder, "bin", "dotnet"), "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$DOTNET_ARGS\"\n");
        File.SetUnixFileMode(Path.Combine(folder, "bin", "dotnet"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    [TearDown]
    public void RemoveFolder()
    {
        if (folder.Length > 0)
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [TestCase("dev")]
    [TestCase("sit")]
    [TestCase("prod")]
    public void AnEmptyVersionRollsBackToThePreviousVersionWithoutPassingTo(string stack)
    {
        var arguments = RunRollback(stack, version: string.Empty);

        Assert.That(arguments, Is.EqualTo(new[] { "run", "--project", "infra/Infra.Cli", "--", "rollback", "--stack", stack, "--yes" }), "an empty version must reach infra rollback as no --to at all (the previous version), not as --to ''");
    }

    [TestCase("6")]
    [TestCase("2-1-bbws-order-processor-dev=6,2-1-bbws-product-api-dev=4")]
    public void ATypedVersionReachesInfraRollbackAsOneToArgument(string version)
    {
        var arguments = RunRollback("dev", version);

        Assert.That(arguments, Is.EqualTo(new[] { "run", "--project", "infra/Infra.Cli", "--", "rollback", "--stack", "dev", "--to", version, "--yes" }), "the version must reach --to unchanged, as one argument");
    }

    [Test]
    public void TheVersionInputIsOptionalAndSaysWhatToAcceptsNotACommit()
    {
        var version = GeneratedWorkflows.File(RollbackWorkflow.FileName).On.Dispatch!.Single(i => i.Name == "version");

        Assert.Multiple(() =>
        {
            Assert.That(version.Required, Is.False, "a required version makes the documented default, the previous version, unreachable");
            Assert.That(version.Description, Does.Contain("previous version").And.Contain("function=version").And.Contain("version number").And.Not.Contain("a commit that"), "the input must describe what infra rollback --to accepts");
        });
    }

    private string[] RunRollback(string stack, string version)
    {
        var log = Path.Combine(folder, "dotnet.args");
        var step = GeneratedStep.Read(RollbackWorkflow.FileName, $"rollback-{stack}", "infra rollback");

        var result = StepShell.Run(step, Path.Combine(folder, "workspace"), Path.Combine(folder, "bin"), new Dictionary<string, string?> { ["VERSION"] = version, ["DOTNET_ARGS"] = log, ["GITHUB_TOKEN"] = "ghs_standin" });

        Assert.That(result.Exit, Is.Zero, $"the rollback step failed before reaching infra: {result.Output}");
        return File.ReadAllLines(log);
    }
}
