using Infra.Synthesis;
using Infra.Tests.Testing;
using static Infra.Tests.Testing.CliRunner;
using TempFolder = Infra.Tests.Permissions.TempFolder;

namespace Infra.Tests.Cli;

public class SynthCommandTests
{
    [Test]
    public void SynthWritesBothRootsOfEveryStack()
    {
        using var repo = SynthesizedRepository();

        foreach (var stack in new[] { "dev", "sit", "prod" })
        {
            Assert.That(File.Exists(Path.Combine(repo.Root, $"stacks/{stack}/terraform/main.tf.json")), Is.True, $"{stack} main root");
            Assert.That(File.Exists(Path.Combine(repo.Root, $"stacks/{stack}/bootstrap/terraform/main.tf.json")), Is.True, $"{stack} bootstrap root");
        }
    }

    [Test]
    public void SynthHasNoOptionForTheBenchmarksScale()
    {
        var errors = Infra.Cli.InfraCli.ParseErrors(TestApp.Platform, ["synth", "--scale", "10"]);

        Assert.That(errors, Has.Some.Contains("--scale"), "the benchmark brings its own scaled program (tests/Infra.Benchmarks/ScaledPlatform): the product must refuse --scale");
    }

    [Test]
    public void CheckPassesOnFreshOutputAndFailsListingAStaleFile()
    {
        using var repo = SynthesizedRepository();
        Assert.That(Run("synth", "--check", "--root", repo.Root).Exit, Is.EqualTo(ExitCodes.Ok), "fresh output is not stale");

        repo.Replace("stacks/sit/terraform/main.tf.json", "\"eu-west-1\"", "\"eu-west-2\"");
        var (exit, _, error) = Run("synth", "--check", "--root", repo.Root);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.CheckFailed));
            Assert.That(error, Does.Contain("stacks/sit/terraform/main.tf.json (differs)"));
        });
    }

    [Test]
    public void SynthExits1NamingTheRoleWhoseGrantsFitNoPoliciesIamAccepts()
    {
        using var repo = SynthesizedRepository();
        var before = repo.Snapshot("stacks");

        // Names of no shared shape: neither merging nor name patterns can make them fit.
        var grants = string.Concat(Enumerable.Range(0, 1500).Select(i => $"""
              - action: s3:GetObject
                resource: "arn:aws:s3:::someone-elses-bucket-{i}/data"
                evidence: "reads the data"
                date: 2026-12-04

            """));
        repo.Write("infra/Ledgers/github-drift.yaml", repo.Read("infra/Ledgers/github-drift.yaml").TrimEnd('\n') + "\n" + grants);

        var (exit, _, error) = Run("synth", "--root", repo.Root);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.CheckFailed), error);
            Assert.That(error, Does.Contain("Role 2-1-bbws-github-drift-").And.Contain("10240"), "the message names the role and the limit");
            Assert.That(error, Does.Not.Contain("   at "), "no stack trace");
            Assert.That(repo.Snapshot("stacks"), Is.EqualTo(before), "nothing under stacks/ may change");
        });
    }

    [TestCase("Pulumi.dev.yaml", "bbws:accountId: \"536580886816\"", "bbws:accountId: \"5365808868\"", "exactly 12 digits")]
    [TestCase("Pulumi.sit.yaml", "aws:region: eu-west-1", "aws:region: eu-wast-1", "did you mean 'eu-west-1'")]
    [TestCase("Pulumi.prod.yaml", "config:", "config: [", "malformed YAML")]
    [TestCase("Pulumi.dev.yaml", "bbws:protect: false", "bbws:protekt: false", "did you mean 'bbws:protect'")]
    public void BadConfigExits2WithOneMessageAndLeavesStacksUntouched(string file, string oldText, string newText, string expected)
    {
        using var repo = SynthesizedRepository();
        var before = repo.Snapshot("stacks");
        repo.Replace(file, oldText, newText);

        var (exit, output, error) = Run("synth", "--root", repo.Root);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.BadInput), error);
            Assert.That(error, Does.Contain(file).And.Contain(expected), "the message must name the file and the fix");
            Assert.That(error, Does.Not.Contain("   at "), "no stack trace for bad input");
            Assert.That(repo.Snapshot("stacks"), Is.EqualTo(before), "nothing under stacks/ may change");
            Assert.That(output, Is.Empty);
        });
    }

    [Test]
    public void SynthPrintsOneLineForTheFindingsSuppressionsAcceptInsteadOfEach()
    {
        using var folder = new TempFolder();
        var accepted = Synthesizer.Run(Testing.TestApp.Platform, RepositoryFiles.Root).Findings.Count(f => f.SuppressedBecause is not null);

        var (exit, output, error) = Run("synth", "--root", RepositoryFiles.Root, "--out", folder.Path);

        var lines = (output + error).Split('\n');
        Assert.Multiple(() =>
        {
            Assert.That(accepted, Is.GreaterThan(0), "test premise: the platform has findings accepted by suppressions");
            Assert.That(exit, Is.EqualTo(ExitCodes.Ok), error);
            Assert.That(lines.Where(l => l.StartsWith("accepted", StringComparison.Ordinal)), Is.Empty, "synth must not print each accepted finding");
            Assert.That(lines.Where(l => l.Contains("accepted by suppressions", StringComparison.Ordinal)), Is.EqualTo(new[] { $"synth: {accepted} finding(s) accepted by suppressions with reasons; 'infra check' lists them." }), "synth prints one summary line for the accepted findings");
        });
    }

    [Test]
    public void SynthListsTheStacksInPromotionOrder()
    {
        using var folder = new TempFolder();

        var (exit, output, error) = Run("synth", "--root", RepositoryFiles.Root, "--out", folder.Path);

        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), error);
        Assert.That(StackOrder.Of(output, "wrote stacks/{0}/"), Is.EqualTo(new[] { "dev", "sit", "prod" }), "the stacks' files must be listed in promotion order");
    }

    [Test]
    public void UnknownStackExits2()
    {
        var (exit, _, error) = Run("synth", "--stack", "qa", "--root", RepositoryFiles.Root, "--check");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(error, Does.Contain("Pulumi.qa.yaml").And.Contain("dev, sit, prod"), "the known stacks are listed in promotion order");
        });
    }

    [Test]
    public void UnknownOptionExits2()
    {
        Assert.That(Run("synth", "--bogus").Exit, Is.EqualTo(ExitCodes.BadInput));
    }
}
