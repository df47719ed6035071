using Infra.App;
using Infra.Configuration;
using Infra.Permissions;
using Infra.Tests.Testing;

namespace Infra.Tests.Configuration;

/// <summary>
/// A stack's neighbours in the promotion order (the lower stack's location for the ledgers, the next stack's roles for
/// the bucket policy) come from the configs loaded once for the run, never from a second read of their files.
/// </summary>
public class StackConfigSiblingTests
{
    [Test]
    public void StacksLoadedTogetherTakeTheirNeighboursFromTheLoadedConfigs()
    {
        using var repo = TestRepository.CopyOfReal();
        var project = ProjectConfig.Load(repo.Root);
        File.Delete(Path.Combine(repo.Root, "Pulumi.sit.yaml"));

        Assert.Multiple(() =>
        {
            Assert.That(project.Stack("dev").Sibling("sit"), Is.SameAs(project.Stack("sit")), "a sibling must be the config loaded with the stack, not a new read of its file");
            Assert.That(StackLocation.LowerOf(project.Stack("prod")), Is.EqualTo(new StackLocation("sit", "815856636111", "eu-west-1")), "the lower stack's location must come from the loaded sit config");
            Assert.That(StackLocation.NextOf(project.Stack("dev")), Is.EqualTo(new StackLocation("sit", "815856636111", "eu-west-1")), "the next stack's location must come from the loaded sit config");
            Assert.That(PromotionReads.Next(project.Stack("dev")), Is.SameAs(project.Stack("sit")), "the bucket policy's next stack must be the loaded sit config");
        });
    }

    [Test]
    public void AStackLoadedAloneReadsItsNeighbourFromItsFileAndNamesTheFileWhenItIsMissing()
    {
        using var repo = TestRepository.CopyOfReal();
        var project = ProjectFile.Load(repo.Root);
        var prod = StackConfig.Load(repo.Root, project, "prod");
        Assert.That(StackLocation.LowerOf(prod)?.AccountId, Is.EqualTo("815856636111"), "test setup: alone, prod reads sit's file");
        File.Delete(Path.Combine(repo.Root, "Pulumi.sit.yaml"));

        var error = Assert.Throws<InfraException>(() => StackLocation.LowerOf(prod))!;

        Assert.That(error.Message, Does.Contain("Pulumi.sit.yaml"), "the error must name the neighbour's file");
    }
}
