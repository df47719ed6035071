using Infra.Deploy.Aws;
using Newtonsoft.Json.Linq;

namespace Infra.Deploy;

/// <summary>
/// The playbook's testing strategy as code, proving without polluting: runs the checks the services declare (the
/// stack output <c>smoke_checks</c>, in order). A GET of an API path expects 2xx (signed when its route uses
/// AWS_IAM); an invoke of a service's alias <c>live</c> sends the smoke event <c>{"smoke":{"runId":"..."}}</c>, which
/// the handler answers by checking every step of its work except the irreversible ones (a conditional write its
/// condition refuses, e-mail to the SES mailbox simulator) and returning each step's result. A refused send fails
/// the smoke test, and a sender identity SES has not verified yet is named with the output that holds its DKIM
/// records. Every invoke of one run carries the same run id.
/// </summary>
public sealed class SmokeTests : ISmokeTests
{
    /// <summary>The top-level key of the smoke event; the whole event is this one key, which no SQS event has.</summary>
    public const string SmokeKey = "smoke";

    /// <summary>The output listing the DKIM tokens whose CNAME records verify the sending domain.</summary>
    public const string DkimTokensOutput = "ses_dkim_tokens";

    /// <summary>The output naming the SES identity (the sending domain).</summary>
    public const string SesIdentityOutput = "ses_identity";

    private readonly HttpClient http;
    private readonly ILambdaAliases lambda;
    private readonly StackTarget target;
    private readonly AwsCredentialSource credentials;
    private readonly TimeProvider time;

    /// <summary>Creates the tests; <paramref name="http"/> carries the timeout, <paramref name="time"/> the signing time.</summary>
    public SmokeTests(HttpClient http, ILambdaAliases lambda, StackTarget target, AwsCredentialSource credentials, TimeProvider time)
    {
        this.http = http;
        this.lambda = lambda;
        this.target = target;
        this.credentials = credentials;
        this.time = time;
    }

    /// <summary>The smoke event sent to the order processor: only a direct invoke can give it this shape.</summary>
    public static string SmokeEvent(string runId) => DeployJson.Write(new JObject
    {
        [SmokeKey] = new JObject { ["runId"] = runId },
    });

    /// <inheritdoc/>
    public async Task<IReadOnlyList<string>> RunAsync(StackOutputs outputs, CancellationToken cancellationToken)
    {
        var failures = new List<string>();
        var runId = Guid.NewGuid().ToString("N")[..12];
        foreach (var check in outputs.SmokeChecks)
        {
            failures.AddRange(check.Kind == SmokeCheckOutput.HttpGet
                ? await GetAsync(check.Url!, check.Signed, cancellationToken).ConfigureAwait(false)
                : await InvokeAsync(check.FunctionName!, check.Alias, runId, outputs, check.ProvesEmail, cancellationToken).ConfigureAwait(false));
        }

        return failures;
    }

    private async Task<List<string>> GetAsync(string url, bool signed, CancellationToken cancellationToken)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (signed)
            {
                SigV4Signer.Sign(request, [], "execute-api", target.Region, await credentials.ResolveImmutableAsync(target.Stack, cancellationToken).ConfigureAwait(false), time.GetUtcNow());
            }

            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return response.IsSuccessStatusCode ? [] : [$"GET {url} answered {(int)response.StatusCode}, expected 2xx"];
        }
        // The HTTP client's own timeout is a failed smoke test; the caller cancelling is not, and stops the run.
        catch (Exception e) when ((e is HttpRequestException or TaskCanceledException) && !cancellationToken.IsCancellationRequested)
        {
            return [$"GET {url} failed: {e.Message}"];
        }
    }

    private async Task<List<string>> InvokeAsync(string function, string alias, string runId, StackOutputs outputs, bool sendsEmail, CancellationToken cancellationToken)
    {
        try
        {
            var result = await lambda.InvokeAsync(function, alias, SmokeEvent(runId), cancellationToken).ConfigureAwait(false);
            return result.FunctionError is not null
                ? [$"invoke of {function}:{alias} raised {result.FunctionError}: {result.Payload}"]
                : SmokeFailures($"{function}:{alias}", result.Payload, outputs, sendsEmail);
        }
        catch (InfraException e)
        {
            return [e.Message];
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return [$"invoke of {function}:{alias} answered with something that is not JSON"];
        }
    }

    // The handler's answer: {"smoke":{"ok":..,"stored":..,"from":..,"checks":[{"name","ok","code","detail",..}]}}.
    private List<string> SmokeFailures(string alias, string payload, StackOutputs outputs, bool sendsEmail)
    {
        if ((DeployJson.Parse(payload.Length == 0 ? "{}" : payload) as JObject)?[SmokeKey] is not JObject smoke)
        {
            return [$"invoke of {alias} answered {payload} without a smoke result: the deployed handler does not know the smoke event {{\"{SmokeKey}\":{{...}}}}, so nothing was proven. Deploy a handler that does."];
        }

        var failures = new List<string>();
        if (Flag(smoke, "stored") != false)
        {
            failures.Add($"smoke test of {alias} may have stored {Text(smoke, "orderId")}: a smoke test must store nothing. Delete that item from the table and fix the handler's smoke path.");
        }

        var checks = (smoke["checks"] as JArray)?.OfType<JObject>().ToList() ?? [];
        var from = Text(smoke, "from");
        var unverified = false;
        foreach (var check in checks.Where(c => Flag(c, "ok") != true))
        {
            var code = Text(check, "code");
            var detail = Text(check, "detail");
            if (string.Equals(code, "MessageRejected", StringComparison.Ordinal) && detail.Contains("not verified", StringComparison.OrdinalIgnoreCase))
            {
                if (!unverified)
                {
                    failures.Add(Unverified(outputs, from, detail));
                }

                unverified = true;
                continue;
            }

            failures.Add($"smoke test of {alias}: {Text(check, "name")} failed ({(code.Length > 0 ? code : "no error code")}): {detail}");
        }

        var sent = checks.Any(c => Text(c, "name").StartsWith("email", StringComparison.Ordinal) && Flag(c, "ok") == true);
        if (sendsEmail && failures.Count == 0 && !sent)
        {
            failures.Add($"smoke test of {alias} reported no e-mail sent to the SES mailbox simulator: e-mail delivery was not proven.");
        }

        if (failures.Count == 0 && Flag(smoke, "ok") != true)
        {
            failures.Add($"smoke test of {alias} reported failure: {DeployJson.Write(smoke)}");
        }

        return failures;
    }

    private string Unverified(StackOutputs outputs, string from, string detail)
    {
        var identity = outputs.GetString(SesIdentityOutput) ?? (from.Contains('@', StringComparison.Ordinal) ? from[(from.IndexOf('@', StringComparison.Ordinal) + 1)..] : "the sending domain");
        return $"SES has not verified the identity '{identity}' in {target.Region}, so it refused to send from {from} ({detail}). " +
            $"Publish one CNAME record per token of the stack output '{DkimTokensOutput}' (<token>._domainkey.{identity} -> <token>.dkim.amazonses.com) in the domain's DNS, wait until SES shows '{identity}' verified, and deploy again.";
    }

    private static bool? Flag(JObject node, string name) => DeployJson.Boolean(node[name]);

    private static string Text(JObject node, string name) => DeployJson.String(node[name]) ?? string.Empty;
}
