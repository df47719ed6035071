using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;

namespace Infra.Deploy.Aws;

/// <summary>
/// <see cref="IArtifactStore"/> on S3's REST API, signed like the other hand-written clients and addressed path-style
/// (<c>/&lt;bucket&gt;/&lt;key&gt;</c>) so that <c>AWS_ENDPOINT_URL_S3</c> or <c>AWS_ENDPOINT_URL</c> can point it at a
/// stand-in. Every put asks for SSE-KMS with the bucket's key (the bucket policy refuses any other) and sends the
/// SHA-256 as S3's own checksum, so S3 refuses a body damaged on the way in; every get is hashed before it is written.
/// </summary>
public sealed class S3ArtifactStore : IArtifactStore
{
    /// <summary>The S3 path-style endpoint's signing name.</summary>
    public const string SigningName = "s3";

    private static readonly AwsOperation PutObject = AwsOperation.IdempotentWrite("S3", "PutObject", "s3:PutObject");
    private static readonly AwsOperation GetObject = AwsOperation.Read("S3", "GetObject", "s3:GetObject");
    private static readonly AwsOperation PutObjectTagging = AwsOperation.IdempotentWrite("S3", "PutObjectTagging", "s3:PutObjectTagging");

    private readonly AwsHttpClient http;
    private readonly string kmsKeyId;

    /// <summary>A store for <paramref name="bucket"/> in <paramref name="target"/>'s region, encrypting with <paramref name="kmsKeyId"/> (the key's alias ARN).</summary>
    public S3ArtifactStore(AwsCredentialSource credentials, StackTarget target, string bucket, string kmsKeyId, TimeProvider? time = null, ExternalCallSettings? settings = null)
    {
        http = new AwsHttpClient(credentials, target, SigningName, "s3", "S3", time, settings);
        Bucket = bucket;
        this.kmsKeyId = kmsKeyId;
    }

    /// <summary>The S3 operations this store calls, for the permission declarations that must cover them.</summary>
    public static IReadOnlyList<AwsOperation> Operations { get; } = [PutObject, GetObject, PutObjectTagging];

    /// <inheritdoc/>
    public string Bucket { get; }

    /// <inheritdoc/>
    public async Task<string> PutAsync(string key, string file, IReadOnlyDictionary<string, string> tags, CancellationToken cancellationToken)
    {
        var bytes = ReadFile(file);
        var sha256 = SHA256.HashData(bytes);
        var headers = new Dictionary<string, string>
        {
            ["x-amz-server-side-encryption"] = "aws:kms",
            ["x-amz-server-side-encryption-aws-kms-key-id"] = kmsKeyId,
            ["x-amz-checksum-sha256"] = Convert.ToBase64String(sha256),
            ["x-amz-meta-sha256"] = Convert.ToHexStringLower(sha256),
        };
        if (tags.Count > 0)
        {
            headers["x-amz-tagging"] = TagQuery(tags);
        }

        _ = await http.SendBytesAsync(PutObject, Resource(key), HttpMethod.Put, ObjectPath(key), "application/octet-stream", bytes, cancellationToken, headers).ConfigureAwait(false);
        return Convert.ToHexStringLower(sha256);
    }

