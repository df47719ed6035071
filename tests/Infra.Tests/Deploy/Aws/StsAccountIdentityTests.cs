using Amazon.Runtime;
using Infra.Deploy;
using Infra.Deploy.Aws;
using Infra.Tests.Deploy.Support;

namespace Infra.Tests.Deploy.Aws;

[NonParallelizable]
public class StsAccountIdentityTests
{
    private const string IdentityXml = """
        <GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
          <GetCallerIdentityResult>
            <Arn>arn:aws:sts::536580886816:assumed-role/bbws-deploy-dev/GitHubActions</Arn>
            <UserId>AROA3XFRBF23EXAMPLE:GitHubActions</UserId>
            <Account>536580886816</Account>
          </GetCallerIdentityResult>
          <ResponseMetadata>
            <RequestId>01234567-89ab-cdef-0123-456789abcdef</RequestId>
          </ResponseMetadata>
        </GetCallerIdentityResponse>
        """;

    private const string InvalidTokenXml = """
        <ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
          <Error>
            <Type>Sender</Type>
            <Code>InvalidClientTokenId</Code>
            <Message>The security token included in the request is invalid.</Message>
          </Error>
          <RequestId>01234567-89ab-cdef-0123-456789abcdef</RequestId>
        </ErrorResponse>
        """;

    private static readonly AwsCredentialSource TestCredentials = new(new BasicAWSCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"));

    [Test]
    public async Task SignedRequestGoesToTheEndpointOverrideAndTheAnswerIsParsed()
    {
        using var server = new LoopbackServer(_ => new StubResponse(200, "text/xml", IdentityXml));
        using var env = new EnvironmentScope(new Dictionary<string, string?> { ["AWS_ENDPOINT_URL_STS"] = server.Url });

        var caller = await new StsAccountIdentity(TestCredentials, "dev").GetCallerIdentityAsync("af-south-1", CancellationToken.None);

        Assert.That(caller, Is.EqualTo(new CallerIdentity("536580886816", "arn:aws:sts::536580886816:assumed-role/bbws-deploy-dev/GitHubActions", "AROA3XFRBF23EXAMPLE:GitHubActions")), "the STS XML answer was not read into the caller identity");
        var request = server.Requests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(request.Body, Does.Contain("Action=GetCallerIdentity"), "the request is not an STS GetCallerIdentity query");
            Assert.That(request.Header("authorization"), Does.Contain("Credential=AKIDEXAMPLE/").And.Contain("/af-south-1/sts/aws4_request"), "the request is not SigV4-signed for STS in the stack's region");
        });
    }

    [Test]
    public void ClientErrorFromStsBecomesARefusalWithExitCode3()
    {
        using var server = new LoopbackServer(_ => new StubResponse(403, "text/xml", InvalidTokenXml));
        using var env = new EnvironmentScope(new Dictionary<string, string?> { ["AWS_ENDPOINT_URL_STS"] = server.Url });
        var verifier = new AccountVerifier(new StsAccountIdentity(TestCredentials, "prod"));

        var error = Assert.ThrowsAsync<InfraException>(() => verifier.VerifyAsync(new StackTarget("bbws", "prod", "093646564004", "af-south-1"), CancellationToken.None));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.EnvironmentRefused), "an STS refusal must exit 3");
        Assert.That(error.Message, Does.Contain("InvalidClientTokenId").And.Contain("af-south-1").And.Contain("opt-in"), "the message must name STS's code, the region and the opt-in hint");
    }

    [Test]
    public void WrongAccountThroughTheRealSdkNamesBothAccountsAndTheCaller()
    {
        using var server = new LoopbackServer(_ => new StubResponse(200, "text/xml", IdentityXml));
        using var env = new EnvironmentScope(new Dictionary<string, string?> { ["AWS_ENDPOINT_URL_STS"] = server.Url });
        var verifier = new AccountVerifier(new StsAccountIdentity(TestCredentials, "prod"));

        var error = Assert.ThrowsAsync<InfraException>(() => verifier.VerifyAsync(new StackTarget("bbws", "prod", "093646564004", "af-south-1"), CancellationToken.None));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.EnvironmentRefused), "a wrong account must exit 3");
        Assert.That(error.Message, Does.Contain("536580886816").And.Contain("093646564004").And.Contain("assumed-role/bbws-deploy-dev"), "the message must name both accounts and the caller ARN");
    }

    [Test]
    public void NoCredentialsAnywhereExits3NamingWhereItLooked()
    {
        var empty = Path.Combine(Path.GetTempPath(), $"infra-no-aws-{Guid.NewGuid():N}");
        using var env = EnvironmentScope.WithoutAwsCredentials(empty);

        var error = Assert.ThrowsAsync<InfraException>(() => new StsAccountIdentity(new AwsCredentialSource(), "dev").GetCallerIdentityAsync("eu-west-1", CancellationToken.None));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.EnvironmentRefused), "missing credentials must exit 3");
        Assert.That(error.Message, Does.Contain("AWS_ACCESS_KEY_ID").And.Contain("profile 'nobody'").And.Contain("AWS_WEB_IDENTITY_TOKEN_FILE"), "the message must name the variables and the profile looked at");
    }
}
