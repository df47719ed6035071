using Infra.Checks;
using Infra.Tests.Permissions;

namespace Infra.Tests.Checks;

public class SecretScannerTests
{
    private const string Planted = "tests/Infra.Tests/Fixtures/secrets/planted-aws-secret.env";

    [Test]
    public void FindsThePlantedFakeAwsKeyWhenNotAllowListed()
    {
        var findings = SecretScanner.Scan(RepositoryFiles.Root, [Planted], new Dictionary<string, string>());

        Assert.That(findings.Select(f => (f.Line, f.IsBlocking)), Is.EquivalentTo(new[] { (3, true), (4, true) }), "the access key id (line 3) and the secret key (line 4) must both be found");
        Assert.That(findings.Single(f => f.Line == 4).Message, Does.Contain("an AWS secret access key"));
    }

    [Test]
    public void ThePlantedFixtureIsAllowListedByPathWithAReason()
    {
        var findings = SecretScanner.Scan(RepositoryFiles.Root, [Planted]);

        Assert.That(findings, Is.Not.Empty, "an allow-listed file is still scanned and reported");
        Assert.That(findings.All(f => f.SuppressedBecause is { Length: > 10 }), Is.True, "each finding in the fixture must be accepted with the allow-list's reason");
    }

    [Test]
    public void NoTrackedFileHoldsASecretOutsideTheAllowList()
    {
        var findings = SecretScanner.Scan(RepositoryFiles.Root, SecretScanner.TrackedFiles(RepositoryFiles.Root));

        Assert.That(findings.Where(f => f.IsBlocking).Select(f => f.ToString()), Is.Empty);
        Assert.That(SecretScanner.AllowList.Keys.Where(p => !File.Exists(RepositoryFiles.Path(p))), Is.Empty, "an allow-list entry names a file that no longer exists");
    }
}
