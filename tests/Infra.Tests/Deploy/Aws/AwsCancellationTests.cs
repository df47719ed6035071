using Infra.Deploy;
using Infra.Deploy.Aws;
using Infra.Tests.Deploy.Support;

namespace Infra.Tests.Deploy.Aws;

/// <summary>
/// Every AWS client stops when the verb's token is cancelled (Ctrl+C, SIGTERM): against an endpoint that never
/// answers, the call ends at once with <see cref="OperationCanceledException"/>, is not retried, and is not reported
/// as the service failing. Retries are configured generously so that a retry would show.
/// </summary>
[NonParallelizable]
public class AwsCancellationTests
{
    private static readonly StackTarget Dev = new("bbws", "dev", "536580886816", "eu-west-1");

    // Four attempts, a long attempt timeout and millisecond backoffs: only the cancellation can end the call in time.
    private static readonly ExternalCallSettings Retrying = new(4, TimeSpan.FromMinutes(10), TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(10));

    [Test]
    public void ASignedReadThatIsSafeToRetryStopsWhenCancelled()
    {
        using var server = new SilentServer();
        using var env = Endpoint("LAMBDA", server);

        Cancellation.AssertStopsWhenCancelled(server, token => new LambdaAliases(TestAwsCredentials.Session, Dev, settings: Retrying).GetAliasVersionAsync("f", "live", token), "Lambda GetAlias");
    }

    [Test]
    public void AnSnsPublishStopsWhenCancelled()
    {
        using var server = new SilentServer();
        using var env = Endpoint("SNS", server);

        Cancellation.AssertStopsWhenCancelled(server, token => new SnsNotifier(TestAwsCredentials.Session, Dev, settings: Retrying).PublishAsync("arn:aws:sns:eu-west-1:536580886816:t", "s", "{}", token), "SNS Publish");
    }

    [Test]
    public void AnS3GetStopsWhenCancelled()
    {
        using var server = new SilentServer();
        using var env = Endpoint("S3", server);
        var store = new S3ArtifactStore(TestAwsCredentials.Session, Dev, "bucket", "arn:aws:kms:eu-west-1:536580886816:alias/k", settings: Retrying);

        Cancellation.AssertStopsWhenCancelled(server, token => store.GetAsync("plans/dev/p", Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N")), null, token), "S3 GetObject");
    }

    [Test]
    public void ACodedeployWaitStopsWhenCancelled()
    {
        using var server = new SilentServer();
        using var env = Endpoint("CODEDEPLOY", server);

        Cancellation.AssertStopsWhenCancelled(server, token => new CodeDeployClient(TestAwsCredentials.Session, Dev, settings: Retrying).WaitAsync("d-ABC123", token), "CodeDeploy GetDeployment");
    }

    [Test]
    public void ACodedeployWaitBetweenPollsStopsWhenCancelled()
    {
        using var server = new LoopbackServer(_ => new StubResponse(200, "application/x-amz-json-1.1", """{"deploymentInfo":{"status":"InProgress"}}"""));
        using var env = new EnvironmentScope(new Dictionary<string, string?> { ["AWS_ENDPOINT_URL_CODEDEPLOY"] = server.Url });
        using var cancellation = new CancellationTokenSource();
        var client = new CodeDeployClient(TestAwsCredentials.Session, Dev, pollInterval: TimeSpan.FromHours(1), timeout: TimeSpan.FromHours(2), settings: Retrying);
        var waiting = client.WaitAsync("d-ABC123", cancellation.Token);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (server.Requests.Count == 0 && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(20);
        }

        cancellation.Cancel();

        Assert.That(() => waiting.Wait(Cancellation.Bound), Throws.InstanceOf<AggregateException>().With.InnerException.InstanceOf<OperationCanceledException>(), "a cancelled wait must not sleep out its hour-long poll interval");
    }

    [Test]
    public void ACloudwatchAlarmReadStopsWhenCancelled()
    {
        using var server = new SilentServer();
        using var env = Endpoint("CLOUDWATCH", server);

        Cancellation.AssertStopsWhenCancelled(server, token => new CloudWatchAlarms(TestAwsCredentials.Session, Dev, settings: Retrying).WaitUntilQuietAsync(["f-errors"], token), "CloudWatch DescribeAlarms");
    }

    [Test]
    public void TheSdkFreezeReadStopsWhenCancelled()
    {
        using var server = new SilentServer();
        using var env = SdkEndpoint("SSM", server);

        Cancellation.AssertStopsWhenCancelled(server, token => new SsmDeployFreeze(TestAwsCredentials.Session).GetReasonAsync(Dev, token), "SSM GetParameter");
    }

    [Test]
    public void TheSdkTableBackupStopsWhenCancelled()
    {
        using var server = new SilentServer();
        using var env = SdkEndpoint("DYNAMODB", server);

        Cancellation.AssertStopsWhenCancelled(server, token => new DynamoDbTableBackups(TestAwsCredentials.Session, Dev).CreateBackupAsync("t", "t-abc", token), "DynamoDB CreateBackup");
    }

    [Test]
    public void TheAccountCheckStopsWhenCancelled()
    {
        using var server = new SilentServer();
        using var env = SdkEndpoint("STS", server);

        Cancellation.AssertStopsWhenCancelled(server, token => new AccountVerifier(new StsAccountIdentity(TestAwsCredentials.Session, "dev")).VerifyAsync(Dev, token), "STS GetCallerIdentity");
    }

    private static EnvironmentScope Endpoint(string service, SilentServer server) =>
        new(new Dictionary<string, string?> { [$"AWS_ENDPOINT_URL_{service}"] = server.Url });

    // The SDK's own retries, three attempts: a retry after the cancellation would show as a second connection.
    private static EnvironmentScope SdkEndpoint(string service, SilentServer server) =>
        new(new Dictionary<string, string?> { [$"AWS_ENDPOINT_URL_{service}"] = server.Url, ["AWS_MAX_ATTEMPTS"] = "3", [ExternalCallSettings.TimeoutVariable] = "600" });
}
