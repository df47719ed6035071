using Infra.Deploy;
using Infra.Deploy.Aws;
using Infra.Tests.Deploy.Support;

namespace Infra.Tests.Deploy.Aws;

/// <summary>
/// Retries, timeouts and malformed answers of the calls signed by <see cref="AwsHttpClient"/>, against loopback
/// stand-ins, with every wait on a fake clock: a backoff of minutes passes in no time, so a test that finishes proves
/// the waits were on the injected clock.
/// </summary>
[NonParallelizable]
public class AwsHttpClientTests
{
    private static readonly StackTarget Dev = new("bbws", "dev", "536580886816", "eu-west-1");

    // Backoffs of minutes and attempts of hours: on the system clock these tests could never finish.
    private static readonly ExternalCallSettings Settings = new(4, TimeSpan.FromHours(2), TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(30));
    private readonly ManualResetEventSlim release = new(false);

    [SetUp]
    public void HoldAnswers() => release.Reset();

    [TearDown]
    public void ReleaseHeldAnswers() => release.Set();

    [OneTimeTearDown]
    public void DisposeRelease() => release.Dispose();

    [Test]
    public async Task AThrottledReadIsRetriedAfterBackoffsOnTheInjectedClockAndThenSucceeds()
    {
        var answers = new Queue<StubResponse>([
            new(429, "application/json", """{"Type":"User","message":"Rate exceeded","Reason":"CallerRateLimitExceeded"}""", new Dictionary<string, string> { ["x-amzn-ErrorType"] = "TooManyRequestsException" }),
            new(429, "application/json", """{"Type":"User","message":"Rate exceeded"}""", new Dictionary<string, string> { ["x-amzn-ErrorType"] = "TooManyRequestsException" }),
        ]);
        using var server = new LoopbackServer(_ => answers.Count > 0 ? answers.Dequeue() : Alias("7"));
        using var env = Endpoint("LAMBDA", server.Url);
        var clock = new SteppedClock();

        var call = new LambdaAliases(TestAwsCredentials.Session, Dev, clock, Settings).GetAliasVersionAsync("f", "live", CancellationToken.None);
        var backoffs = await clock.AdvanceWaitsUpToAsync(call, Settings.MaxDelay);

        Assert.That(call.IsCompletedSuccessfully, Is.True, $"the read did not succeed once the throttling ended: {call.Exception?.InnerException?.Message ?? "still waiting"}");
        Assert.That(await call, Is.EqualTo("7"), "the answer after the retries was not read");
        Assert.That(server.Requests, Has.Count.EqualTo(3), "two throttled answers and one success make three requests");
        Assert.That(backoffs, Has.Count.EqualTo(2), "each throttled answer must be followed by one backoff on the injected clock");
        Assert.That(backoffs, Has.All.GreaterThan(TimeSpan.Zero).And.All.LessThanOrEqualTo(Settings.MaxDelay), "a backoff must be positive and bounded by the longest delay");
    }

    [Test]
    public async Task AReadAnsweredThrottlingExceptionThen500IsRetriedUntilItSucceeds()
    {
        var answers = new Queue<StubResponse>([
            new(400, "application/x-amz-json-1.1", """{"__type":"ThrottlingException","message":"Rate exceeded"}"""),
            new(500, "application/x-amz-json-1.1", """{"__type":"InternalFailure"}"""),
        ]);
        using var server = new LoopbackServer(_ => answers.Count > 0 ? answers.Dequeue() : new StubResponse(200, "application/x-amz-json-1.1", """{"deployments":["d-1"]}"""));
        using var env = Endpoint("CODEDEPLOY", server.Url);
        var clock = new SteppedClock();

        var call = new CodeDeployClient(TestAwsCredentials.Session, Dev, time: clock, settings: Settings).ActiveDeploymentsAsync("app", "group", CancellationToken.None);
        await clock.AdvanceWaitsUpToAsync(call, Settings.MaxDelay);

        Assert.That(call.IsCompletedSuccessfully, Is.True, $"ListDeployments did not succeed after throttling and a 500: {call.Exception?.InnerException?.Message ?? "still waiting"}");
        Assert.That(await call, Is.EqualTo(new[] { "d-1" }), "the answer after the retries was not read");
        Assert.That(server.Requests, Has.Count.EqualTo(3), "the throttled and the failed attempt must each be sent again once");
    }

