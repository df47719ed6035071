using Infra.Tests.Deploy.Support;
using Infra.Tests.Testing;
using static Infra.Tests.Testing.CliRunner;

namespace Infra.Tests.Deploy.Cli;

/// <summary>
/// <c>infra rollback</c> through the real command line past the account check, into the calls signed by our own
/// client (CodeDeploy, Lambda) with a stand-in terraform for the stack's outputs: a refused connection, a 500 or 503,
/// no answer in time, or an answer that is not the service's must each exit 4 with one <c>infra:</c> line naming the
/// call, never an exception or a stack trace.
/// </summary>
[NonParallelizable]
public class RollbackNetworkFailureTests
{
    // Prints dev's outputs with one Lambda service; every other command succeeds without doing anything.
    private const string Terraform = """
        #!/bin/sh
        case "$1" in
          output) printf '%s' '{"product_api_url":{"value":"https://abc.execute-api.eu-west-1.amazonaws.com/v1"},"order_processor_function_name":{"value":"2-1-bbws-order-processor-dev"},"deployment_notifications_topic_arn":{"value":"arn:aws:sns:eu-west-1:536580886816:2-1-bbws-deployments-dev"},"dynamodb_table_names":{"value":[]},"lambda_services":{"value":[{"function_name":"2-1-bbws-order-processor-dev","version":"7","codedeploy_app":"2-1-bbws-lambda-dev","codedeploy_group":"2-1-bbws-order-processor-dev-live","alarm_names":[]}]}}' ;;
        esac
        exit 0
        """;

    private readonly ManualResetEventSlim release = new(false);
    private string folder = string.Empty;

    [SetUp]
    public void CreateFolder()
    {
        folder = Path.Combine(Path.GetTempPath(), $"infra-rollback-net-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(folder, "bin"));
        File.WriteAllText(Path.Combine(folder, "credentials"), string.Empty);
        File.WriteAllText(Path.Combine(folder, "config"), string.Empty);
        StandInExecutable.Install(Path.Combine(folder, "bin"), "terraform", Terraform);
        release.Reset();
    }

    [TearDown]
    public void RemoveFolder()
    {
        release.Set();
        Directory.Delete(folder, recursive: true);
    }

    [OneTimeTearDown]
    public void DisposeRelease() => release.Dispose();

    [TestCase("CODEDEPLOY", "CodeDeploy ListDeployments", "refused")]
    [TestCase("CODEDEPLOY", "CodeDeploy ListDeployments", "500")]
    [TestCase("CODEDEPLOY", "CodeDeploy ListDeployments", "503")]
    [TestCase("CODEDEPLOY", "CodeDeploy ListDeployments", "slow")]
    [TestCase("CODEDEPLOY", "CodeDeploy ListDeployments", "not-the-format")]
    [TestCase("CODEDEPLOY", "CodeDeploy ListDeployments", "fields-wrong")]
    [TestCase("CODEDEPLOY", "CodeDeploy ListDeployments", "truncated")]
    [TestCase("LAMBDA", "Lambda GetAlias", "refused")]
    [TestCase("LAMBDA", "Lambda GetAlias", "500")]
    [TestCase("LAMBDA", "Lambda GetAlias", "503")]
    [TestCase("LAMBDA", "Lambda GetAlias", "slow")]
    [TestCase("LAMBDA", "Lambda GetAlias", "not-the-format")]
    [TestCase("LAMBDA", "Lambda GetAlias", "fields-wrong")]
    [TestCase("LAMBDA", "Lambda GetAlias", "truncated")]
    public void RollbackExits4WithOneLineNamingTheCallWhenASignedServiceFails(string service, string call, string mode)
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "the terraform stand-in is a POSIX shell script");
        using var sts = new LoopbackServer(_ => new StubResponse(200, "text/xml", StsAnswers.DevCallerIdentity));
        using var github = new LoopbackServer(_ => new StubResponse(200, "application/json", "[]"));
        using var codeDeploy = new LoopbackServer(_ => new StubResponse(200, "application/x-amz-json-1.1", """{"deployments":[]}"""));
        using var lambda = new LoopbackServer(_ => new StubResponse(200, "application/json", """{"Name":"live","FunctionVersion":"7"}"""));
        using var failing = mode == "truncated" ? null : new LoopbackServer(_ => Failure(mode, service));
        using var truncating = mode == "truncated" ? new TruncatingServer() : null;
        var failingUrl = mode switch
        {
            "refused" => $"http://127.0.0.1:{LoopbackServer.FreePort()}",
            "truncated" => truncating!.Url,
            _ => failing!.Url,
        };
        using var env = Environment(sts.Url, github.Url, service == "CODEDEPLOY" ? failingUrl : codeDeploy.Url, service == "LAMBDA" ? failingUrl : lambda.Url, sts.Url);

        var (exit, output, error) = Run("rollback", "--stack", "dev", "--to", "5", "--root", RepositoryFiles.Root);

