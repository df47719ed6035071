using System.Text.Json.Nodes;
using Infra.Deploy;
using Infra.Deploy.Aws;
using Infra.Tests.Deploy.Support;

namespace Infra.Tests.Deploy.Aws;

/// <summary>The CodeDeploy adapter's JSON 1.1 calls against a loopback stand-in answering with CodeDeploy's shapes.</summary>
[NonParallelizable]
public class CodeDeployClientTests
{
    private const string Application = "2-1-bbws-order-processor-dev";
    private const string Group = "2-1-bbws-order-processor-dev-dg";
    private const string DeploymentId = "d-ABCDEF123";
    private static readonly StackTarget Dev = new("bbws", "dev", "536580886816", "eu-west-1");

    [Test]
    public async Task CreateDeploymentSendsTheAppSpecAsContentSignedForCodeDeploy()
    {
        using var server = new LoopbackServer(_ => Json($$"""{"deploymentId":"{{DeploymentId}}"}"""));
        using var env = Endpoint(server);
        var appSpec = AppSpec.ForLambda("2-1-bbws-order-processor-dev", "6", "7");

        var id = await new CodeDeployClient(TestAwsCredentials.Session, Dev).CreateDeploymentAsync(Application, Group, appSpec, "infra deploy abc123", CancellationToken.None);

        var request = server.Requests.Single();
        var body = JsonNode.Parse(request.Body)!;
        Assert.Multiple(() =>
        {
            Assert.That(id, Is.EqualTo(DeploymentId), "the deployment id was not read from the answer");
            Assert.That(request.Method, Is.EqualTo("POST"), "CodeDeploy's JSON API is POST to /");
            Assert.That(request.Header("x-amz-target"), Is.EqualTo("CodeDeploy_20141006.CreateDeployment"), "the request is not CodeDeploy CreateDeployment");
            Assert.That(request.Header("content-type"), Does.StartWith("application/x-amz-json-1.1"), "CodeDeploy expects the JSON 1.1 content type");
            Assert.That(request.Header("authorization"), Does.StartWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/").And.Contain("/eu-west-1/codedeploy/aws4_request"), "the request is not SigV4-signed for CodeDeploy in the stack's region");
            Assert.That(request.Header("x-amz-security-token"), Is.EqualTo("session-token"), "the session token was not sent");
            Assert.That(body["applicationName"]?.GetValue<string>(), Is.EqualTo(Application), "the application is not named");
            Assert.That(body["deploymentGroupName"]?.GetValue<string>(), Is.EqualTo(Group), "the deployment group is not named");
            Assert.That(body["description"]?.GetValue<string>(), Is.EqualTo("infra deploy abc123"), "the description is not sent");
            Assert.That(body["revision"]?["revisionType"]?.GetValue<string>(), Is.EqualTo("AppSpecContent"), "the revision must be inline AppSpec content");
            Assert.That(body["revision"]?["appSpecContent"]?["content"]?.GetValue<string>(), Is.EqualTo(appSpec), "the AppSpec must be sent unchanged as the revision's content");
        });
    }

    [Test]
    public void AnAnswerWithoutADeploymentIdExits4()
    {
        using var server = new LoopbackServer(_ => Json("{}"));
        using var env = Endpoint(server);

        var error = Assert.ThrowsAsync<InfraException>(() => new CodeDeployClient(TestAwsCredentials.Session, Dev).CreateDeploymentAsync(Application, Group, "{}", "d", CancellationToken.None));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.ExternalFailure), "an answer without a deployment id must exit 4");
        Assert.That(error.Message, Does.Contain("CreateDeployment").And.Contain(Application).And.Contain("deploymentId"), "the message must name the call, the application and what was missing");
    }

    [Test]
    public void ARefusedCreateDeploymentExits4WithCodeDeploysError()
    {
        using var server = new LoopbackServer(_ => new StubResponse(400, "application/x-amz-json-1.1",
            """{"__type":"DeploymentGroupDoesNotExistException","message":"No Deployment Group found for name: nope"}"""));
        using var env = Endpoint(server);

        var error = Assert.ThrowsAsync<InfraException>(() => new CodeDeployClient(TestAwsCredentials.Session, Dev).CreateDeploymentAsync(Application, "nope", "{}", "d", CancellationToken.None));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.ExternalFailure), "a refused CodeDeploy call must exit 4");
        Assert.That(error.Message, Does.Contain("CodeDeploy CreateDeployment").And.Contain(Application).And.Contain("HTTP 400").And.Contain("DeploymentGroupDoesNotExistException"), "the message must name the call, the application, the status and CodeDeploy's error");
    }

    [Test]
    public async Task WaitPollsGetDeploymentUntilItSucceeds()
    {
        var states = new Queue<string>(["Created", "InProgress", "Baking", "Succeeded"]);
        using var server = new LoopbackServer(_ => Json(DeploymentInfo(states.Dequeue())));
        using var env = Endpoint(server);

        var status = await new CodeDeployClient(TestAwsCredentials.Session, Dev, TimeSpan.FromMilliseconds(5), TimeSpan.FromSeconds(30)).WaitAsync(DeploymentId, CancellationToken.None);

        Assert.That(status, Is.EqualTo("Succeeded"), "the final status was not returned");
        Assert.That(server.Requests, Has.Count.EqualTo(4), "the deployment must be read again until it reaches a final state, and not after");
        Assert.That(server.Requests.Select(r => r.Header("x-amz-target")), Is.All.EqualTo("CodeDeploy_20141006.GetDeployment"), "waiting must only read the deployment");
        Assert.That(JsonNode.Parse(server.Requests[0].Body)?["deploymentId"]?.GetValue<string>(), Is.EqualTo(DeploymentId), "GetDeployment must name the deployment");
    }

    [TestCase("Failed")]
    [TestCase("Stopped")]
    public async Task WaitReturnsAFailedOrStoppedDeploymentAsItsFinalStatus(string final)
    {
        var states = new Queue<string>(["InProgress", final]);
        using var server = new LoopbackServer(_ => Json(DeploymentInfo(states.Dequeue())));
        using var env = Endpoint(server);

        var status = await new CodeDeployClient(TestAwsCredentials.Session, Dev, TimeSpan.FromMilliseconds(5), TimeSpan.FromSeconds(30)).WaitAsync(DeploymentId, CancellationToken.None);

        Assert.That(status, Is.EqualTo(final), $"a deployment that ended {final} must be reported as {final}");
        Assert.That(server.Requests, Has.Count.EqualTo(2), "nothing may be called once the deployment has ended");
    }

    [Test]
    public async Task AtTheTimeoutTheDeploymentIsStoppedWithRollback()
    {
        using var server = new LoopbackServer(r => r.Header("x-amz-target").EndsWith(".StopDeployment", StringComparison.Ordinal)
            ? Json("""{"status":"Pending","statusMessage":"Stop request received"}""")
            : Json(DeploymentInfo("InProgress")));
        using var env = Endpoint(server);

        var status = await new CodeDeployClient(TestAwsCredentials.Session, Dev, TimeSpan.FromMilliseconds(5), TimeSpan.Zero).WaitAsync(DeploymentId, CancellationToken.None);

        Assert.That(status, Is.EqualTo("Stopped"), "a deployment still running at the timeout must be reported as stopped");
        Assert.That(server.Requests.Select(r => r.Header("x-amz-target")), Is.EqualTo(new[] { "CodeDeploy_20141006.GetDeployment", "CodeDeploy_20141006.StopDeployment" }),
            "at the timeout the deployment must be stopped right after the last read");
        var stop = JsonNode.Parse(server.Requests[1].Body)!;
        Assert.That(stop["deploymentId"]?.GetValue<string>(), Is.EqualTo(DeploymentId), "the stop must name the deployment");
        Assert.That(stop["autoRollbackEnabled"]?.GetValue<bool>(), Is.True, "the stop must let CodeDeploy roll the alias back");
    }

    [Test]
    public void AFailedReadWhileWaitingExits4NamingTheDeployment()
    {
        using var server = new LoopbackServer(_ => new StubResponse(400, "application/x-amz-json-1.1", """{"__type":"DeploymentDoesNotExistException","message":"no such deployment"}"""));
        using var env = Endpoint(server);

        var error = Assert.ThrowsAsync<InfraException>(() => new CodeDeployClient(TestAwsCredentials.Session, Dev, TimeSpan.FromMilliseconds(5), TimeSpan.FromSeconds(30)).WaitAsync(DeploymentId, CancellationToken.None));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.ExternalFailure), "a failed GetDeployment must exit 4");
        Assert.That(error.Message, Does.Contain("GetDeployment").And.Contain(DeploymentId).And.Contain("DeploymentDoesNotExistException"), "the message must name the call, the deployment and CodeDeploy's error");
        Assert.That(server.Requests, Has.Count.EqualTo(1), "a failed read must not be retried by the wait loop");
    }

    [Test]
    public async Task ActiveDeploymentsListsOnlyUnfinishedOnesOfTheGroup()
    {
        using var server = new LoopbackServer(_ => Json("""{"deployments":["d-111","d-222"]}"""));
        using var env = Endpoint(server);

        var active = await new CodeDeployClient(TestAwsCredentials.Session, Dev).ActiveDeploymentsAsync(Application, Group, CancellationToken.None);

        var request = server.Requests.Single();
        var body = JsonNode.Parse(request.Body)!;
        Assert.Multiple(() =>
        {
            Assert.That(active, Is.EqualTo(new[] { "d-111", "d-222" }), "the deployment ids were not read");
            Assert.That(request.Header("x-amz-target"), Is.EqualTo("CodeDeploy_20141006.ListDeployments"), "the request is not CodeDeploy ListDeployments");
            Assert.That(body["applicationName"]?.GetValue<string>(), Is.EqualTo(Application), "the application is not named");
            Assert.That(body["deploymentGroupName"]?.GetValue<string>(), Is.EqualTo(Group), "the deployment group is not named");
            Assert.That(body["includeOnlyStatuses"]?.AsArray().Select(s => s!.GetValue<string>()), Is.EquivalentTo(new[] { "Created", "Queued", "InProgress", "Baking", "Ready" }),
                "only deployments that have not ended may be listed");
        });
    }

    [Test]
    public async Task NoActiveDeploymentsIsAnEmptyList()
    {
        using var server = new LoopbackServer(_ => Json("""{"deployments":[]}"""));
        using var env = Endpoint(server);

        var active = await new CodeDeployClient(TestAwsCredentials.Session, Dev).ActiveDeploymentsAsync(Application, Group, CancellationToken.None);

        Assert.That(active, Is.Empty, "an empty answer must mean no deployment in progress");
    }

    [Test]
    public void AFailedListExits4NamingApplicationAndGroup()
    {
        using var server = new LoopbackServer(_ => new StubResponse(400, "application/x-amz-json-1.1", """{"__type":"ApplicationDoesNotExistException","message":"No application found"}"""));
        using var env = Endpoint(server);

        var error = Assert.ThrowsAsync<InfraException>(() => new CodeDeployClient(TestAwsCredentials.Session, Dev).ActiveDeploymentsAsync(Application, Group, CancellationToken.None));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.ExternalFailure), "a failed ListDeployments must exit 4");
        Assert.That(error.Message, Does.Contain($"{Application}/{Group}").And.Contain("ApplicationDoesNotExistException"), "the message must name the application, the group and CodeDeploy's error");
    }

    [Test]
    public async Task StopWithRollbackStopsTheNamedDeploymentWithAutoRollback()
    {
        using var server = new LoopbackServer(_ => Json("""{"status":"Pending","statusMessage":"Stop request received"}"""));
        using var env = Endpoint(server);

        await new CodeDeployClient(TestAwsCredentials.Session, Dev).StopWithRollbackAsync(DeploymentId, CancellationToken.None);

        var request = server.Requests.Single();
        var body = JsonNode.Parse(request.Body)!;
        Assert.That(request.Header("x-amz-target"), Is.EqualTo("CodeDeploy_20141006.StopDeployment"), "the request is not CodeDeploy StopDeployment");
        Assert.That(body["deploymentId"]?.GetValue<string>(), Is.EqualTo(DeploymentId), "the stop must name the deployment");
        Assert.That(body["autoRollbackEnabled"]?.GetValue<bool>(), Is.True, "the stop must let CodeDeploy roll back");
    }

    [Test]
    public void AnUnreachableEndpointExits4()
    {
        int port;
        using (var closed = new LoopbackServer(_ => Json("{}")))
        {
            port = closed.Port;
        }

        using var env = new EnvironmentScope(new Dictionary<string, string?> { ["AWS_ENDPOINT_URL_CODEDEPLOY"] = $"http://127.0.0.1:{port}" });

        var error = Assert.ThrowsAsync<InfraException>(() => new CodeDeployClient(TestAwsCredentials.Session, Dev).StopWithRollbackAsync(DeploymentId, CancellationToken.None));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.ExternalFailure), "a connection failure must exit 4, not crash");
        Assert.That(error.InnerException, Is.InstanceOf<HttpRequestException>(), "the network error must be kept as the cause");
    }

    private static StubResponse Json(string body) => new(200, "application/x-amz-json-1.1", body);

    private static string DeploymentInfo(string status) =>
        $$$"""{"deploymentInfo":{"applicationName":"{{{Application}}}","deploymentGroupName":"{{{Group}}}","deploymentId":"{{{DeploymentId}}}","status":"{{{status}}}","computePlatform":"Lambda","createTime":1.767225600E9}}""";

    private static EnvironmentScope Endpoint(LoopbackServer server) =>
        new(new Dictionary<string, string?> { ["AWS_ENDPOINT_URL_CODEDEPLOY"] = server.Url });
}