    [Test]
    public async Task AReadThatKeepsFailingIsAttemptedAtMostMaxAttemptsTimesAndExits4()
    {
        using var server = new LoopbackServer(_ => new StubResponse(503, "text/html", "<html>\n<body>Service Unavailable</body>\n</html>"));
        using var env = Endpoint("LAMBDA", server.Url);
        var clock = new SteppedClock();

        var call = new LambdaAliases(TestAwsCredentials.Session, Dev, clock, Settings).GetAliasVersionAsync("f", "live", CancellationToken.None);
        var backoffs = await clock.AdvanceWaitsUpToAsync(call, Settings.MaxDelay);

        var error = FailureOf(call);
        Assert.That(server.Requests, Has.Count.EqualTo(Settings.MaxAttempts), "a failing read must be attempted exactly MaxAttempts times");
        Assert.That(backoffs, Has.Count.EqualTo(Settings.MaxAttempts - 1), "there is one backoff between attempts, none after the last");
        Assert.That(error.ExitCode, Is.EqualTo(ExitCodes.ExternalFailure), "a failed AWS call must exit 4");
        Assert.That(error.Message, Does.Contain("Lambda GetAlias").And.Contain("503"), "the message must name the service, the call and the answer");
        Assert.That(error.Message, Does.Not.Contain("\n"), "an HTML error page must not spread the message over several lines");
    }

    [TestCase("CreateDeployment")]
    [TestCase("Publish")]
    [TestCase("UpdateAlias")]
    [TestCase("Invoke")]
    public async Task AWriteThatMayHaveTakenEffectIsSentOnceWhenAnswered500(string operation)
    {
        using var server = new LoopbackServer(_ => new StubResponse(500, "application/json", """{"__type":"InternalFailure","message":"oops"}"""));
        using var env = Endpoint(EnvironmentNameOf(operation), server.Url);
        var clock = new SteppedClock();

        var call = Write(operation, clock);
        await clock.AdvanceWaitsUpToAsync(call, Settings.MaxDelay);

        var error = FailureOf(call);
        Assert.That(server.Requests, Has.Count.EqualTo(1), $"{operation} was sent again after a 500, but it may have taken effect");
        Assert.That(error.ExitCode, Is.EqualTo(ExitCodes.ExternalFailure), "a failed AWS call must exit 4");
        Assert.That(error.Message, Does.Contain(operation).And.Contain("not sent again"), "the message must name the call and say it was not repeated");
    }

    [Test]
    public async Task ACreateDeploymentThatTimesOutIsNotSentAgainAndSaysHowToCheckIt()
    {
        using var server = new LoopbackServer(_ => Hold());
        using var env = Endpoint("CODEDEPLOY", server.Url);
        var clock = new SteppedClock();

        var call = new CodeDeployClient(TestAwsCredentials.Session, Dev, time: clock, settings: Settings).CreateDeploymentAsync("app", "group", "{}", "d", CancellationToken.None);
        await clock.AdvanceWaitsUpToAsync(call, Settings.AttemptTimeout, TimeoutOnceHeld(server));

        var error = FailureOf(call);
        Assert.That(server.Requests, Has.Count.EqualTo(1), "a CreateDeployment that timed out may have started a deployment: it must not be sent again");
        Assert.That(error.ExitCode, Is.EqualTo(ExitCodes.ExternalFailure), "a timed-out AWS call must exit 4");
        Assert.That(error.Message, Does.Contain("CodeDeploy CreateDeployment").And.Contain("may have taken effect").And.Contain("list-deployments"),
            "the message must say the deployment may exist and how to look for it");
    }

