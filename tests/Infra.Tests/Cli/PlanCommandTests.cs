using Infra.Tests.Deploy.Support;
using Infra.Tests.Plans;
using static Infra.Tests.Testing.CliRunner;

namespace Infra.Tests.Cli;

/// <summary><c>infra plan</c> through the real command line, with a stand-in STS and a stand-in terraform.</summary>
[NonParallelizable]
public class PlanCommandTests
{
    // init and plan succeed; show -json prints the plan the test wrote.
    private const string Terraform = """
        #!/bin/sh
        case "$1" in
          show) cat "$TF_STANDIN_SHOW" ;;
        esac
        exit 0
        """;

    private string folder = string.Empty;

    [SetUp]
    public void CreateFolder()
    {
        folder = Path.Combine(Path.GetTempPath(), $"infra-plan-out-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(folder, "bin"));
        File.WriteAllText(Path.Combine(folder, "credentials"), string.Empty);
        File.WriteAllText(Path.Combine(folder, "config"), string.Empty);
        StandInExecutable.Install(Path.Combine(folder, "bin"), "terraform", Terraform);
    }

    [TearDown]
    public void RemoveFolder() => Directory.Delete(folder, recursive: true);

    [Test]
    public void PlanWritesOutIntoAFolderThatDoesNotExistYet()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "the terraform stand-in is a POSIX shell script");
        using var repository = SynthesizedRepository();
        using var sts = new LoopbackServer(_ => new StubResponse(200, "text/xml", StsAnswers.DevCallerIdentity));
        using var env = new EnvironmentScope(new Dictionary<string, string?>
        {
            ["AWS_ACCESS_KEY_ID"] = "AKIDEXAMPLE",
            ["AWS_SECRET_ACCESS_KEY"] = "secret",
            ["AWS_SESSION_TOKEN"] = null,
            ["AWS_PROFILE"] = null,
            ["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(folder, "credentials"),
            ["AWS_CONFIG_FILE"] = Path.Combine(folder, "config"),
            ["AWS_EC2_METADATA_DISABLED"] = "true",
            ["AWS_ENDPOINT_URL"] = null,
            ["AWS_ENDPOINT_URL_STS"] = sts.Url,
            ["AWS_MAX_ATTEMPTS"] = "1",
            ["TF_STANDIN_SHOW"] = PlanFiles.Write(PlanFiles.DevPlan().ToString()),
            ["PATH"] = Path.Combine(folder, "bin") + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH"),
        });

        // As the pull-request plan job calls it: --out .build/plan/dev.json, and nothing creates .build/plan first.
        var planJson = Path.Combine(repository.Root, ".build", "plan", "dev.json");
        var (exit, output, error) = Run("plan", "--stack", "dev", "--out", planJson, "--root", repository.Root);

        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), $"plan --out into a missing folder must create it, not fail: {error}{output}");
        Assert.That(File.ReadAllText(planJson), Does.Contain("resource_changes"), "the plan JSON must be written where --out says");
    }
}
