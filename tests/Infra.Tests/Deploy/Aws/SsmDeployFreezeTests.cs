using Infra.Deploy;
using Infra.Deploy.Aws;
using Infra.Tests.Deploy.Support;

namespace Infra.Tests.Deploy.Aws;

/// <summary>Lifting and failing to set the freeze through the real SSM SDK client against a loopback stand-in.</summary>
[NonParallelizable]
public class SsmDeployFreezeTests
{
    private static readonly StackTarget Sit = new("bbws", "sit", "815856636111", "eu-west-1");

    [Test]
    public async Task UnfreezingDeletesTheFreezeParameter()
    {
        using var server = new LoopbackServer(_ => new StubResponse(200, "application/x-amz-json-1.1", "{}"));
        using var env = Endpoint(server);

        await new SsmDeployFreeze(TestAwsCredentials.Session).ClearAsync(Sit, CancellationToken.None);

        var request = server.Requests.Single();
        Assert.That(request.Header("x-amz-target"), Is.EqualTo("AmazonSSM.DeleteParameter"), "unfreezing is not an SSM DeleteParameter");
        Assert.That(request.Body, Does.Contain("\"Name\":\"/bbws/sit/deploy-freeze\""), "the request does not name the freeze parameter");
        Assert.That(request.Header("authorization"), Does.Contain("/eu-west-1/ssm/aws4_request"), "the request is not signed for SSM in the stack's region");
    }

    [Test]
    public void UnfreezingWhatIsNotFrozenSucceeds()
    {
        using var server = new LoopbackServer(_ => new StubResponse(400, "application/x-amz-json-1.1", """{"__type":"ParameterNotFound","message":""}"""));
        using var env = Endpoint(server);

        Assert.DoesNotThrowAsync(() => new SsmDeployFreeze(TestAwsCredentials.Session).ClearAsync(Sit, CancellationToken.None), "unfreezing must be idempotent: a missing parameter is already unfrozen");
        Assert.That(server.Requests, Has.Count.EqualTo(1), "the delete must have been sent");
    }

    [Test]
    public void AFailedUnfreezeExits4NamingTheParameter()
    {
        using var server = new LoopbackServer(_ => new StubResponse(400, "application/x-amz-json-1.1", """{"__type":"AccessDeniedException","message":"not authorized to perform: ssm:DeleteParameter"}"""));
        using var env = Endpoint(server);

        var error = Assert.ThrowsAsync<InfraException>(() => new SsmDeployFreeze(TestAwsCredentials.Session).ClearAsync(Sit, CancellationToken.None));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.ExternalFailure), "a refused unfreeze must exit 4");
        Assert.That(error.Message, Does.Contain("DeleteParameter").And.Contain("/bbws/sit/deploy-freeze").And.Contain("ssm:DeleteParameter"), "the message must name the call, the parameter and SSM's answer");
    }

    [Test]
    public void AFailedFreezeExits4NamingTheParameter()
    {
        using var server = new LoopbackServer(_ => new StubResponse(400, "application/x-amz-json-1.1", """{"__type":"AccessDeniedException","message":"not authorized to perform: ssm:PutParameter"}"""));
        using var env = Endpoint(server);

        var error = Assert.ThrowsAsync<InfraException>(() => new SsmDeployFreeze(TestAwsCredentials.Session).SetAsync(Sit, "incident 7", CancellationToken.None));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.ExternalFailure), "a refused freeze must exit 4");
        Assert.That(error.Message, Does.Contain("PutParameter").And.Contain("/bbws/sit/deploy-freeze"), "the message must name the call and the parameter");
    }

    private static EnvironmentScope Endpoint(LoopbackServer server) =>
        new(new Dictionary<string, string?> { ["AWS_ENDPOINT_URL_SSM"] = server.Url, ["AWS_MAX_ATTEMPTS"] = "1" });
}
