using System.Security.Cryptography;
using Infra.Tests.Deploy.Support;
using Infra.Tests.Permissions;
using static Infra.Tests.Testing.CliRunner;

namespace Infra.Tests.Cli;

/// <summary><c>infra artifacts</c> through the real command line, against an in-memory S3 on a loopback server.</summary>
[NonParallelizable]
public class ArtifactsCommandTests
{
    private const string Commit = "0123456789abcdef0123456789abcdef01234567";
    private const string DevBucket = "2-1-bbws-artifacts-dev-536580886816";
    private const string SitBucket = "2-1-bbws-artifacts-sit-815856636111";
    private static readonly byte[] Bundle = [0x50, 0x4b, 0x03, 0x04, 0xff, 0x00, 0x80];
    private FakeS3 s3 = null!;
    private FakeGitHubDeployments github = null!;
    private string folder = string.Empty;
    private LoopbackServer server = null!;
    private EnvironmentScope env = null!;

    private static string BundleSha256 => Convert.ToHexStringLower(SHA256.HashData(Bundle));

    [SetUp]
    public void StartS3()
    {
        s3 = new FakeS3();
        github = new FakeGitHubDeployments("bbws", "platform");
        folder = Directory.CreateTempSubdirectory("infra-artifacts-").FullName;
        File.WriteAllText(Path.Combine(folder, "credentials"), string.Empty);
        File.WriteAllText(Path.Combine(folder, "config"), string.Empty);
        File.WriteAllBytes(Path.Combine(folder, "lambda-packages.zip"), Bundle);
        server = new LoopbackServer(r => r.PathAndQuery.StartsWith("/api/v3/", StringComparison.Ordinal) ? github.Respond(r) : s3.Respond(r));
        env = EnvironmentScope.WithoutAwsCredentials(folder, new Dictionary<string, string?>
        {
            ["AWS_ACCESS_KEY_ID"] = "AKIDEXAMPLE",
            ["AWS_SECRET_ACCESS_KEY"] = "secret",
            ["AWS_ENDPOINT_URL"] = null,
            ["AWS_ENDPOINT_URL_S3"] = server.Url,
            ["AWS_MAX_ATTEMPTS"] = "1",
            ["GITHUB_TOKEN"] = "ghs_test",
            ["GITHUB_REPOSITORY"] = "bbws/platform",
            ["GITHUB_API_URL"] = server.Url,
        });
    }

