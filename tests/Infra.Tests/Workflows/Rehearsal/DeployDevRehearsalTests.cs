using System.Security.Cryptography;

namespace Infra.Tests.Workflows.Rehearsal;

/// <summary>deploy-dev.yml on a push to main, end to end: test, package (the called package.yml), deploy.</summary>
public class DeployDevRehearsalTests
{
    private const string DevRole = "arn:aws:iam::536580886816:role/2-1-bbws-github-deploy-dev";
    private RehearsalCheckout checkout = null!;
    private WorkflowRehearsal rehearsal = null!;
    private RehearsalRun run = null!;

    [OneTimeSetUp]
    public void RunDeployDev()
    {
        WorkflowExpressions.RequireOrIgnore();
        checkout = new RehearsalCheckout();
        rehearsal = new WorkflowRehearsal(checkout);
        run = rehearsal.Run("deploy-dev.yml", RehearsalEvent.Push());
    }

    [OneTimeTearDown]
    public void Remove()
    {
        rehearsal?.Dispose();
        checkout?.Dispose();
    }

    [Test]
    public void TheTestPackageAndDeployJobsRunInNeedsOrderAndSucceed()
    {
        Assert.That(run.Jobs.Select(j => j.Id), Is.EqualTo(new[] { "test", "package/package", "package", "deploy" }), "the jobs must run in needs order, the called package workflow in place");
        Assert.That(run.Jobs.Select(j => j.Result), Is.All.EqualTo("success"), $"every job of deploy-dev must succeed:\n{run.Describe()}");
    }

