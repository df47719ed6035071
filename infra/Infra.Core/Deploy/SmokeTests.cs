using System.Text.Json.Nodes;
using Infra.Deploy.Aws;
using Infra.Model;

namespace Infra.Deploy;

/// <summary>
/// The playbook's testing strategy as code: GET <c>&lt;stage URL&gt;/products</c> expecting 2xx (signed when the API
/// uses AWS_IAM), and invoke alias <c>live</c> of the order processor with an SQS-shaped event expecting no
/// <c>batchItemFailures</c>.
/// </summary>
public sealed class SmokeTests : ISmokeTests
{
    private readonly HttpClient http;
    private readonly ILambdaAliases lambda;
    private readonly StackTarget target;
    private readonly AwsCredentialSource credentials;

    /// <summary>Creates the tests; <paramref name="http"/> carries the timeout.</summary>
    public SmokeTests(HttpClient http, ILambdaAliases lambda, StackTarget target, AwsCredentialSource credentials)
    {
        this.http = http;
        this.lambda = lambda;
        this.target = target;
        this.credentials = credentials;
    }

    /// <summary>The SQS-shaped test event sent to the order processor.</summary>
    public static string OrderEvent(string region) => new JsonObject
    {
        ["Records"] = new JsonArray(new JsonObject
        {
            ["messageId"] = "infra-smoke-test",
            ["body"] = """{"orderId":"smoke-test-001","customerEmail":"smoke-test@example.com","totalAmount":"0.00","currency":"ZAR","items":[],"createdAt":"2026-01-01T00:00:00Z","smokeTest":true}""",
            ["attributes"] = new JsonObject { ["ApproximateReceiveCount"] = "1" },
            ["messageAttributes"] = new JsonObject(),
            ["md5OfBody"] = "smoke-test",
            ["eventSource"] = "aws:sqs",
            ["eventSourceARN"] = $"arn:aws:sqs:{region}:000000000000:infra-smoke-test",
            ["awsRegion"] = region,
        }),
    }.ToJsonString();

    /// <inheritdoc/>
    public async Task<IReadOnlyList<string>> RunAsync(StackOutputs outputs)
    {
        var failures = new List<string>();
        var url = outputs.ProductApiUrl.TrimEnd('/') + "/products";
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (outputs.ProductApiUsesIam)
            {
                SigV4Signer.Sign(request, [], "execute-api", target.Region, await credentials.ResolveImmutableAsync(target.Stack).ConfigureAwait(false), DateTimeOffset.UtcNow);
            }

            using var response = await http.SendAsync(request).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                failures.Add($"GET {url} answered {(int)response.StatusCode}, expected 2xx");
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            failures.Add($"GET {url} failed: {e.Message}");
        }

        var function = outputs.OrderProcessorFunctionName;
        try
        {
            var result = await lambda.InvokeAsync(function, AppSpec.LiveAlias, OrderEvent(target.Region)).ConfigureAwait(false);
            var batchFailures = (JsonNode.Parse(result.Payload.Length == 0 ? "{}" : result.Payload) as JsonObject)?["batchItemFailures"] as JsonArray;
            if (result.FunctionError is not null)
            {
                failures.Add($"invoke of {function}:{AppSpec.LiveAlias} raised {result.FunctionError}: {result.Payload}");
            }
            else if (batchFailures is { Count: > 0 })
            {
                failures.Add($"invoke of {function}:{AppSpec.LiveAlias} reported batchItemFailures: {batchFailures.ToJsonString()}");
            }
        }
        catch (InfraException e)
        {
            failures.Add(e.Message);
        }
        catch (System.Text.Json.JsonException)
        {
            failures.Add($"invoke of {function}:{AppSpec.LiveAlias} answered with something that is not JSON");
        }

        return failures;
    }
}
