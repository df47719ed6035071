using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Amazon.Runtime;

namespace Infra.Deploy.Aws;

/// <summary>
/// AWS Signature Version 4 for the few calls made without a service SDK package (Lambda, CodeDeploy, SNS, and the
/// smoke test's GET of an AWS_IAM API, and the artifact bucket's S3 objects).
/// </summary>
public static class SigV4Signer
{
    // S3's signing name: it signs the path as sent (encoded once) and every x-amz-* header.
    private const string S3 = "s3";

    /// <summary>Adds <c>x-amz-date</c>, the session token and <c>Authorization</c> to <paramref name="request"/>.</summary>
    public static void Sign(HttpRequestMessage request, byte[] body, string service, string region, ImmutableCredentials credentials, DateTimeOffset now)
    {
        var uri = request.RequestUri!;
        var amzDate = now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var date = amzDate[..8];
        var payloadHash = Hex(SHA256.HashData(body));
        request.Headers.Host = uri.IsDefaultPort ? uri.Host : $"{uri.Host}:{uri.Port}";
        request.Headers.Add("x-amz-date", amzDate);
        request.Headers.Add("x-amz-content-sha256", payloadHash);
        if (!string.IsNullOrEmpty(credentials.Token))
        {
            request.Headers.Add("x-amz-security-token", credentials.Token);
        }

        var headers = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["host"] = request.Headers.Host!, ["x-amz-date"] = amzDate, ["x-amz-content-sha256"] = payloadHash };
        if (!string.IsNullOrEmpty(credentials.Token))
        {
            headers["x-amz-security-token"] = credentials.Token;
        }

        foreach (var header in request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
        {
            if (header.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                headers["content-type"] = string.Join(",", header.Value).Trim();
            }
        }

        foreach (var header in request.Headers.Where(h => h.Key.StartsWith("X-Amz-Target", StringComparison.OrdinalIgnoreCase)))
        {
            headers["x-amz-target"] = string.Join(",", header.Value).Trim();
        }

        // S3 refuses a request whose x-amz-* headers (encryption, tagging, checksum) are not all signed.
        if (service == S3)
        {
            foreach (var header in request.Headers.Where(h => h.Key.StartsWith("x-amz-", StringComparison.OrdinalIgnoreCase)))
            {
                headers[header.Key.ToLowerInvariant()] = string.Join(",", header.Value).Trim();
            }
        }

        var signedHeaders = string.Join(';', headers.Keys);
        var canonicalHeaders = string.Concat(headers.Select(h => $"{h.Key}:{h.Value}\n"));
        var canonicalRequest = string.Join('\n', request.Method.Method, service == S3 ? uri.AbsolutePath : CanonicalPath(uri), CanonicalQuery(uri), canonicalHeaders, signedHeaders, payloadHash);
        var scope = $"{date}/{region}/{service}/aws4_request";
        var stringToSign = $"AWS4-HMAC-SHA256\n{amzDate}\n{scope}\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest)))}";
        var key = Hmac(Hmac(Hmac(Hmac(Encoding.UTF8.GetBytes("AWS4" + credentials.SecretKey), date), region), service), "aws4_request");
        var signature = Hex(Hmac(key, stringToSign));
        request.Headers.TryAddWithoutValidation("Authorization", $"AWS4-HMAC-SHA256 Credential={credentials.AccessKey}/{scope}, SignedHeaders={signedHeaders}, Signature={signature}");
    }

    // Every service but S3 signs each path segment encoded twice; Uri.AbsolutePath is already encoded once.
    private static string CanonicalPath(Uri uri) =>
        string.Join('/', uri.AbsolutePath.Split('/').Select(Uri.EscapeDataString));

    private static string CanonicalQuery(Uri uri)
    {
        var query = uri.Query.TrimStart('?');
        if (query.Length == 0)
        {
            return string.Empty;
        }

        return string.Join('&', query.Split('&')
            .Select(p => p.Split('=', 2))
            .Select(p => (Key: Uri.EscapeDataString(Uri.UnescapeDataString(p[0])), Value: p.Length > 1 ? Uri.EscapeDataString(Uri.UnescapeDataString(p[1])) : string.Empty))
            .OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => $"{p.Key}={p.Value}"));
    }

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}