    [Test]
    public async Task AReadThatTimesOutEveryTimeExits4NamingTheTimeout()
    {
        using var server = new LoopbackServer(_ => Hold());
        using var env = Endpoint("LAMBDA", server.Url);
        var clock = new SteppedClock();

        var call = new LambdaAliases(TestAwsCredentials.Session, Dev, clock, Settings).GetAliasVersionAsync("f", "live", CancellationToken.None);
        await clock.AdvanceWaitsUpToAsync(call, Settings.AttemptTimeout, TimeoutOnceHeld(server));

        var error = FailureOf(call);
        Assert.That(error.ExitCode, Is.EqualTo(ExitCodes.ExternalFailure), "a timed-out AWS call must exit 4");
        Assert.That(error.Message, Does.Contain("Lambda GetAlias").And.Contain("no answer within"), "the message must name the call and the timeout");
        Assert.That(server.Requests, Has.Count.EqualTo(Settings.MaxAttempts), "a read that times out is retried, and only MaxAttempts times");
    }

    [Test]
    public async Task ARefusedConnectionIsRetriedThenExits4NamingTheEndpointVariable()
    {
        using var env = Endpoint("LAMBDA", $"http://127.0.0.1:{LoopbackServer.FreePort()}");
        var clock = new SteppedClock();

        var call = new LambdaAliases(TestAwsCredentials.Session, Dev, clock, Settings).GetAliasVersionAsync("f", "live", CancellationToken.None);
        var backoffs = await clock.AdvanceWaitsUpToAsync(call, Settings.MaxDelay);

        var error = FailureOf(call);
        Assert.That(backoffs, Has.Count.EqualTo(Settings.MaxAttempts - 1), "a refused connection is transient: the read must be attempted MaxAttempts times");
        Assert.That(error.ExitCode, Is.EqualTo(ExitCodes.ExternalFailure), "an unreachable endpoint must exit 4");
        Assert.That(error.Message, Does.Contain("Lambda GetAlias").And.Contain("AWS_ENDPOINT_URL_LAMBDA"), "the message must name the call and the endpoint setting to check");
    }

    [TestCase("<html><body>Bad gateway</body></html>", "not JSON")]
    [TestCase("""{"AliasArn":"arn:aws:lambda:eu-west-1:536580886816:function:f:live"}""", "FunctionVersion")]
    [TestCase("""{"FunctionVersion":7}""", "FunctionVersion")]
    [TestCase("", "")]
    public async Task AMalformedAnswerExits4AndIsNotRetried(string body, string named)
    {
        using var server = new LoopbackServer(_ => new StubResponse(200, "application/json", body));
        using var env = Endpoint("LAMBDA", server.Url);
        var clock = new SteppedClock();

        var call = new LambdaAliases(TestAwsCredentials.Session, Dev, clock, Settings).GetAliasVersionAsync("f", "live", CancellationToken.None);
        await clock.AdvanceWaitsUpToAsync(call, Settings.MaxDelay);

        var error = FailureOf(call);
        Assert.That(error.ExitCode, Is.EqualTo(ExitCodes.ExternalFailure), "a malformed answer must exit 4");
        Assert.That(error.Message, Does.Contain("Lambda GetAlias").And.Contain("malformed").And.Contain(named), "the message must name the call and what is wrong with the answer");
        Assert.That(server.Requests, Has.Count.EqualTo(1), "the same endpoint gives the same malformed answer: it is not retried");
    }