    [Test]
    public void TheDeployJobUnpacksTheBundleThePackageJobUploaded()
    {
        var bundle = Path.Combine(run.Artifacts, $"lambda-packages-{checkout.Head}", "lambda-packages.zip");
        Assert.That(File.Exists(bundle), Is.True, $"the package job must upload the bundle as lambda-packages-<sha>:\n{run.Describe()}");
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(bundle)));
        Assert.Multiple(() =>
        {
            Assert.That(run.Job("package").Outputs["sha256"], Is.EqualTo(sha256), "package.yml's sha256 output must be the uploaded bundle's hash");
            Assert.That(run.Job("deploy").Step("Unpack the Lambda packages").Outcome, Is.EqualTo("success"), "the deploy job must verify and unpack the downloaded bundle");
            Assert.That(run.Job("deploy").Step("Unpack the Lambda packages").Log, Does.Contain("order-processor.zip").And.Contain("product-api.zip"), "the bundle must hold both functions' zips");
        });
    }

    [Test]
    public void TheDeployAssumesDevsDeployRoleAndDeploysTheCommitThroughTheEngine()
    {
        Assert.That(run.Roles, Is.EqualTo(new[] { ("deploy", DevRole) }), "only the deploy job may ask for credentials, and only for dev's deploy role in dev's account");
        var commands = run.Commands.Where(c => c.StartsWith("terraform ", StringComparison.Ordinal) || c.StartsWith("dotnet run", StringComparison.Ordinal)).Select(c => string.Join(' ', c.Split(' ').Take(8))).ToList();
        Assert.That(commands, Is.EqualTo(new[]
        {
            "dotnet run --project infra/Infra.Cli -- artifacts upload --stack",
            $"dotnet run --project infra/Infra.Cli -- deploy --stack dev",
            "terraform init -input=false",
            "terraform plan -input=false -out=" + commands.ElementAtOrDefault(3)?.Split("-out=").Last(),
            "terraform show -json " + commands.ElementAtOrDefault(3)?.Split("-out=").Last(),
            "terraform output -json",
            "terraform apply -input=false " + commands.ElementAtOrDefault(3)?.Split("-out=").Last(),
            "terraform output -json",
            "dotnet run --project infra/Infra.Cli -- artifacts pin --stack",
        }), $"the bundle must be stored in dev's bucket, then infra deploy must plan, show, apply the same plan file through the engine:\n{run.Describe()}");
        var stored = rehearsal.Cloud.S3.Objects.Where(o => o.Key.StartsWith($"{PackagedCommit.BucketOf("dev")}/bundles/{checkout.Head}/", StringComparison.Ordinal)).ToList();
        Assert.That(stored, Has.Count.EqualTo(1), "the pushed commit's bundle must be in dev's artifact bucket, where later jobs fetch it");
        Assert.That(stored.Single().Value.Tags["retention"], Is.EqualTo("pinned"), "the deployed bundle must be pinned once dev runs it");
        Assert.That(run.Commands, Has.Some.Contains($"--commit {checkout.Head}"), "the deploy must name the pushed commit");
        Assert.That(rehearsal.Cloud.Requests.Where(r => r.Method == "POST" && r.PathAndQuery == "/api/v3/repos/bbws/platform/deployments").Select(r => r.Body),
            Has.Some.Contains(checkout.Head).And.Some.Contains("\"environment\":\"dev\""), "the deploy must be recorded in GitHub for dev at the commit");
    }

    [Test]
    public void TheDeployReleasesThePinsOfDeploymentsOlderThanThePreviousOne()
    {
        using var rotating = new WorkflowRehearsal(checkout);
        var bucket = PackagedCommit.BucketOf("dev");
        var earlier = new[] { '1', '2' }.Select(c => (Commit: new string(c, 40), Sha256: new string(c, 64))).ToList();
        foreach (var (commit, sha256) in earlier)
        {
            rotating.Cloud.S3.Seed(bucket, PackagedCommit.BundleKey(commit, sha256), [0x50, 0x4b], retention: "pinned");
            _ = rotating.Cloud.GitHub.SeedOurs("dev", commit, "deploy", sha256, "success");
        }

        var deployed = rotating.Run("deploy-dev.yml", RehearsalEvent.Push());

        string Retention(int i) => rotating.Cloud.S3.Objects[$"{bucket}/{PackagedCommit.BundleKey(earlier[i].Commit, earlier[i].Sha256)}"].Tags["retention"];
        var pin = deployed.Job("deploy").Step("Pin the deployed bundle in dev's artifact bucket");
        Assert.That(pin.Outcome, Is.EqualTo("success"), $"the pin step must succeed:\n{deployed.Describe()}");
        Assert.That((Retention(0), Retention(1)), Is.EqualTo(("expirable", "pinned")),
            $"the deployment before the previous one must be released to the lifecycle and the previous one (the rollback target) kept:\n{pin.Log}");
        Assert.That(rotating.Cloud.S3.Refusals, Is.Empty, "dev's deploy role must be allowed every retag by its generated policies");
    }

    [Test]
    public void TheTestJobRunsTheHandlerTests()
    {
        Assert.That(run.Commands, Has.Some.StartsWith("pytest-3 tests/Handlers"), $"the test job must run the Lambda handlers' own tests before anything is packaged:\n{run.Describe()}");
    }

    [Test]
    public void FailingHandlerTestsStopTheDeploy()
    {
        using var other = new RehearsalCheckout();
        using var failing = new WorkflowRehearsal(other) { HandlerTestsExit = 1 };

        var failed = failing.Run("deploy-dev.yml", RehearsalEvent.Push());

        Assert.That(failed.Job("test").Step("Run the handler tests").Outcome, Is.EqualTo("failure"), "a failing handler test must fail the test job");
        Assert.That(failed.Job("deploy").Result, Is.EqualTo("skipped"), $"nothing may be deployed when the handler tests fail:\n{failed.Describe()}");
    }

    [Test]
    public void TheCoverageGateFailsWhenTheTestsWriteNoCoverageReport()
    {
        using var other = new RehearsalCheckout();
        using var noReport = new WorkflowRehearsal(other) { Coverage = "none" };

        var failed = noReport.Run("deploy-dev.yml", RehearsalEvent.Push());

        Assert.That(failed.Job("test").Step("Coverage gate: at least 80% of lines").Outcome, Is.EqualTo("failure"), "a test run that produced no coverage report must fail the gate, not pass it");
        Assert.That(failed.Job("deploy").Result, Is.EqualTo("skipped"), "nothing may be deployed when the gate failed");
    }

    [Test]
    public void TheCoverageGateFailsUnder80Percent()
    {
        using var other = new RehearsalCheckout();
        using var low = new WorkflowRehearsal(other) { Coverage = "0.79" };

        var failed = low.Run("deploy-dev.yml", RehearsalEvent.Push());

        Assert.That(failed.Job("test").Step("Coverage gate: at least 80% of lines").Outcome, Is.EqualTo("failure"), "79% line coverage must fail the gate");
        Assert.That(failed.Job("test").Step("Store the test report").Outcome, Is.EqualTo("success"), "the test report must be stored even when the gate fails (if: always())");
    }
}
