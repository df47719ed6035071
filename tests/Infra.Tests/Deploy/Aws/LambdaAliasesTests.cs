using Amazon.Runtime;
using Infra.Deploy;
using Infra.Deploy.Aws;
using Infra.Model;
using Infra.Tests.Deploy.Support;

namespace Infra.Tests.Deploy.Aws;

[NonParallelizable]
public class LambdaAliasesTests
{
    private static readonly AwsCredentialSource TestCredentials = new(new SessionAWSCredentials("AKIDEXAMPLE", "secret", "session-token"));
    private static readonly StackTarget Dev = new("bbws", "dev", "536580886816", "eu-west-1");

    [Test]
    public async Task InvokeOfAliasLiveIsSignedForLambdaAndReportsTheFunctionError()
    {
        using var server = new LoopbackServer(_ => new StubResponse(200, "application/json", """{"errorMessage":"boom","errorType":"KeyError"}""",
            new Dictionary<string, string> { ["X-Amz-Function-Error"] = "Unhandled", ["X-Amz-Executed-Version"] = "7" }));
        using var env = new EnvironmentScope(new Dictionary<string, string?> { ["AWS_ENDPOINT_URL_LAMBDA"] = server.Url });

        var result = await new LambdaAliases(TestCredentials, Dev).InvokeAsync("2-1-bbws-order-processor", "live", """{"Records":[]}""");

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

        var version = await new LambdaAliases(TestCredentials, Dev).GetAliasVersionAsync("f", "live");

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

        var error = Assert.ThrowsAsync<InfraException>(() => new LambdaAliases(TestCredentials, Dev).GetAliasVersionAsync("f", "live"));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.ExternalFailure), "a failed AWS call must exit 4");
        Assert.That(error.Message, Does.Contain("f:live").And.Contain("Function not found"), "the message must name the alias and AWS's answer");
    }
}
