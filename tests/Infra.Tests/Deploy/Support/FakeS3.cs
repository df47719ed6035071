using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Xml.Linq;

namespace Infra.Tests.Deploy.Support;

/// <summary>
/// S3's object API as the artifact store uses it, path-style, in memory: PutObject (with its SSE-KMS, checksum and
/// tagging headers), GetObject, and Put/GetObjectTagging. A missing key answers 404 NoSuchKey; a checksum that does
/// not match the body answers 400 BadDigest, as S3 does.
/// </summary>
internal sealed class FakeS3
{
    private readonly ConcurrentDictionary<string, StoredObject> objects = new(StringComparer.Ordinal);

    /// <summary>The objects, by <c>bucket/key</c>.</summary>
    public IReadOnlyDictionary<string, StoredObject> Objects => objects;

    /// <summary>Stores an object as an earlier run would have.</summary>
    public void Seed(string bucket, string key, byte[] content, string retention = "expirable") =>
        objects[$"{bucket}/{key}"] = new StoredObject(content, new Dictionary<string, string>(StringComparer.Ordinal) { ["retention"] = retention }, "aws:kms", null);

    /// <summary>Deletes an object (a lifecycle expiry, or a bucket emptied by hand); true when it existed.</summary>
    public bool Remove(string bucket, string key) => objects.TryRemove($"{bucket}/{key}", out _);

    /// <summary>The answer to an S3 request.</summary>
    public StubResponse Respond(RecordedRequest request)
    {
        var path = request.PathAndQuery.Split('?', 2);
        var name = Uri.UnescapeDataString(path[0].TrimStart('/'));
        var tagging = path.Length > 1 && path[1] == "tagging";
        if (!name.Contains('/', StringComparison.Ordinal))
        {
            return Error(400, "InvalidRequest", $"the stand-in answers only object requests, not {request.Method} {request.PathAndQuery}");
        }

        switch (request.Method, tagging)
        {
            case ("PUT", false):
                var checksum = request.Header("x-amz-checksum-sha256");
                if (checksum.Length > 0 && checksum != Convert.ToBase64String(SHA256.HashData(request.Bytes)))
                {
                    return Error(400, "BadDigest", "The SHA256 you specified did not match the calculated checksum.");
                }

                objects[name] = new StoredObject(request.Bytes, ParseQuery(request.Header("x-amz-tagging")), request.Header("x-amz-server-side-encryption"), request.Header("x-amz-server-side-encryption-aws-kms-key-id"));
                return new StubResponse(200, "application/xml", string.Empty);
            case ("GET", false):
                return objects.TryGetValue(name, out var stored)
                    ? new StubResponse(200, "application/octet-stream", string.Empty, RawBody: stored.Content)
                    : Error(404, "NoSuchKey", "The specified key does not exist.");
            case ("PUT", true):
                if (!objects.TryGetValue(name, out var tagged))
                {
                    return Error(404, "NoSuchKey", "The specified key does not exist.");
                }

                var tags = XDocument.Parse(request.Body).Descendants("Tag").ToDictionary(t => t.Element("Key")!.Value, t => t.Element("Value")!.Value, StringComparer.Ordinal);
                objects[name] = tagged with { Tags = tags };
                return new StubResponse(200, "application/xml", string.Empty);
            default:
                return Error(400, "InvalidRequest", $"the stand-in does not answer {request.Method} {request.PathAndQuery}");
        }
    }

    private static Dictionary<string, string> ParseQuery(string query) =>
        query.Length == 0 ? new(StringComparer.Ordinal) : query.Split('&').Select(p => p.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => p.Length > 1 ? Uri.UnescapeDataString(p[1]) : string.Empty, StringComparer.Ordinal);

    private static StubResponse Error(int status, string code, string message) =>
        new(status, "application/xml", $"<Error><Code>{code}</Code><Message>{message}</Message></Error>");

    /// <summary>One stored object.</summary>
    internal sealed record StoredObject(byte[] Content, IReadOnlyDictionary<string, string> Tags, string Encryption, string? KmsKeyId);
}
