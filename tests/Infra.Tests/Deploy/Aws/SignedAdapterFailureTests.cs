using Amazon.Runtime;
using Infra.Deploy;
using Infra.Deploy.Aws;
using Infra.Tests.Deploy.Support;

namespace Infra.Tests.Deploy.Aws;

/// <summary>How the adapters signed by <see cref="AwsHttpClient"/> fail before and after a request is sent.</summary>
[NonParallelizable]
public class SignedAdapterFailureTests
{
    private static readonly StackTarget Dev = new("bbws", "dev", "536580886816", "eu-west-1");

    [Test]
    public void WithoutCredentialsNothingIsSentAndTheCallExits3()
    {
        using var server = new LoopbackServer(_ => new StubResponse(200, "application/x-amz-json-1.1", "{}"));
        var empty = Path.Combine(Path.GetTempPath(), $"infra-no-aws-{Guid.NewGuid():N}");
        using var env = EnvironmentScope.WithoutAwsCredentials(empty, new Dictionary<string, string?> { ["AWS_ENDPOINT_URL_CODEDEPLOY"] = server.Url });

        var error = Assert.ThrowsAsync<InfraException>(() => new CodeDeployClient(new AwsCredentialSource(), Dev).ActiveDeploymentsAsync("app", "group", CancellationToken.None));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.EnvironmentRefused), "missing credentials must exit 3");
        Assert.That(error.Message, Does.Contain("stack 'dev'").And.Contain("AWS_ACCESS_KEY_ID"), "the message must name the stack and where credentials were looked for");
        Assert.That(server.Requests, Is.Empty, "an unsigned request must never be sent");
    }

    [Test]
    public void AFailedAlarmReadExits4()
    {
        using var server = new LoopbackServer(_ => new StubResponse(403, "text/xml",
            """<ErrorResponse xmlns="http://monitoring.amazonaws.com/doc/2010-08-01/"><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>not authorized to perform: cloudwatch:DescribeAlarms</Message></Error></ErrorResponse>"""));
        using var env = new EnvironmentScope(new Dictionary<string, string?> { ["AWS_ENDPOINT_URL_CLOUDWATCH"] = server.Url });
        var alarms = new CloudWatchAlarms(new AwsCredentialSource(new SessionAWSCredentials("AKIDEXAMPLE", "secret", "t")), Dev, TimeSpan.FromMilliseconds(5), TimeSpan.FromSeconds(5));

        var error = Assert.ThrowsAsync<InfraException>(() => alarms.WaitUntilQuietAsync(["f-errors"], CancellationToken.None));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.ExternalFailure), "a refused alarm read must exit 4");
        Assert.That(error.Message, Does.Contain("DescribeAlarms").And.Contain("AccessDenied"), "the message must name the call and CloudWatch's answer");
    }

    [Test]
    public async Task AServiceWithoutAlarmsIsQuietWithoutACall()
    {
        using var server = new LoopbackServer(_ => new StubResponse(500, "text/plain", "must not be called"));
        using var env = new EnvironmentScope(new Dictionary<string, string?> { ["AWS_ENDPOINT_URL_CLOUDWATCH"] = server.Url });

        var loud = await new CloudWatchAlarms(new AwsCredentialSource(new SessionAWSCredentials("AKIDEXAMPLE", "secret", "t")), Dev).WaitUntilQuietAsync([], CancellationToken.None);

        Assert.That(loud, Is.Empty, "no alarms means nothing is firing");
        Assert.That(server.Requests, Is.Empty, "CloudWatch must not be asked about no alarms");
    }
}
