using System.IO.Compression;
using System.Security.Cryptography;

namespace Infra.Tests.Workflows.Rehearsal;

/// <summary>package.yml, the workflow deploy-dev and pr-preview call: it runs for real and builds the bundle.</summary>
public class PackageRehearsalTests
{
    private RehearsalCheckout checkout = null!;
    private WorkflowRehearsal rehearsal = null!;

    [OneTimeSetUp]
    public void CreateCheckout()
    {
        WorkflowExpressions.RequireOrIgnore();
        checkout = new RehearsalCheckout();
        rehearsal = new WorkflowRehearsal(checkout);
    }

    [OneTimeTearDown]
    public void Remove()
    {
        rehearsal?.Dispose();
        checkout?.Dispose();
    }

    [Test]
    public void ThePackageJobImportsEachHandlerAndUploadsABundleOfBothFunctions()
    {
        var run = rehearsal.Run("package.yml", RehearsalEvent.Push());

        Assert.That(run.Job("package").Result, Is.EqualTo("success"), $"the package job must import each handler and build the bundle:\n{run.Describe()}");
        var bundle = Path.Combine(run.Artifacts, $"lambda-packages-{checkout.Head}", "lambda-packages.zip");
        using var zip = ZipFile.OpenRead(bundle);
        Assert.That(zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal), Is.EqualTo(new[] { "order-processor.zip", "product-api.zip" }), "the bundle must hold exactly the two functions' zips");
        using var inner = new ZipArchive(zip.GetEntry("order-processor.zip")!.Open());
        Assert.That(inner.Entries.Select(e => e.FullName), Does.Contain("handler.py").And.Contain("email_service.py"), "the function's zip must hold its handler at the root");
        Assert.That(run.Job("package").Outputs["sha256"], Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(bundle)))), "the sha256 output must be the bundle's hash");
        Assert.That(run.Commands, Has.Some.StartsWith("pip install").And.Some.Contains("infra/Handlers/order_processor/requirements.txt"), "the order processor's requirements must be installed into its package");
    }

    [Test]
    public void TwoPackageRunsOfOneCommitGiveTheSameBundleBytes()
    {
        var first = rehearsal.Run("package.yml", RehearsalEvent.Push());
        // Zip stores times at two-second resolution: the second run's files must be newer than that.
        Thread.Sleep(TimeSpan.FromSeconds(2.1));
        var second = rehearsal.Run("package.yml", RehearsalEvent.Push());

        var name = $"lambda-packages-{checkout.Head}";
        Assert.That(first.Job("package").Result, Is.EqualTo("success"), $"the first package run failed:\n{first.Describe()}");
        Assert.That(second.Job("package").Result, Is.EqualTo("success"), $"the second package run failed:\n{second.Describe()}");
        Assert.That(File.ReadAllBytes(Path.Combine(second.Artifacts, name, "lambda-packages.zip")), Is.EqualTo(File.ReadAllBytes(Path.Combine(first.Artifacts, name, "lambda-packages.zip"))),
            "two package runs of the same commit must give byte-identical bundles, or every plan shows both functions changing");
    }
}