        Assert.That(exit, Is.EqualTo(ExitCodes.ExternalFailure), $"rollback with {call} {mode} must exit 4: {error}");
        Assert.That(error.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(1), $"one error line is expected: {error}");
        Assert.That(error, Does.StartWith("infra: ").And.Contain(call), "the line must name the service and the call that failed");
        Assert.That(output + error, Does.Not.Contain("Exception").And.Not.Contain("   at "), "an exception or a stack trace reached the user");
    }

    [Test]
    public void A500OnUpdateAliasIsSentOnceRecordedAsFailedAndExits4()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "the terraform stand-in is a POSIX shell script");
        var records = new FakeGitHubDeployments("bbws", "platform");
        using var sts = new LoopbackServer(_ => new StubResponse(200, "text/xml", StsAnswers.DevCallerIdentity));
        using var github = new LoopbackServer(records.Respond);
        using var codeDeploy = new LoopbackServer(_ => new StubResponse(200, "application/x-amz-json-1.1", """{"deployments":[]}"""));
        using var lambda = new LoopbackServer(r => r.Method == "PUT"
            ? new StubResponse(500, "application/json", """{"Type":"Service","message":"internal"}""")
            : new StubResponse(200, "application/json", """{"Name":"live","FunctionVersion":"7"}"""));
        using var sns = new LoopbackServer(_ => new StubResponse(200, "text/xml", "<PublishResponse><PublishResult><MessageId>m</MessageId></PublishResult></PublishResponse>"));
        using var env = Environment(sts.Url, github.Url, codeDeploy.Url, lambda.Url, sns.Url, attempts: "3");

        var (exit, output, error) = Run("rollback", "--stack", "dev", "--to", "5", "--yes", "--commit", DeployHarness.Commit, "--root", RepositoryFiles.Root);

        Assert.That(exit, Is.EqualTo(ExitCodes.ExternalFailure), $"a failed UpdateAlias must exit 4: {error}");
        Assert.That(lambda.Requests.Count(r => r.Method == "PUT"), Is.EqualTo(1), "UpdateAlias was sent again after a 500, but it may have moved the alias");
        Assert.That(error, Does.StartWith("infra: ").And.Contain("Lambda UpdateAlias").And.Contain("not sent again"), "the line must name the call and say it was not repeated");
        Assert.That(output + error, Does.Not.Contain("Exception").And.Not.Contain("   at "), "an exception or a stack trace reached the user");
        Assert.That(sns.Requests, Has.Count.EqualTo(1), "the failed rollback must still be notified");
    }

    private EnvironmentScope Environment(string sts, string github, string codeDeploy, string lambda, string sns, string attempts = "1") => new(new Dictionary<string, string?>
    {
        ["AWS_ACCESS_KEY_ID"] = "AKIDEXAMPLE",
        ["AWS_SECRET_ACCESS_KEY"] = "secret",
        ["AWS_SESSION_TOKEN"] = null,
        ["AWS_PROFILE"] = null,
        ["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(folder, "credentials"),
        ["AWS_CONFIG_FILE"] = Path.Combine(folder, "config"),
        ["AWS_EC2_METADATA_DISABLED"] = "true",
        ["AWS_ENDPOINT_URL"] = null,
        ["AWS_ENDPOINT_URL_STS"] = sts,
        ["AWS_ENDPOINT_URL_CODEDEPLOY"] = codeDeploy,
        ["AWS_ENDPOINT_URL_LAMBDA"] = lambda,
        ["AWS_ENDPOINT_URL_CLOUDWATCH"] = sns,
        ["AWS_ENDPOINT_URL_SNS"] = sns,

        // Retries are proven on a fake clock in AwsHttpClientTests; here one attempt (three where a write must not
        // repeat) keeps the real clock out of the test, and a short timeout makes "slow" quick.
        ["AWS_MAX_ATTEMPTS"] = attempts,
        ["INFRA_HTTP_TIMEOUT_SECONDS"] = "0.5",
        ["GITHUB_TOKEN"] = "ghs_standin",
        ["GITHUB_REPOSITORY"] = "bbws/platform",
        ["GITHUB_API_URL"] = github,
        ["PATH"] = Path.Combine(folder, "bin") + Path.PathSeparator + System.Environment.GetEnvironmentVariable("PATH"),
    });

    private StubResponse Failure(string mode, string service) => mode switch
    {
        "500" => new StubResponse(500, "application/json", """{"__type":"InternalFailure","message":"internal"}"""),
        "503" => new StubResponse(503, "text/html", "<html>\n<body>Service Unavailable</body>\n</html>"),
        "slow" => Hold(),
        "not-the-format" => new StubResponse(200, "text/html", "<html><body>captive portal</body></html>"),
        "fields-wrong" => new StubResponse(200, "application/json", service == "CODEDEPLOY" ? """{"deployments":"d-1"}""" : """{"Name":"live"}"""),
        _ => throw new ArgumentException(mode),
    };

    // No answer within the timeout: the stand-in answers only when the test ends.
    private StubResponse Hold()
    {
        release.Wait(TimeSpan.FromSeconds(10));
        return new StubResponse(200, "application/json", "{}");
    }
}
