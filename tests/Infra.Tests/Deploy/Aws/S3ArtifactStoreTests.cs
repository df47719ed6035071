using System.Security.Cryptography;
using System.Text;
using Infra.Deploy;
using Infra.Deploy.Aws;
using Infra.Tests.Deploy.Support;

namespace Infra.Tests.Deploy.Aws;

[NonParallelizable]
public class S3ArtifactStoreTests
{
    private const string Bucket = "2-1-bbws-artifacts-dev-536580886816";
    private const string KeyAlias = "arn:aws:kms:eu-west-1:536580886816:alias/2-1-bbws-artifacts-dev";
    private static readonly StackTarget Dev = new("bbws", "dev", "536580886816", "eu-west-1");
    private static readonly byte[] Bundle = [0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0xfe, 0x80, 0x0a, 0x0d];
    private string folder = string.Empty;

    [SetUp]
    public void CreateFolder() => folder = Directory.CreateTempSubdirectory("infra-s3-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(folder, recursive: true);

    [Test]
    public async Task PutSendsTheBytesPathStyleEncryptedWithTheBucketsKeyAndTheirChecksum()
    {
        using var server = new LoopbackServer(_ => new StubResponse(200, "application/xml", string.Empty));
        using var env = new EnvironmentScope(new Dictionary<string, string?> { ["AWS_ENDPOINT_URL_S3"] = server.Url });
        var file = Path.Combine(folder, "lambda-packages.zip");
        File.WriteAllBytes(file, Bundle);

        var sha256 = await Store().PutAsync("bundles/abc1234/x.zip", file, new Dictionary<string, string> { ["retention"] = "expirable" }, CancellationToken.None);

        var request = server.Requests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(sha256, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(Bundle))), "put must return the file's SHA-256");
            Assert.That((request.Method, request.PathAndQuery), Is.EqualTo(("PUT", $"/{Bucket}/bundles/abc1234/x.zip")), "the object must be addressed path-style under the bucket");
            Assert.That(request.Bytes, Is.EqualTo(Bundle), "the file's bytes must be sent unchanged (a bundle is binary)");
            Assert.That(request.Header("x-amz-server-side-encryption"), Is.EqualTo("aws:kms"), "the bucket policy refuses any encryption but SSE-KMS");
            Assert.That(request.Header("x-amz-server-side-encryption-aws-kms-key-id"), Is.EqualTo(KeyAlias), "the put must name the bucket's own key");
            Assert.That(request.Header("x-amz-checksum-sha256"), Is.EqualTo(Convert.ToBase64String(SHA256.HashData(Bundle))), "S3 must be able to refuse a body damaged on the way");
            Assert.That(request.Header("x-amz-tagging"), Is.EqualTo("retention=expirable"), "the lifecycle reads the retention tag");
            Assert.That(request.Header("x-amz-content-sha256"), Is.EqualTo(sha256), "S3 signatures cover the payload hash");
            Assert.That(request.Header("authorization"), Does.Contain("/eu-west-1/s3/aws4_request")
                .And.Contain("x-amz-checksum-sha256;x-amz-content-sha256;x-amz-date;x-amz-meta-sha256;x-amz-security-token;x-amz-server-side-encryption;x-amz-server-side-encryption-aws-kms-key-id;x-amz-tagging"),
                "S3 refuses a request whose x-amz-* headers are not all signed");
        });
    }

    [Test]
    public async Task GetWritesTheObjectWhenItsSha256IsTheExpectedOne()
    {
        using var server = new LoopbackServer(_ => new StubResponse(200, "application/zip", string.Empty, RawBody: Bundle));
        using var env = new EnvironmentScope(new Dictionary<string, string?> { ["AWS_ENDPOINT_URL_S3"] = server.Url });
        var output = Path.Combine(folder, "out", "lambda-packages.zip");

        var sha256 = await Store().GetAsync("bundles/abc1234/x.zip", output, Convert.ToHexString(SHA256.HashData(Bundle)), CancellationToken.None);

        Assert.That(File.ReadAllBytes(output), Is.EqualTo(Bundle), "the object's bytes must be written unchanged");
        Assert.That(sha256, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(Bundle))), "get must return the SHA-256 it verified");
        Assert.That(server.Requests.Single().PathAndQuery, Is.EqualTo($"/{Bucket}/bundles/abc1234/x.zip"), "the read must address the key path-style");
    }

    [Test]
    public void GetRefusesAnObjectWhoseSha256IsNotTheExpectedOneAndWritesNothing()
    {
        using var server = new LoopbackServer(_ => new StubResponse(200, "application/zip", string.Empty, RawBody: Encoding.UTF8.GetBytes("replaced")));
        using var env = new EnvironmentScope(new Dictionary<string, string?> { ["AWS_ENDPOINT_URL_S3"] = server.Url });
        var output = Path.Combine(folder, "lambda-packages.zip");
        var expected = Convert.ToHexStringLower(SHA256.HashData(Bundle));

        var error = Assert.ThrowsAsync<InfraException>(() => Store().GetAsync("bundles/abc1234/x.zip", output, expected, CancellationToken.None));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.CheckFailed), "a hash mismatch is a failed check (exit 1)");
        Assert.That(error.Message, Does.Contain($"s3://{Bucket}/bundles/abc1234/x.zip").And.Contain(expected).And.Contain(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("replaced")))),
            "the message must name the object, the expected and the actual SHA-256");
        Assert.That(Directory.GetFiles(folder), Is.Empty, "nothing may be written from an object that failed its check");
    }

    [TestCase(404, "NoSuchKey", "no such object")]
    [TestCase(403, "AccessDenied", "access denied")]
    public void GetOfAMissingObjectExits3NamingTheBucketTheKeyAndTheFix(int status, string code, string what)
    {
        using var server = new LoopbackServer(_ => new StubResponse(status, "application/xml", $"<Error><Code>{code}</Code><Message>m</Message></Error>"));
        using var env = new EnvironmentScope(new Dictionary<string, string?> { ["AWS_ENDPOINT_URL_S3"] = server.Url });

        var error = Assert.ThrowsAsync<InfraException>(() => Store().GetAsync("bundles/abc1234/x.zip", Path.Combine(folder, "x.zip"), null, CancellationToken.None));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.EnvironmentRefused), "a missing artifact is the environment refusing (exit 3), like a missing deployment below");
        Assert.That(error.Message, Does.Contain($"s3://{Bucket}/bundles/abc1234/x.zip").And.Contain(what).And.Contain(code).And.Contain("Store it first"),
            "the message must name the bucket and key, what S3 said and how to fix it");
        Assert.That(server.Requests, Has.Count.EqualTo(1), "a missing object is an answer, not a failure to retry");
    }

    [Test]
    public async Task TagReplacesTheObjectsTagsWithPutObjectTagging()
    {
        using var server = new LoopbackServer(_ => new StubResponse(200, "application/xml", string.Empty));
        using var env = new EnvironmentScope(new Dictionary<string, string?> { ["AWS_ENDPOINT_URL_S3"] = server.Url });

        await Store().TagAsync("bundles/abc1234/x.zip", new Dictionary<string, string> { ["retention"] = "pinned" }, CancellationToken.None);

        var request = server.Requests.Single();
        Assert.That((request.Method, request.PathAndQuery), Is.EqualTo(("PUT", $"/{Bucket}/bundles/abc1234/x.zip?tagging")), "tagging is a PUT on the object's ?tagging sub-resource");
        Assert.That(request.Body, Is.EqualTo("<Tagging><TagSet><Tag><Key>retention</Key><Value>pinned</Value></Tag></TagSet></Tagging>"), "the tag set must be S3's XML");
        Assert.That(request.Header("content-md5"), Is.EqualTo(Convert.ToBase64String(MD5.HashData(request.Bytes))), "PutObjectTagging requires an integrity header");
    }

    [TestCase("")]
    [TestCase("/bundles/x.zip")]
    [TestCase("bundles//x.zip")]
    [TestCase("bundles/../state/terraform.tfstate")]
    public void AKeyThatIsNotPlainSegmentsIsRefusedBeforeAnyCall(string key)
    {
        using var server = new LoopbackServer(_ => new StubResponse(200, "application/xml", string.Empty));
        using var env = new EnvironmentScope(new Dictionary<string, string?> { ["AWS_ENDPOINT_URL_S3"] = server.Url });

        var error = Assert.ThrowsAsync<InfraException>(() => Store().GetAsync(key, Path.Combine(folder, "x"), null, CancellationToken.None));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.BadInput), "a malformed key is bad input");
        Assert.That(server.Requests, Is.Empty, "nothing may be sent for a malformed key");
    }

    private static S3ArtifactStore Store() => new(TestAwsCredentials.Session, Dev, Bucket, KeyAlias);
}
