using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Infra.Deploy.Aws;

/// <summary>
/// Signed HTTP calls to one AWS service in the stack's region, honouring <c>AWS_ENDPOINT_URL_&lt;SERVICE&gt;</c> and
/// <c>AWS_ENDPOINT_URL</c> as the SDK does. Like the SDKs' standard retry mode, an operation that is safe to retry is
/// attempted again after throttling, a 5xx answer, a timeout or a broken connection, with exponential backoff and
/// jitter; every failure leaves as one exit-4 error naming the service, the operation and what to do.
/// </summary>
public sealed partial class AwsHttpClient
{
    // Timeouts are the pipeline's, on the injected clock; the client itself never gives up first.
    private static readonly HttpClient Shared = new() { Timeout = Timeout.InfiniteTimeSpan };
    private readonly AwsCredentialSource credentials;
    private readonly StackTarget target;
    private readonly string signingName;
    private readonly string endpointPrefix;
    private readonly string serviceEnvironmentName;
    private readonly TimeProvider time;
    private readonly ExternalCallSettings settings;

    /// <summary>Creates a client for one service (<paramref name="signingName"/> e.g. <c>lambda</c>; <paramref name="serviceEnvironmentName"/> e.g. <c>LAMBDA</c>).</summary>
    public AwsHttpClient(AwsCredentialSource credentials, StackTarget target, string signingName, string endpointPrefix, string serviceEnvironmentName, TimeProvider? time = null, ExternalCallSettings? settings = null)
    {
        this.credentials = credentials;
        this.target = target;
        this.signingName = signingName;
        this.endpointPrefix = endpointPrefix;
        this.serviceEnvironmentName = serviceEnvironmentName;
        this.time = time ?? TimeProvider.System;
        this.settings = settings ?? ExternalCallSettings.FromEnvironment();
    }

    /// <summary>The service's base URL, without a trailing slash.</summary>
    public string Endpoint =>
        (Environment.GetEnvironmentVariable(EndpointVariable) is { Length: > 0 } specific ? specific
            : Environment.GetEnvironmentVariable("AWS_ENDPOINT_URL") is { Length: > 0 } general ? general
            : $"https://{endpointPrefix}.{target.Region}.amazonaws.com").TrimEnd('/');

    private string EndpointVariable => $"AWS_ENDPOINT_URL_{serviceEnvironmentName}";

    /// <summary>
    /// Sends <paramref name="operation"/> on <paramref name="resource"/>, retrying only when the operation says it is
    /// safe; returns the 2xx answer or throws an exit-4 <see cref="InfraException"/> (exit 3 without credentials).
    /// A cancelled <paramref name="cancellationToken"/> stops the attempt and any backoff and throws
    /// <see cref="OperationCanceledException"/>: cancelling is never retried nor reported as the service failing.
    /// </summary>
    public Task<AwsHttpResponse> SendAsync(AwsOperation operation, string resource, HttpMethod method, string pathAndQuery, string? contentType, string body, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? headers = null) =>
        SendBytesAsync(operation, resource, method, pathAndQuery, contentType, Encoding.UTF8.GetBytes(body), cancellationToken, headers);

