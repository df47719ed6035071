using System.Text.Json.Nodes;
using Infra.Deploy;
using Infra.Deploy.Aws;
using Infra.Tests.Deploy.Support;

namespace Infra.Tests.Deploy.Aws;

[NonParallelizable]
public class LambdaAliasesTests
{
    private static readonly StackTarget Dev = new("bbws", "dev", "536580886816", "eu-west-1");

    [Test]
    public async Task InvokeOfAliasLiveIsSignedForLambdaAndReportsTheFunctionError()
    {
        using var server = new LoopbackServer(_ => new StubResponse(200, "application/json", """{"errorMessage":"boom","errorType":"KeyError"}""",
            new Dictionary<string, string> { ["X-Amz-Function-Error"] = "Unhandled", ["X-Amz-Executed-Version"] = "7" }));
        using var env = new EnvironmentScope(new Dictionary<string, string?> { ["AWS_ENDPOINT_URL_LAMBDA"] = server.Url });

        var result = await new LambdaAliases(TestAwsCredentials.Session, Dev).InvokeAsync("2-1-bbws-order-processor", "live", """{"Records":[]}""", CancellationToken.None);

        var request = server.Requests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(result.FunctionError, Is.EqualTo("Unhandled"), "the function error header was not read");
            Assert.That(request.PathAndQuery, Is.EqualTo("/2015-03-31/functions/2-1-bbws-order-processor/invocations?Qualifier=live"), "the invoke did not target alias live");
            Assert.That(request.Header("authorization"), Does.Contain("/eu-west-1/lambda/aws4_request").And.Contain("SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date;x-amz-security-token"), "the invoke is not SigV4-signed for Lambda");
            Assert.That(request.Header("x-amz-security-token"), Is.EqualTo("session-token"), "the session token was not sent");
            Assert.That(request.Body, Is.EqualTo("""{"Records":[]}"""), "the payload was not sent as is");
        });
    }

    [Test]
    public async Task GetAliasReadsTheFunctionVersion()
    {
        using var server = new LoopbackServer(_ => new StubResponse(200, "application/json",
            """{"AliasArn":"arn:aws:lambda:eu-west-1:536580886816:function:f:live","Description":"","FunctionVersion":"6","Name":"live","RevisionId":"r1"}"""));
        using var env = new EnvironmentScope(new Dictionary<string, string?> { ["AWS_ENDPOINT_URL_LAMBDA"] = server.Url });

        var version = await new LambdaAliases(TestAwsCredentials.Session, Dev).GetAliasVersionAsync("f", "live", CancellationToken.None);

        Assert.That(version, Is.EqualTo("6"), "the alias's version was not read");
        Assert.That(server.Requests.Single().Method, Is.EqualTo("GET"), "GetAlias must be a GET");
    }

    [Test]
    public void AnErrorAnswerExits4NamingTheFunction()
    {
        using var server = new LoopbackServer(_ => new StubResponse(404, "application/json",
            """{"Type":"User","message":"Function not found: arn:aws:lambda:eu-west-1:536580886816:function:f:live"}""",
            new Dictionary<string, string> { ["x-amzn-ErrorType"] = "ResourceNotFoundException" }));
        using var env = new EnvironmentScope(new Dictionary<string, string?> { ["AWS_ENDPOINT_URL_LAMBDA"] = server.Url });

        var error = Assert.ThrowsAsync<InfraException>(() => new LambdaAliases(TestAwsCredentials.Session, Dev).GetAliasVersionAsync("f", "live", CancellationToken.None));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.ExternalFailure), "a failed AWS call must exit 4");
        Assert.That(error.Message, Does.Contain("f:live").And.Contain("Function not found"), "the message must name the alias and AWS's answer");
    }

    [Test]
    public async Task UpdateAliasPutsAllTrafficOnTheNamedVersion()
    {
        using var server = new LoopbackServer(_ => new StubResponse(200, "application/json",
            """{"AliasArn":"arn:aws:lambda:eu-west-1:536580886816:function:2-1-bbws-order-processor:live","FunctionVersion":"5","Name":"live","RevisionId":"r2"}"""));
        using var env = new EnvironmentScope(new Dictionary<string, string?> { ["AWS_ENDPOINT_URL_LAMBDA"] = server.Url });

        await new LambdaAliases(TestAwsCredentials.Session, Dev).UpdateAliasAsync("2-1-bbws-order-processor", "live", "5", CancellationToken.None);

        var request = server.Requests.Single();
        var body = JsonNode.Parse(request.Body)!;
        Assert.Multiple(() =>
        {
            Assert.That(request.Method, Is.EqualTo("PUT"), "UpdateAlias must be a PUT");
            Assert.That(request.PathAndQuery, Is.EqualTo("/2015-03-31/functions/2-1-bbws-order-processor/aliases/live"), "the request does not name the function's alias live");
            Assert.That(body["FunctionVersion"]?.GetValue<string>(), Is.EqualTo("5"), "the alias must point at the named version");
            Assert.That(body["RoutingConfig"]?["AdditionalVersionWeights"]?.AsObject(), Is.Empty, "any canary weight must be cleared so all traffic goes to the named version");
            Assert.That(request.Header("authorization"), Does.Contain("/eu-west-1/lambda/aws4_request").And.Contain("content-type"), "the update is not signed for Lambda with its content type");
        });
    }

    [Test]
    public void ARefusedUpdateAliasExits4NamingTheAlias()
    {
        using var server = new LoopbackServer(_ => new StubResponse(409, "application/json", """{"Type":"User","message":"The operation cannot be performed at this time."}""",
            new Dictionary<string, string> { ["x-amzn-ErrorType"] = "ResourceConflictException" }));
        using var env = new EnvironmentScope(new Dictionary<string, string?> { ["AWS_ENDPOINT_URL_LAMBDA"] = server.Url });

        var error = Assert.ThrowsAsync<InfraException>(() => new LambdaAliases(TestAwsCredentials.Session, Dev).UpdateAliasAsync("f", "live", "5", CancellationToken.None));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.ExternalFailure), "a refused alias update must exit 4");
        Assert.That(error.Message, Does.Contain("UpdateAlias").And.Contain("f:live").And.Contain("HTTP 409"), "the message must name the call, the alias and the status");
    }

    [Test]
    public async Task ListVersionsFollowsNextMarkerAndReturnsPublishedVersionsOldestFirst()
    {
        using var server = new LoopbackServer(r => new StubResponse(200, "application/json", r.PathAndQuery.Contains("Marker=", StringComparison.Ordinal)
            ? """{"Versions":[{"FunctionName":"f","Version":"3"},{"FunctionName":"f","Version":"10"}]}"""
            : """{"NextMarker":"page 2/+","Versions":[{"FunctionName":"f","Version":"$LATEST"},{"FunctionName":"f","Version":"2"},{"FunctionName":"f","Version":"1"}]}"""));
        using var env = new EnvironmentScope(new Dictionary<string, string?> { ["AWS_ENDPOINT_URL_LAMBDA"] = server.Url });

        var versions = await new LambdaAliases(TestAwsCredentials.Session, Dev).ListVersionsAsync("2-1-bbws-order-processor", CancellationToken.None);

        Assert.That(versions, Is.EqualTo(new[] { "1", "2", "3", "10" }), "published versions of every page, without $LATEST, ordered by number");
        Assert.That(server.Requests.Select(r => r.PathAndQuery), Is.EqualTo(new[]
        {
            "/2015-03-31/functions/2-1-bbws-order-processor/versions?MaxItems=50",
            "/2015-03-31/functions/2-1-bbws-order-processor/versions?MaxItems=50&Marker=page%202%2F%2B",
        }), "the second page must be asked for with the first page's NextMarker, escaped");
        Assert.That(server.Requests.Select(r => r.Method), Is.All.EqualTo("GET"), "ListVersionsByFunction must be a GET");
    }

    [Test]
    public void AFailedListOfVersionsExits4NamingTheFunction()
    {
        using var server = new LoopbackServer(_ => new StubResponse(429, "application/json", """{"Reason":"CallerRateLimitExceeded","Type":"User","message":"Rate exceeded"}""",
            new Dictionary<string, string> { ["x-amzn-ErrorType"] = "TooManyRequestsException" }));
        using var env = new EnvironmentScope(new Dictionary<string, string?> { ["AWS_ENDPOINT_URL_LAMBDA"] = server.Url });

        var error = Assert.ThrowsAsync<InfraException>(() => new LambdaAliases(TestAwsCredentials.Session, Dev).ListVersionsAsync("2-1-bbws-order-processor", CancellationToken.None));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.ExternalFailure), "a failed version listing must exit 4");
        Assert.That(error.Message, Does.Contain("ListVersionsByFunction").And.Contain("2-1-bbws-order-processor").And.Contain("Rate exceeded"), "the message must name the call, the function and Lambda's answer");
    }
}