    /// <inheritdoc/>
    public async Task<string> GetAsync(string key, string outFile, string? expectedSha256, CancellationToken cancellationToken)
    {
        var answer = await http.SendBytesAsync(GetObject, Resource(key), HttpMethod.Get, ObjectPath(key), null, [], cancellationToken, answered: [403, 404]).ConfigureAwait(false);
        if (answer.Status is 403 or 404)
        {
            throw Missing(key, answer);
        }

        var actual = Convert.ToHexStringLower(SHA256.HashData(answer.Content));
        if (expectedSha256 is not null && !actual.Equals(expectedSha256.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            throw new InfraException(
                $"s3://{Bucket}/{key}: its SHA-256 is {actual}, not the expected {expectedSha256.Trim()}; nothing was written to {outFile}. " +
                "The stored object is not the one recorded: find out who replaced it (the bucket is versioned, so the recorded version is still there) before deploying anything from it.",
                ExitCodes.CheckFailed);
        }

        WriteFile(outFile, answer.Content);
        return actual;
    }

    /// <inheritdoc/>
    public async Task TagAsync(string key, IReadOnlyDictionary<string, string> tags, CancellationToken cancellationToken)
    {
        if (!await TagIfPresentAsync(key, tags, cancellationToken).ConfigureAwait(false))
        {
            throw new InfraException(
                $"s3://{Bucket}/{key}: no such object (HTTP 404: NoSuchKey). Store it first (for a bundle: the deploy-dev run of its commit uploads it; a promotion copies it from the stack below).",
                ExitCodes.EnvironmentRefused);
        }
    }

    /// <inheritdoc/>
    public async Task<bool> TagIfPresentAsync(string key, IReadOnlyDictionary<string, string> tags, CancellationToken cancellationToken)
    {
        var body = new XElement("Tagging", new XElement("TagSet", tags.OrderBy(t => t.Key, StringComparer.Ordinal)
            .Select(t => new XElement("Tag", new XElement("Key", t.Key), new XElement("Value", t.Value))))).ToString(SaveOptions.DisableFormatting);
        var bytes = Encoding.UTF8.GetBytes(body);

        // PutObjectTagging requires an integrity header; Content-MD5 is the one every S3 implementation knows.
        var headers = new Dictionary<string, string> { ["Content-MD5"] = Convert.ToBase64String(MD5.HashData(bytes)) };
        var answer = await http.SendBytesAsync(PutObjectTagging, Resource(key), HttpMethod.Put, ObjectPath(key) + "?tagging", "application/xml", bytes, cancellationToken, headers, answered: [403, 404]).ConfigureAwait(false);
        if (answer.Status == 404)
        {
            return false;
        }

        if (answer.Status == 403)
        {
            throw Missing(key, answer);
        }

        return true;
    }

    /// <summary>The tags as S3's <c>x-amz-tagging</c> header wants them: a URL query, keys in ordinal order.</summary>
    public static string TagQuery(IReadOnlyDictionary<string, string> tags) =>
        string.Join('&', tags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{Uri.EscapeDataString(t.Key)}={Uri.EscapeDataString(t.Value)}"));

    private string Resource(string key) => $"s3://{Bucket}/{key}";

    // Path-style: the bucket is the first segment, each key segment encoded once (S3 signs the path as sent).
    private string ObjectPath(string key)
    {
        if (key.Length == 0 || key.StartsWith('/') || key.Split('/').Any(s => s is "" or "." or ".."))
        {
            throw new InfraException($"artifact key '{key}': not a valid object key; use segments separated by single slashes, e.g. bundles/<commit>/<sha256>.zip.", ExitCodes.BadInput);
        }

        return "/" + Uri.EscapeDataString(Bucket) + "/" + string.Join('/', key.Split('/').Select(Uri.EscapeDataString));
    }

    // S3 answers 404 NoSuchKey for a missing key only to a caller allowed to list the bucket; to any other it answers 403.
    private InfraException Missing(string key, AwsHttpResponse answer) =>
        new($"s3://{Bucket}/{key}: {(answer.Status == 404 ? "no such object" : "access denied (the object is missing, or this role may not read it)")} " +
            $"(HTTP {answer.Status}: {AwsErrors.OneLine(Code(answer))}). Store it first (for a bundle: the deploy-dev run of its commit uploads it; a promotion copies it from the stack below), " +
            "or check that the role in use is granted s3:GetObject on the key and kms:Decrypt on the bucket's key.",
            ExitCodes.EnvironmentRefused);

    private static string Code(AwsHttpResponse answer)
    {
        try
        {
            return XDocument.Parse(answer.Body).Root?.Element("Code")?.Value ?? answer.Body;
        }
        catch (System.Xml.XmlException)
        {
            return answer.Body;
        }
    }

    private static byte[] ReadFile(string file)
    {
        try
        {
            return File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InfraException($"{file}: cannot be read ({e.Message}); pass the path of the file to store.", ExitCodes.BadInput, e);
        }
    }

    // Written beside the target and moved into place: a reader never sees half a file.
    private static void WriteFile(string file, byte[] bytes)
    {
        var full = Path.GetFullPath(file);
        var partial = full + ".partial";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(partial, bytes);
            File.Move(partial, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InfraException($"{file}: cannot be written ({e.Message}); pass a writable path and check the free space.", ExitCodes.EnvironmentRefused, e);
        }
    }

    /// <summary>The SHA-256 of <paramref name="file"/> as lower-case hex.</summary>
    public static string Sha256Of(string file) => Convert.ToHexStringLower(SHA256.HashData(ReadFile(file)));
}
