using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Xml.Linq;

namespace Infra.Tests.Deploy.Support;

/// <summary>
/// S3's object API as the artifact store uses it, path-style, in memory: PutObject (with its SSE-KMS, checksum and
/// tagging headers), GetObject, and Put/GetObjectTagging. A missing key answers 404 NoSuchKey; a checksum that does
/// not match the body answers 400 BadDigest, as S3 does. With <see cref="Access"/> set, every request is first decided
/// as AWS would from the generated policies (<see cref="GeneratedS3Access"/>): a refusal answers 403 AccessDenied, and
/// a missing key answers 404 only to a caller allowed s3:ListBucket (403 to any other, as S3 does).
/// </summary>
internal sealed class FakeS3
{
    private readonly ConcurrentDictionary<string, StoredObject> objects = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> refusals = new();

    /// <summary>The policies that decide each request, or null to allow every request (a test of the client alone).</summary>
    public GeneratedS3Access? Access { get; set; }

    /// <summary>The role whose credentials signed a request (null: unknown credentials); needed with <see cref="Access"/>.</summary>
    public Func<RecordedRequest, string?> CallerOf { get; set; } = _ => null;

    /// <summary>Why each refused request was refused, in order (<c>s3://bucket/key: reason</c>).</summary>
    public IReadOnlyList<string> Refusals => [.. refusals];

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

        var slash = name.IndexOf('/', StringComparison.Ordinal);
        if (Refuse(request, name[..slash], name[(slash + 1)..], tagging) is { } refused)
        {
            return refused;
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

    // What AWS checks before S3 acts: the caller's right to the object action, to the key for an encrypted object, and,
    // for a missing key, to list the bucket (S3 hides whether a key exists from a caller who may not list).
    private StubResponse? Refuse(RecordedRequest request, string bucket, string key, bool tagging)
    {
        if (Access is null)
        {
            return null;
        }

        if (CallerOf(request) is not { } caller)
        {
            return Error(403, "InvalidAccessKeyId", "The AWS Access Key Id you provided does not exist in our records.");
        }

        var context = new Dictionary<string, string>(StringComparer.Ordinal);
        var actions = new List<string>();
        string? kms = null;
        switch (request.Method, tagging)
        {
            case ("GET", false):
                actions.Add("s3:GetObject");
                kms = objects.ContainsKey($"{bucket}/{key}") ? "kms:Decrypt" : null;
                break;
            case ("PUT", false):
                actions.Add("s3:PutObject");
                if (request.Header("x-amz-tagging").Length > 0)
                {
                    actions.Add("s3:PutObjectTagging");
                }

                foreach (var header in new[] { "x-amz-server-side-encryption", "x-amz-server-side-encryption-aws-kms-key-id" })
                {
                    if (request.Header(header).Length > 0)
                    {
                        context["s3:" + header] = request.Header(header);
                    }
                }

                kms = request.Header("x-amz-server-side-encryption") == "aws:kms" ? "kms:GenerateDataKey" : null;
                break;
            case ("PUT", true):
                actions.Add("s3:PutObjectTagging");
                break;
            default:
                return null;
        }

        var reason = actions.Select(a => Access.Refusal(caller, a, bucket, key, context)).FirstOrDefault(r => r is not null)
            ?? (kms is null ? null : Access.KeyRefusal(caller, kms, bucket));
        if (reason is null && request.Method == "GET" && !objects.ContainsKey($"{bucket}/{key}"))
        {
            reason = Access.Refusal(caller, "s3:ListBucket", bucket, null, context) is { } list ? $"the key does not exist and the caller may not list the bucket ({list})" : null;
        }

        if (reason is null)
        {
            return null;
        }

        refusals.Enqueue($"s3://{bucket}/{key}: {caller}: {reason}");
        return Error(403, "AccessDenied", "Access Denied");
    }

    private static Dictionary<string, string> ParseQuery(string query) =>
        query.Length == 0 ? new(StringComparer.Ordinal) : query.Split('&').Select(p => p.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => p.Length > 1 ? Uri.UnescapeDataString(p[1]) : string.Empty, StringComparer.Ordinal);

    private static StubResponse Error(int status, string code, string message) =>
        new(status, "application/xml", $"<Error><Code>{code}</Code><Message>{message}</Message></Error>");

    /// <summary>One stored object.</summary>
    internal sealed record StoredObject(byte[] Content, IReadOnlyDictionary<string, string> Tags, string Encryption, string? KmsKeyId);
}
