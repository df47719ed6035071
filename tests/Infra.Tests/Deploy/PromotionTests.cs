using Infra.Configuration;
using Infra.Deploy;
using Infra.Deploy.GitHub;
using Infra.Tests.Testing;
using Moq;

namespace Infra.Tests.Deploy;

public class PromotionTests
{
    private const string Commit = "0123456789abcdef0123456789abcdef01234567";
    private const string Sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static readonly ProjectFile Project = ProjectFile.Load(RepositoryFiles.Root);
    private static readonly ChangeTicketPattern Pattern = ChangeTicketPattern.Parse("CHG[0-9]{7}", "Pulumi.prod.yaml", "bbws:changeTicketPattern");

    [Test]
    public void PromotionWithoutASuccessfulLowerDeploymentOfTheSameArtifactExits3()
    {
        var records = new Mock<IDeploymentRecords>();
        records.Setup(r => r.FindSuccessfulAsync("sit", Commit, Sha, It.IsAny<CancellationToken>())).ReturnsAsync((DeploymentRecord?)null);

        var error = Assert.ThrowsAsync<InfraException>(() => Promotion.RequireLowerDeploymentAsync(records.Object, Project, "prod", Commit, Sha, CancellationToken.None));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.EnvironmentRefused), "promotion without a lower deployment must exit 3");
        Assert.That(error.Message, Does.Contain("sit").And.Contain(Sha), "the message must name the lower stack and the artifact hash");
    }

    [Test]
    public async Task PromotionToSitLooksForTheCommitAndArtifactInDev()
    {
        var records = new Mock<IDeploymentRecords>();
        var found = new DeploymentRecord(7, "dev", Commit, Sha, DateTimeOffset.UnixEpoch, "success", new Dictionary<string, string>());
        records.Setup(r => r.FindSuccessfulAsync("dev", Commit, Sha, It.IsAny<CancellationToken>())).ReturnsAsync(found);

        var record = await Promotion.RequireLowerDeploymentAsync(records.Object, Project, "sit", Commit, Sha, CancellationToken.None);

        Assert.That(record, Is.SameAs(found), "promotion to sit must accept the successful dev deployment");
    }

    [Test]
    public void DevIsNotPromoted()
    {
        var error = Assert.ThrowsAsync<InfraException>(() => Promotion.RequireLowerDeploymentAsync(Mock.Of<IDeploymentRecords>(), Project, "dev", Commit, Sha, CancellationToken.None));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.BadInput), "promote --to dev must be a usage error");
    }

    [TestCase(null)]
    [TestCase("INC-1")]
    public void ProdWithoutAMatchingChangeTicketExits2(string? ticket)
    {
        var error = Assert.Throws<InfraException>(() => Promotion.CheckChangeTicket("prod", ticket, Pattern));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.BadInput), "a missing or malformed change ticket must exit 2");
        Assert.That(error.Message, Does.Contain("CHG[0-9]{7}"), "the message must show the expected pattern");
    }

    [Test]
    public void MatchingTicketForProdAndNoTicketForSitAreAccepted()
    {
        Assert.DoesNotThrow(() => Promotion.CheckChangeTicket("prod", "CHG0012345", Pattern), "a matching ticket was refused");
        Assert.DoesNotThrow(() => Promotion.CheckChangeTicket("sit", null, Pattern), "sit must not need a ticket");
    }

    [Test]
    public void ArtifactHashIsTheZipsSha256()
    {
        var file = Path.Combine(Path.GetTempPath(), $"infra-artifact-{Guid.NewGuid():N}.zip");
        File.WriteAllText(file, "test");
        try
        {
            Assert.That(Promotion.ArtifactSha256(file), Is.EqualTo(Sha), "the artifact hash is not the file's SHA-256 in lower-case hex");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
