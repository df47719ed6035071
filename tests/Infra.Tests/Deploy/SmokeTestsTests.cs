using Infra.Deploy;
using Infra.Deploy.Aws;
using Infra.Tests.Deploy.Support;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Infra.Tests.Deploy;

/// <summary>The smoke tests over real HTTP: the API stand-in and the Lambda stand-in are loopback servers.</summary>
[NonParallelizable]
public class SmokeTestsTests
{
    private const string Processor = "2-1-bbws-order-processor-dev";
    private static readonly StackTarget Dev = new("bbws", "dev", "536580886816", "eu-west-1");

    [Test]
    public async Task AHealthyApiAndProcessorPassWithTheRequestsTheyExpect()
    {
        using var api = new LoopbackServer(_ => new StubResponse(200, "application/json", "[]"));
        using var lambda = new LoopbackServer(_ => Processed(Smoke()));
        using var env = LambdaEndpoint(lambda);

        var failures = await Run(Outputs(api.Url + "/v1/"));

        Assert.That(failures, Is.Empty, "a 200 from /products and a smoke result with every check passed must pass");
        var get = api.Requests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(get.Method, Is.EqualTo("GET"), "the API smoke test is a GET");
            Assert.That(get.PathAndQuery, Is.EqualTo("/v1/products"), "the GET must go to <stage URL>/products, with one slash");
            Assert.That(get.Header("authorization"), Is.Empty, "an API without AWS_IAM authorization must not be sent a signature");
        });
        var invoke = lambda.Requests.Single();
        var smokeEvent = JToken.Parse(invoke.Body) as JObject;
        Assert.Multiple(() =>
        {
            Assert.That(invoke.PathAndQuery, Is.EqualTo($"/2015-03-31/functions/{Processor}/invocations?Qualifier=live"), "the order processor must be invoked at alias live");
            Assert.That(invoke.Header("x-amz-invocation-type"), Is.EqualTo("RequestResponse"), "the invoke must be synchronous to read the smoke result");
            Assert.That(smokeEvent?.Properties().Select(p => p.Name), Is.EqualTo(new[] { "smoke" }), "the event must be the smoke marker alone: no Records, so it can never look like an SQS order");
            Assert.That((string?)smokeEvent?["smoke"]?["runId"], Does.Match("^[0-9a-f]{12}$"), "the marker must carry a run id the handler's logs and probe key show");
        });
    }

    [Test]
    public async Task AnIamApiIsCalledSignedForExecuteApi()
    {
        using var api = new LoopbackServer(_ => new StubResponse(200, "application/json", "[]"));
        using var lambda = new LoopbackServer(_ => Processed(Smoke()));
        using var env = LambdaEndpoint(lambda);

        var failures = await Run(Outputs(api.Url + "/v1", signed: true));

        Assert.That(failures, Is.Empty, "a signed GET answered 200 must pass");
        Assert.That(api.Requests.Single().Header("authorization"), Does.StartWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261201/eu-west-1/execute-api/aws4_request"),
            "an AWS_IAM API must be called SigV4-signed for execute-api in the stack's region, scoped to the injected clock's day");
        Assert.That(api.Requests.Single().Header("x-amz-date"), Is.EqualTo("20261201T090000Z"), "the signing time must be the injected clock's, not the machine's");
    }

    [Test]
    public async Task ANon2xxAnswerFromTheApiFailsNamingUrlAndStatus()
    {
        using var api = new LoopbackServer(_ => new StubResponse(503, "application/json", """{"message":"Service Unavailable"}"""));
        using var lambda = new LoopbackServer(_ => Processed(Smoke()));
        using var env = LambdaEndpoint(lambda);

        var failures = await Run(Outputs(api.Url + "/v1"));

        Assert.That(failures, Is.EqualTo(new[] { $"GET {api.Url}/v1/products answered 503, expected 2xx" }), "a 503 must be the one failure, naming the URL and the status");
        Assert.That(lambda.Requests, Has.Count.EqualTo(1), "the processor must still be tested when the API fails");
    }

    [Test]
    public async Task AnApiThatDoesNotAnswerInTimeFails()
    {
        using var release = new ManualResetEventSlim();
        using var api = new LoopbackServer(_ =>
        {
            release.Wait(TimeSpan.FromSeconds(5));
            return new StubResponse(200, "application/json", "[]");
        });
        using var lambda = new LoopbackServer(_ => Processed(Smoke()));
        using var env = LambdaEndpoint(lambda);

        IReadOnlyList<string> failures;
        try
        {
            failures = await Run(Outputs(api.Url), TimeSpan.FromMilliseconds(200));
        }
        finally
        {
            release.Set();
        }

        Assert.That(failures, Has.Count.EqualTo(1).And.Some.StartWith($"GET {api.Url}/products failed: "), "a GET that times out must fail naming the URL");
    }

    [Test]
    public async Task AnUnreachableApiFails()
    {
        string url;
        using (var closed = new LoopbackServer(_ => new StubResponse(200, "text/plain", string.Empty)))
        {
            url = closed.Url;
        }

        using var lambda = new LoopbackServer(_ => Processed(Smoke()));
        using var env = LambdaEndpoint(lambda);

        var failures = await Run(Outputs(url));

        Assert.That(failures, Has.Count.EqualTo(1).And.Some.StartWith($"GET {url}/products failed: "), "a refused connection must be a failure, not a crash");
    }

    [Test]
    public async Task AnExportedProductApiIsInvokedWithTheSameMarkerAndItsFailedReadFails()
    {
        const string productApi = "2-1-bbws-product-api-dev";
        using var api = new LoopbackServer(_ => new StubResponse(200, "application/json", "[]"));
        using var lambda = new LoopbackServer(request => Processed(request.PathAndQuery.Contains(productApi, StringComparison.Ordinal)
            ? """{"smoke":{"ok":false,"stored":false,"checks":[{"name":"list","ok":false,"code":"AccessDeniedException","detail":"not authorized"},{"name":"get","ok":true}]}}"""
            : Smoke()));
        using var env = LambdaEndpoint(lambda);

        var failures = await Run(Outputs(api.Url, productApi: productApi));

        Assert.That(failures, Is.EqualTo(new[] { $"smoke test of {productApi}:live: list failed (AccessDeniedException): not authorized" }),
            "the product API's failed read must fail the smoke test, and it sends no e-mail, so none is required of it");
        Assert.That(lambda.Requests.Select(r => r.PathAndQuery), Is.EqualTo(new[]
        {
            $"/2015-03-31/functions/{Processor}/invocations?Qualifier=live",
            $"/2015-03-31/functions/{productApi}/invocations?Qualifier=live",
        }), "both functions must be invoked at alias live");
        Assert.That(lambda.Requests[1].Body, Is.EqualTo(lambda.Requests[0].Body), "both get the same smoke marker");
    }

    [Test]
    public async Task AProcessorThatDoesNotKnowTheSmokeEventFails()
    {
        using var api = new LoopbackServer(_ => new StubResponse(200, "application/json", "[]"));
        using var lambda = new LoopbackServer(_ => Processed("""{"batchItemFailures":[]}"""));
        using var env = LambdaEndpoint(lambda);

        var failures = await Run(Outputs(api.Url));

        Assert.That(failures, Has.Count.EqualTo(1), "a handler that treats the smoke event as an empty batch proves nothing and must fail");
        Assert.That(failures[0], Does.Contain($"{Processor}:live").And.Contain("without a smoke result"), "the failure must say the deployed handler gave no smoke result");
    }

    [Test]
    public async Task ARefusedSendFailsNamingTheCheckAndSesError()
    {
        using var api = new LoopbackServer(_ => new StubResponse(200, "application/json", "[]"));
        using var lambda = new LoopbackServer(_ => Processed(Smoke(sendCode: "AccessDeniedException", sendDetail: "not authorized to perform ses:SendEmail")));
        using var env = LambdaEndpoint(lambda);

        var failures = await Run(Outputs(api.Url));

        Assert.That(failures, Has.Count.EqualTo(2), "each refused send must be a failure (the order path swallows e-mail errors; the smoke test must not)");
        Assert.That(failures[0], Does.Contain("email internal_notification.html failed (AccessDeniedException)").And.Contain("ses:SendEmail"), "the failure must name the check, SES's code and its message");
    }

    [Test]
    public async Task AnUnverifiedSenderFailsOnceNamingTheIdentityAndTheDkimOutput()
    {
        using var api = new LoopbackServer(_ => new StubResponse(200, "application/json", "[]"));
        using var lambda = new LoopbackServer(_ => Processed(Smoke(
            sendCode: "MessageRejected",
            sendDetail: "send to ['success@simulator.amazonses.com']: An error occurred (MessageRejected) when calling the SendEmail operation: Email address is not verified. The following identities failed the check in region EU-WEST-1: noreply@bigbeard.co.za")));
        using var env = LambdaEndpoint(lambda);

        var failures = await Run(Outputs(api.Url, sesIdentity: "bigbeard.co.za"));

        Assert.That(failures, Has.Count.EqualTo(1), "two sends refused for the same unverified identity are one problem, reported once");
        Assert.That(failures[0], Does.Contain("identity 'bigbeard.co.za'").And.Contain("'ses_dkim_tokens'").And.Contain("eu-west-1").And.Contain("noreply@bigbeard.co.za"),
            "the failure must name the identity, the region, the sender and the output holding the DKIM records to publish");
    }

    [Test]
    public async Task WithoutTheIdentityOutputTheSendersDomainIsNamed()
    {
        using var api = new LoopbackServer(_ => new StubResponse(200, "application/json", "[]"));
        using var lambda = new LoopbackServer(_ => Processed(Smoke(sendCode: "MessageRejected", sendDetail: "Email address is not verified.")));
        using var env = LambdaEndpoint(lambda);

        var failures = await Run(Outputs(api.Url));

        Assert.That(failures.Single(), Does.Contain("identity 'bigbeard.co.za'"), "the identity is the sender's domain when the stack has no ses_identity output");
    }

    [Test]
    public async Task ARefusedStoreProbeFails()
    {
        using var api = new LoopbackServer(_ => new StubResponse(200, "application/json", "[]"));
        using var lambda = new LoopbackServer(_ => Processed(Smoke(storeCode: "ResourceNotFoundException")));
        using var env = LambdaEndpoint(lambda);

        var failures = await Run(Outputs(api.Url));

        Assert.That(failures, Is.EqualTo(new[] { $"smoke test of {Processor}:live: store failed (ResourceNotFoundException): refused" }), "a table the order path cannot write must fail the smoke test");
    }

    [Test]
    public async Task ASmokeResultThatStoredAnOrderFails()
    {
        using var api = new LoopbackServer(_ => new StubResponse(200, "application/json", "[]"));
        using var lambda = new LoopbackServer(_ => Processed(Smoke(stored: true)));
        using var env = LambdaEndpoint(lambda);

        var failures = await Run(Outputs(api.Url));

        Assert.That(failures, Has.Count.EqualTo(1).And.Some.Contain("may have stored smoke-abc-1"), "a smoke test that wrote must fail, naming the order to delete");
    }

    [Test]
    public async Task ASmokeResultWithoutAnEmailSentFails()
    {
        using var api = new LoopbackServer(_ => new StubResponse(200, "application/json", "[]"));
        using var lambda = new LoopbackServer(_ => Processed("""{"smoke":{"ok":true,"stored":false,"orderId":"smoke-abc-1","checks":[{"name":"store","ok":true}]}}"""));
        using var env = LambdaEndpoint(lambda);

        var failures = await Run(Outputs(api.Url));

        Assert.That(failures, Has.Count.EqualTo(1).And.Some.Contain("no e-mail sent to the SES mailbox simulator"), "a smoke test that sent nothing did not prove e-mail delivery");
    }

    [Test]
    public async Task AnUnhandledErrorInTheProcessorFails()
    {
        using var api = new LoopbackServer(_ => new StubResponse(200, "application/json", "[]"));
        using var lambda = new LoopbackServer(_ => new StubResponse(200, "application/json", """{"errorMessage":"'orderId'","errorType":"KeyError"}""",
            new Dictionary<string, string> { ["X-Amz-Function-Error"] = "Unhandled" }));
        using var env = LambdaEndpoint(lambda);

        var failures = await Run(Outputs(api.Url));

        Assert.That(failures, Has.Count.EqualTo(1), "a function error must fail the smoke test");
        Assert.That(failures[0], Does.Contain("raised Unhandled").And.Contain("KeyError"), "the failure must carry Lambda's error and the function's answer");
    }

    [Test]
    public async Task AFailedInvokeCallFailsNamingTheAlias()
    {
        using var api = new LoopbackServer(_ => new StubResponse(200, "application/json", "[]"));
        using var lambda = new LoopbackServer(_ => new StubResponse(404, "application/json", """{"Type":"User","message":"Function not found"}""",
            new Dictionary<string, string> { ["x-amzn-ErrorType"] = "ResourceNotFoundException" }));
        using var env = LambdaEndpoint(lambda);

        var failures = await Run(Outputs(api.Url));

        Assert.That(failures, Has.Count.EqualTo(1), "a refused invoke must be a failure, not an exception");
        Assert.That(failures[0], Does.Contain($"{Processor}:live").And.Contain("Function not found"), "the failure must name the alias and Lambda's answer");
    }

    [Test]
    public async Task AnAnswerThatIsNotJsonFails()
    {
        using var api = new LoopbackServer(_ => new StubResponse(200, "application/json", "[]"));
        using var lambda = new LoopbackServer(_ => Processed("ok"));
        using var env = LambdaEndpoint(lambda);

        var failures = await Run(Outputs(api.Url));

        Assert.That(failures, Is.EqualTo(new[] { $"invoke of {Processor}:live answered with something that is not JSON" }), "an answer that cannot be read must fail, not pass");
    }

    [Test]
    public void ACancelledRunStopsInsteadOfReportingAFailedCheck()
    {
        using var api = new SilentServer();
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(10) };
        var smoke = new SmokeTests(http, new LambdaAliases(TestAwsCredentials.Session, Dev), Dev, TestAwsCredentials.Session, new SteppedClock());

        Cancellation.AssertStopsWhenCancelled(api, token => smoke.RunAsync(Outputs(api.Url), token), "smoke test GET");
    }

    private static async Task<IReadOnlyList<string>> Run(StackOutputs outputs, TimeSpan? timeout = null)
    {
        using var http = new HttpClient { Timeout = timeout ?? TimeSpan.FromSeconds(10) };
        return await new SmokeTests(http, new LambdaAliases(TestAwsCredentials.Session, Dev), Dev, TestAwsCredentials.Session, new SteppedClock()).RunAsync(outputs, CancellationToken.None);
    }

    // The stack's smoke checks as the components export them: the GET of the API, the order processor's invoke, and
    // the product API's invoke when given.
    private static StackOutputs Outputs(string apiUrl, bool signed = false, string? productApi = null, string? sesIdentity = null)
    {
        var checks = new JArray(
            new JObject { ["base_url"] = apiUrl, ["kind"] = "http_get", ["path"] = "products", ["signed"] = signed },
            new JObject { ["alias"] = "live", ["function_name"] = Processor, ["kind"] = "invoke", ["proves_email"] = true });
        if (productApi is not null)
        {
            checks.Add(new JObject { ["alias"] = "live", ["function_name"] = productApi, ["kind"] = "invoke", ["proves_email"] = false });
        }

        var values = new Dictionary<string, JToken?> { ["smoke_checks"] = checks.ToString(Newtonsoft.Json.Formatting.None) };
        if (sesIdentity is not null)
        {
            values["ses_identity"] = sesIdentity;
        }

        return new StackOutputs("dev", values);
    }

    // The order processor's smoke answer: a refused store probe, then two sends to the simulator.
    private static string Smoke(string? storeCode = null, string? sendCode = null, string sendDetail = "", bool stored = false)
    {
        JObject Check(string name, string? code, string detail) => code is null
            ? new JObject { ["name"] = name, ["ok"] = true, ["messageId"] = "0100-" + name }
            : new JObject { ["name"] = name, ["ok"] = false, ["code"] = code, ["detail"] = detail };
        return new JObject
        {
            ["smoke"] = new JObject
            {
                ["ok"] = storeCode is null && sendCode is null && !stored,
                ["orderId"] = "smoke-abc-1",
                ["stored"] = stored,
                ["from"] = "noreply@bigbeard.co.za",
                ["checks"] = new JArray(
                    Check("store", storeCode, "refused"),
                    Check("email internal_notification.html", sendCode, sendDetail),
                    Check("email customer_confirmation.html", sendCode, sendDetail)),
            },
        }.ToString(Formatting.None);
    }

    private static StubResponse Processed(string payload) =>
        new(200, "application/json", payload, new Dictionary<string, string> { ["X-Amz-Executed-Version"] = "7" });

    private static EnvironmentScope LambdaEndpoint(LoopbackServer server) =>
        new(new Dictionary<string, string?> { ["AWS_ENDPOINT_URL_LAMBDA"] = server.Url });
}