    [TearDown]
    public void StopS3()
    {
        env.Dispose();
        server.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public void PutThenGetRoundTripsAFileUnderItsKeyInTheStacksBucket()
    {
        var put = Run("artifacts", "put", "--stack", "sit", "--key", "plans/sit/42-1/tfplan", "--file", Path.Combine(folder, "lambda-packages.zip"), "--root", RepositoryFiles.Root);
        var get = Run("artifacts", "get", "--stack", "sit", "--key", "plans/sit/42-1/tfplan", "--out", Path.Combine(folder, "back"), "--sha256", BundleSha256, "--root", RepositoryFiles.Root);

        Assert.That(put.Exit, Is.EqualTo(ExitCodes.Ok), put.Error);
        Assert.That(put.Output, Does.StartWith(BundleSha256), "put must print the SHA-256 it stored");
        Assert.That(s3.Objects[$"{SitBucket}/plans/sit/42-1/tfplan"].KmsKeyId, Is.EqualTo("arn:aws:kms:eu-west-1:815856636111:alias/2-1-bbws-artifacts-sit"), "the file must be encrypted with the stack's artifact key");
        Assert.That(get.Exit, Is.EqualTo(ExitCodes.Ok), get.Error);
        Assert.That(File.ReadAllBytes(Path.Combine(folder, "back")), Is.EqualTo(Bundle), "get must write the stored bytes");
    }

    [Test]
    public void GetWithAnotherSha256Exits1AndWritesNothing()
    {
        s3.Seed(SitBucket, "plans/sit/42-1/tfplan", [1, 2, 3]);

        var get = Run("artifacts", "get", "--stack", "sit", "--key", "plans/sit/42-1/tfplan", "--out", Path.Combine(folder, "back"), "--sha256", BundleSha256, "--root", RepositoryFiles.Root);

        Assert.That(get.Exit, Is.EqualTo(ExitCodes.CheckFailed), $"a saved file that is not the recorded one must be refused: {get.Error}");
        Assert.That(get.Error, Does.StartWith("infra: s3://" + SitBucket + "/plans/sit/42-1/tfplan"), "the message must name the object");
        Assert.That(File.Exists(Path.Combine(folder, "back")), Is.False, "nothing may be written from a refused object");
    }

    [Test]
    public void UploadThenFetchAddressesTheBundleByCommitAndSha256()
    {
        var upload = Run("artifacts", "upload", "--stack", "dev", "--commit", Commit, "--file", Path.Combine(folder, "lambda-packages.zip"), "--root", RepositoryFiles.Root);
        var fetch = Run("artifacts", "fetch", "--stack", "dev", "--commit", Commit, "--sha256", BundleSha256, "--out", Path.Combine(folder, "fetched.zip"), "--root", RepositoryFiles.Root);

        Assert.That(upload.Exit, Is.EqualTo(ExitCodes.Ok), upload.Error);
        Assert.That(s3.Objects.Keys, Is.EqualTo(new[] { $"{DevBucket}/bundles/{Commit}/{BundleSha256}.zip" }), "the bundle must be stored at bundles/<commit>/<sha256>.zip of dev's bucket");
        Assert.That(s3.Objects.Values.Single().Tags, Is.EqualTo(new Dictionary<string, string> { ["retention"] = "expirable" }), "a new bundle is expirable until a deploy pins it");
        Assert.That(fetch.Exit, Is.EqualTo(ExitCodes.Ok), fetch.Error);
        Assert.That(File.ReadAllBytes(Path.Combine(folder, "fetched.zip")), Is.EqualTo(Bundle), "fetch must write the bundle");
    }

    [Test]
    public void FetchOfABundleNeverUploadedExits3NamingTheKeyAndTheFix()
    {
        var fetch = Run("artifacts", "fetch", "--stack", "prod", "--commit", Commit, "--sha256", BundleSha256, "--out", Path.Combine(folder, "fetched.zip"), "--root", RepositoryFiles.Root);

        Assert.That(fetch.Exit, Is.EqualTo(ExitCodes.EnvironmentRefused), fetch.Error);
        Assert.That(fetch.Error, Does.Contain($"s3://2-1-bbws-artifacts-prod-093646564004/bundles/{Commit}/{BundleSha256}.zip").And.Contain("no such object").And.Contain("Store it first"),
            "the message must name the bucket, the key and how to get the bundle there");
    }

    [Test]
    public void CopyFromLowerCopiesTheVerifiedBundleFromTheBucketOfTheStackBelow()
    {
        s3.Seed(DevBucket, $"bundles/{Commit}/{BundleSha256}.zip", Bundle);

        var copy = Run("artifacts", "copy-from-lower", "--stack", "sit", "--commit", Commit, "--sha256", BundleSha256, "--out", Path.Combine(folder, "copied.zip"), "--root", RepositoryFiles.Root);

        Assert.That(copy.Exit, Is.EqualTo(ExitCodes.Ok), copy.Error);
        Assert.That(s3.Objects[$"{SitBucket}/bundles/{Commit}/{BundleSha256}.zip"].Content, Is.EqualTo(Bundle), "sit's bucket must hold its own copy of dev's bundle");
        Assert.That(File.ReadAllBytes(Path.Combine(folder, "copied.zip")), Is.EqualTo(Bundle), "the copied bundle must also be written for the deploy");
    }

    [Test]
    public void CopyFromLowerRefusesABundleWhoseSha256DiffersAndCopiesNothing()
    {
        var other = new string('e', 64);
        s3.Seed(DevBucket, $"bundles/{Commit}/{other}.zip", Bundle);

        var copy = Run("artifacts", "copy-from-lower", "--stack", "sit", "--commit", Commit, "--sha256", other, "--out", Path.Combine(folder, "copied.zip"), "--root", RepositoryFiles.Root);

        Assert.That(copy.Exit, Is.EqualTo(ExitCodes.CheckFailed), copy.Error);
        Assert.That(s3.Objects.Keys.Where(k => k.StartsWith(SitBucket, StringComparison.Ordinal)), Is.Empty, "nothing may reach sit's bucket from a bundle that failed its check");
    }

    [Test]
    public void PinTagsTheDeployedBundleSoThatTheLifecycleNeverExpiresIt()
    {
        s3.Seed(SitBucket, $"bundles/{Commit}/{BundleSha256}.zip", Bundle);

        var pin = Run("artifacts", "pin", "--stack", "sit", "--commit", Commit, "--sha256", BundleSha256, "--root", RepositoryFiles.Root);

        Assert.That(pin.Exit, Is.EqualTo(ExitCodes.Ok), pin.Error);
        Assert.That(s3.Objects[$"{SitBucket}/bundles/{Commit}/{BundleSha256}.zip"].Tags, Is.EqualTo(new Dictionary<string, string> { ["retention"] = "pinned" }), "a deployed bundle must be tagged pinned");
    }

    [Test]
    public void PinReleasesTheBundlesOfDeploymentsOlderThanThePreviousOne()
    {
        var shas = new[] { '1', '2', '3' }.Select(c => new string(c, 64)).ToList();
        foreach (var sha in shas)
        {
            s3.Seed(SitBucket, $"bundles/{Commit}/{sha}.zip", Bundle, retention: "pinned");
            _ = github.SeedOurs("sit", Commit, "deploy", sha, "success");
        }

        var pin = Run("artifacts", "pin", "--stack", "sit", "--commit", Commit, "--sha256", shas[2], "--root", RepositoryFiles.Root);

        Assert.That(pin.Exit, Is.EqualTo(ExitCodes.Ok), pin.Error);
        Assert.That(shas.Select(sha => s3.Objects[$"{SitBucket}/bundles/{Commit}/{sha}.zip"].Tags["retention"]), Is.EqualTo(new[] { "expirable", "pinned", "pinned" }),
            "the deployed bundle and the previous deployment's stay pinned; the older one is released to the lifecycle");
        Assert.That(pin.Output, Does.Contain($"released s3://{SitBucket}/bundles/{Commit}/{shas[0]}.zip"), "the release must be reported");
    }

    [Test]
    public void PinOfABundleNotInTheBucketExits3()
    {
        var pin = Run("artifacts", "pin", "--stack", "sit", "--commit", Commit, "--sha256", BundleSha256, "--root", RepositoryFiles.Root);

        Assert.That(pin.Exit, Is.EqualTo(ExitCodes.EnvironmentRefused), pin.Error);
        Assert.That(pin.Error, Does.Contain($"s3://{SitBucket}/bundles/{Commit}/{BundleSha256}.zip"), "the message must name the missing bundle");
    }

    [Test]
    public void CopyFromLowerForTheFirstStackIsBadInput()
    {
        var copy = Run("artifacts", "copy-from-lower", "--stack", "dev", "--commit", Commit, "--sha256", BundleSha256, "--out", Path.Combine(folder, "copied.zip"), "--root", RepositoryFiles.Root);

        Assert.That(copy.Exit, Is.EqualTo(ExitCodes.BadInput), copy.Error);
        Assert.That(copy.Error, Does.Contain("no stack promotes to it").And.Contain("artifacts upload"), "the message must say why and what uploads a first stack's bundle");
    }
}