    [Test]
    public async Task ATruncatedAnswerExits4NamingTheCall()
    {
        using var server = new TruncatingServer();
        using var env = Endpoint("LAMBDA", server.Url);
        var clock = new SteppedClock();

        var call = new LambdaAliases(TestAwsCredentials.Session, Dev, clock, Settings).GetAliasVersionAsync("f", "live", CancellationToken.None);
        await clock.AdvanceWaitsUpToAsync(call, Settings.MaxDelay);

        var error = FailureOf(call);
        Assert.That(error.ExitCode, Is.EqualTo(ExitCodes.ExternalFailure), "a truncated answer must exit 4");
        Assert.That(error.Message, Does.Contain("Lambda GetAlias"), "the message must name the call");
    }

    [Test]
    public async Task TheFunctionErrorHeaderIsReadFromACopyOfTheAnswer()
    {
        using var server = new LoopbackServer(_ => new StubResponse(200, "application/json", """{"errorMessage":"boom"}""", new Dictionary<string, string> { ["X-Amz-Function-Error"] = "Unhandled" }));
        using var env = Endpoint("LAMBDA", server.Url);

        var result = await new LambdaAliases(TestAwsCredentials.Session, Dev, new SteppedClock(), Settings).InvokeAsync("f", "live", "{}", CancellationToken.None);

        Assert.That(result.FunctionError, Is.EqualTo("Unhandled"), "the function error header was lost with the disposed response");
    }

    private Task Write(string operation, TimeProvider clock) => operation switch
    {
        "CreateDeployment" => new CodeDeployClient(TestAwsCredentials.Session, Dev, time: clock, settings: Settings).CreateDeploymentAsync("app", "group", "{}", "d", CancellationToken.None),
        "Publish" => new SnsNotifier(TestAwsCredentials.Session, Dev, clock, Settings).PublishAsync("arn:aws:sns:eu-west-1:536580886816:t", "s", "{}", CancellationToken.None),
        "UpdateAlias" => new LambdaAliases(TestAwsCredentials.Session, Dev, clock, Settings).UpdateAliasAsync("f", "live", "7", CancellationToken.None),
        "Invoke" => new LambdaAliases(TestAwsCredentials.Session, Dev, clock, Settings).InvokeAsync("f", "live", "{}", CancellationToken.None),
        _ => throw new ArgumentException(operation),
    };

    private static string EnvironmentNameOf(string operation) => operation switch
    {
        "CreateDeployment" => "CODEDEPLOY",
        "Publish" => "SNS",
        _ => "LAMBDA",
    };

    private static EnvironmentScope Endpoint(string service, string url) =>
        new(new Dictionary<string, string?> { [$"AWS_ENDPOINT_URL_{service}"] = url, ["AWS_ENDPOINT_URL"] = null });

    private static StubResponse Alias(string version) =>
        new(200, "application/json", $$"""{"AliasArn":"arn:aws:lambda:eu-west-1:536580886816:function:f:live","Name":"live","FunctionVersion":"{{version}}","RevisionId":"r"}""");

    private static InfraException FailureOf(Task call)
    {
        Assert.That(call.IsFaulted, Is.True, $"the call did not fail (status {call.Status})");
        var error = call.Exception!.InnerException;
        Assert.That(error, Is.InstanceOf<InfraException>(), $"the call failed with {error?.GetType().Name} instead of an InfraException: {error?.Message}");
        return (InfraException)error!;
    }

    // A backoff passes at once; an attempt's timeout only once the stand-in holds that attempt's request.
    private static Func<TimeSpan, bool> TimeoutOnceHeld(LoopbackServer server)
    {
        var timeouts = 0;
        return wait =>
        {
            if (wait < Settings.AttemptTimeout)
            {
                return true;
            }

            if (server.Requests.Count <= timeouts)
            {
                return false;
            }

            timeouts++;
            return true;
        };
    }


    // An answer that never comes while the test runs: the call's own timeout must end it.
    private StubResponse Hold()
    {
        release.Wait(TimeSpan.FromSeconds(10));
        return new StubResponse(200, "application/json", "{}");
    }
}