    /// <summary>
    /// Sends a binary body (an S3 object) and keeps the answer's bytes; an answer whose status is in
    /// <paramref name="answered"/> is returned instead of thrown, for the caller to explain (S3's 404 of a missing key).
    /// </summary>
    public async Task<AwsHttpResponse> SendBytesAsync(AwsOperation operation, string resource, HttpMethod method, string pathAndQuery, string? contentType, byte[] bytes, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? headers = null, IReadOnlyCollection<int>? answered = null)
    {
        var keys = await credentials.ResolveImmutableAsync(target.Stack, cancellationToken).ConfigureAwait(false);
        var endpoint = Endpoint;
        var attempts = 0;
        AwsHttpResponse answer;
        try
        {
            answer = await Pipeline(operation).ExecuteAsync(
                async cancel =>
                {
                    attempts++;
                    using var request = new HttpRequestMessage(method, endpoint + pathAndQuery);
                    if (contentType is not null)
                    {
                        request.Content = new ByteArrayContent(bytes);
                        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
                    }

                    foreach (var (name, value) in headers ?? new Dictionary<string, string>())
                    {
                        // Content headers (S3's Content-MD5) belong to the body, not to the request.
                        if (!request.Headers.TryAddWithoutValidation(name, value))
                        {
                            request.Content?.Headers.TryAddWithoutValidation(name, value);
                        }
                    }

                    // Each attempt is signed anew: a signature is only valid for minutes around its own time.
                    SigV4Signer.Sign(request, contentType is null ? [] : bytes, signingName, target.Region, keys, time.GetUtcNow());
                    using var response = await Shared.SendAsync(request, cancel).ConfigureAwait(false);
                    var raw = await response.Content.ReadAsByteArrayAsync(cancel).ConfigureAwait(false);
                    return new AwsHttpResponse((int)response.StatusCode, Encoding.UTF8.GetString(raw), CopyHeaders(response)) { Content = raw };
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException e)
        {
            throw operation.SafeToRetry
                ? AwsErrors.NoAnswer(operation, resource, endpoint, settings.TimeoutText, attempts, e)
                : AwsErrors.Uncertain(operation, resource, $"no answer within {settings.TimeoutText}", e);
        }
        catch (Exception e) when ((e is HttpRequestException or IOException) && !cancellationToken.IsCancellationRequested)
        {
            var neverSent = e is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError };
            throw operation.SafeToRetry || neverSent
                ? AwsErrors.Unreachable(operation, resource, endpoint, EndpointVariable, e.Message, attempts, e)
                : AwsErrors.Uncertain(operation, resource, $"the connection to {endpoint} broke ({e.Message})", e);
        }

        if (answer.Status is >= 200 and < 300 || answered?.Contains(answer.Status) == true)
        {
            return answer;
        }

        throw !operation.SafeToRetry && answer.Status >= 500
            ? AwsErrors.Uncertain(operation, resource, $"HTTP {answer.Status}: {AwsErrors.OneLine(answer.Body)}")
            : AwsErrors.Answered(operation, resource, answer.Status, answer.Body, attempts);
    }

    private ResiliencePipeline<AwsHttpResponse> Pipeline(AwsOperation operation)
    {
        var builder = new ResiliencePipelineBuilder<AwsHttpResponse> { TimeProvider = time };
        if (operation.SafeToRetry && settings.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions<AwsHttpResponse>
            {
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
                MaxRetryAttempts = settings.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = settings.BaseDelay,
                MaxDelay = settings.MaxDelay,
            });
        }

        return builder.AddTimeout(settings.AttemptTimeout).Build();
    }

    private static bool IsTransient(Outcome<AwsHttpResponse> outcome) =>
        outcome.Exception is HttpRequestException or IOException or TimeoutRejectedException
        || outcome.Result is { Status: 429 or >= 500 }
        || outcome.Result is { Status: 400 } throttled && Throttling().IsMatch(throttled.Body + " " + throttled.Header("x-amzn-ErrorType"));

    private static Dictionary<string, string> CopyHeaders(HttpResponseMessage response)
    {
        var copy = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            copy.TryAdd(name, values.FirstOrDefault() ?? string.Empty);
        }

        return copy;
    }

    // The throttling codes the AWS SDKs retry, as they appear in JSON (__type), XML (<Code>) or x-amzn-ErrorType.
    [GeneratedRegex(@"\b(Throttling|ThrottlingException|ThrottledException|RequestThrottledException|TooManyRequestsException|ProvisionedThroughputExceededException|TransactionInProgressException|RequestLimitExceeded|BandwidthLimitExceeded|LimitExceededException|RequestThrottled|SlowDown|PriorRequestNotComplete|EC2ThrottledException)\b")]
    private static partial Regex Throttling();
}
