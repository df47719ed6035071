using System.Net.Http.Headers;
using System.Text;

namespace Infra.Deploy.Aws;

/// <summary>
/// Signed HTTP calls to one AWS service in the stack's region, honouring <c>AWS_ENDPOINT_URL_&lt;SERVICE&gt;</c> and
/// <c>AWS_ENDPOINT_URL</c> as the SDK does.
/// </summary>
public sealed class AwsHttpClient
{
    private static readonly HttpClient Shared = new() { Timeout = TimeSpan.FromSeconds(60) };
    private readonly AwsCredentialSource credentials;
    private readonly StackTarget target;
    private readonly string signingName;
    private readonly string endpointPrefix;
    private readonly string serviceEnvironmentName;

    /// <summary>Creates a client for one service (<paramref name="signingName"/> e.g. <c>lambda</c>; <paramref name="serviceEnvironmentName"/> e.g. <c>LAMBDA</c>).</summary>
    public AwsHttpClient(AwsCredentialSource credentials, StackTarget target, string signingName, string endpointPrefix, string serviceEnvironmentName)
    {
        this.credentials = credentials;
        this.target = target;
        this.signingName = signingName;
        this.endpointPrefix = endpointPrefix;
        this.serviceEnvironmentName = serviceEnvironmentName;
    }

    /// <summary>The service's base URL, without a trailing slash.</summary>
    public string Endpoint =>
        (Environment.GetEnvironmentVariable($"AWS_ENDPOINT_URL_{serviceEnvironmentName}") is { Length: > 0 } specific ? specific
            : Environment.GetEnvironmentVariable("AWS_ENDPOINT_URL") is { Length: > 0 } general ? general
            : $"https://{endpointPrefix}.{target.Region}.amazonaws.com").TrimEnd('/');

    /// <summary>Sends one signed request; returns the status, the body and the response headers.</summary>
    public async Task<(int Status, string Body, HttpResponseHeaders Headers)> SendAsync(HttpMethod method, string pathAndQuery, string? contentType, string body, IReadOnlyDictionary<string, string>? headers = null)
    {
        var keys = await credentials.ResolveImmutableAsync(target.Stack).ConfigureAwait(false);
        var bytes = Encoding.UTF8.GetBytes(body);
        using var request = new HttpRequestMessage(method, Endpoint + pathAndQuery);
        if (contentType is not null)
        {
            request.Content = new ByteArrayContent(bytes);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        SigV4Signer.Sign(request, contentType is null ? [] : bytes, signingName, target.Region, keys, DateTimeOffset.UtcNow);
        try
        {
            using var response = await Shared.SendAsync(request).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            return ((int)response.StatusCode, text, response.Headers);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            throw AwsErrors.CallFailed(signingName, method.Method, pathAndQuery, e.Message, e);
        }
    }
}
