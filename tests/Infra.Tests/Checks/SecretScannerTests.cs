using Infra.Checks;
using Infra.Tests.Deploy.Support;
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

    [Test]
    [CancelAfter(60_000)]
    public void ListingTrackedFilesFinishesWhenGitWritesMoreToStderrThanAPipeHolds()
    {
        // Read one stream to its end before the other, and a git that fills the unread pipe (64 KiB on Linux) blocks
        // while the reader waits: the check would hang until CI's timeout.
        var bin = Directory.CreateTempSubdirectory("git-stand-in-").FullName;
        try
        {
            StandInExecutable.Install(bin, "git", """
                #!/bin/sh
                head -c 262144 /dev/zero | tr '\0' 'w' >&2
                printf 'b.txt\0a.txt\0'
                """);
            using var path = new EnvironmentScope(new Dictionary<string, string?> { ["PATH"] = bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH") });

            var files = Task.Run(() => SecretScanner.TrackedFiles(bin));

            Assert.That(files.Wait(TimeSpan.FromSeconds(30)), Is.True, "listing the tracked files must not hang when git's stderr outgrows the pipe");
            Assert.That(files.Result, Is.EqualTo(new[] { "a.txt", "b.txt" }), "the files git listed, sorted");
        }
        finally
        {
            Directory.Delete(bin, recursive: true);
        }
    }
}
