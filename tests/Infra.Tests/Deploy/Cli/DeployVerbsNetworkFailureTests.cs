using Infra.Tests.Deploy.Support;
using Infra.Tests.Testing;
using static Infra.Tests.Testing.CliRunner;

namespace Infra.Tests.Deploy.Cli;

/// <summary>
/// Every AWS and GitHub verb, through the real command line, against a stand-in for the service it calls that
/// refuses connections, answers 500 or 503, answers too slowly, or answers with a body that is not the service's:
/// each must exit 4 with one <c>infra:</c> line naming the service, and never show an exception or a stack trace.
/// </summary>
[NonParallelizable]
public class DeployVerbsNetworkFailureTests
{
    private readonly ManualResetEventSlim release = new(false);
    private string folder = string.Empty;

    public static IEnumerable<TestCaseData> Cases()
    {
        string[] modes = ["refused", "500", "503", "slow", "not-the-format", "fields-missing", "truncated"];
        (string Service, string[] Args)[] verbs =
        [
            ("STS", ["verify-account", "--stack", "dev"]),
            ("STS", ["deploy", "--stack", "dev", "--commit", DeployHarness.Commit, "--artifact", "{artifact}"]),
            ("STS", ["rollback", "--stack", "dev"]),
            ("STS", ["freeze", "--stack", "dev", "--reason", "incident 42"]),
            ("STS", ["unfreeze", "--stack", "dev"]),
            ("SSM", ["deploy", "--stack", "dev", "--commit", DeployHarness.Commit, "--artifact", "{artifact}"]),
            ("SSM", ["freeze", "--stack", "dev", "--reason", "incident 42"]),
            ("SSM", ["unfreeze", "--stack", "dev"]),
            ("GitHub", ["deployments", "--stack", "dev"]),
            ("GitHub", ["promote", "--to", "sit", "--commit", DeployHarness.Commit, "--artifact", "{artifact}"]),
        ];
        foreach (var (service, args) in verbs)
        {
            // PutParameter's answer carries nothing freeze reads, so an empty one is a success.
            foreach (var mode in modes.Where(m => !(m == "fields-missing" && service == "SSM" && args[0] == "freeze")))
            {
                yield return new TestCaseData(service, mode, args).SetArgDisplayNames($"{args[0]} {service} {mode}");
            }
        }
    }

    [SetUp]
    public void CreateFolder()
    {
        folder = Path.Combine(Path.GetTempPath(), $"infra-net-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "credentials"), string.Empty);
        File.WriteAllText(Path.Combine(folder, "config"), string.Empty);
        File.WriteAllText(Path.Combine(folder, "lambda.zip"), "not really a zip");
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

    [TestCaseSource(nameof(Cases))]
    public void AFailingServiceMakesTheVerbExit4WithOneMessageNamingIt(string service, string mode, string[] args)
    {
        using var sts = service == "STS" ? Failing(service, mode) : new StandIn(new LoopbackServer(_ => new StubResponse(200, "text/xml", StsAnswers.DevCallerIdentity)));
        using var ssm = service == "SSM" ? Failing(service, mode) : new StandIn(new LoopbackServer(_ => NotFrozen()));
        using var github = service == "GitHub" ? Failing(service, mode) : new StandIn(new LoopbackServer(_ => new StubResponse(200, "application/json", "[]")));
        using var sns = new LoopbackServer(_ => new StubResponse(200, "text/xml", "<PublishResponse><PublishResult><MessageId>m</MessageId></PublishResult></PublishResponse>"));
        using var env = Environment(sts.Url, ssm.Url, github.Url, sns.Url);

        var (exit, output, error) = Run([.. args.Select(a => a.Replace("{artifact}", Path.Combine(folder, "lambda.zip"), StringComparison.Ordinal)), "--root", RepositoryFiles.Root]);

        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(exit, Is.EqualTo(ExitCodes.ExternalFailure), $"'{args[0]}' with {service} {mode} must exit 4: {error}{output}");
        Assert.That(lines, Has.Length.EqualTo(1), $"the failure must be one line on stderr:\n{error}");
        Assert.That(lines[0], Does.StartWith("infra: ").And.Contain(service), "the line must come from infra and name the service that failed");
        Assert.That(error + output, Does.Not.Contain("Exception").And.Not.Contain("   at "), "no exception type or stack trace may reach the user");
    }

    private static StubResponse NotFrozen() => new(400, "application/x-amz-json-1.1", """{"__type":"ParameterNotFound","message":""}""");

    private StandIn Failing(string service, string mode) => mode switch
    {
        "refused" => new StandIn($"http://127.0.0.1:{LoopbackServer.FreePort()}"),
        "500" => new StandIn(new LoopbackServer(_ => new StubResponse(500, "application/json", """{"__type":"InternalFailure","message":"internal error"}"""))),
        "503" => new StandIn(new LoopbackServer(_ => new StubResponse(503, "text/html", "<html>\n<head><title>503 Service Temporarily Unavailable</title></head>\n<body>busy</body>\n</html>\n"))),
        "slow" => new StandIn(new LoopbackServer(_ =>
        {
            release.Wait(TimeSpan.FromSeconds(20));
            return new StubResponse(200, "application/json", "{}");
        })),
        "not-the-format" => new StandIn(new LoopbackServer(_ => new StubResponse(200, service == "STS" ? "text/xml" : "application/json", "<html><body>captive portal: please log in</body></html>"))),
        "fields-missing" => new StandIn(new LoopbackServer(_ => service switch
        {
            "STS" => new StubResponse(200, "text/xml", """<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult></GetCallerIdentityResult></GetCallerIdentityResponse>"""),
            "SSM" => new StubResponse(200, "application/x-amz-json-1.1", "{}"),
            _ => new StubResponse(200, "application/json", """[{"environment":"dev"}]"""),
        })),
        "truncated" => new StandIn(new TruncatingServer()),
        _ => throw new ArgumentException(mode),
    };

    private EnvironmentScope Environment(string sts, string ssm, string github, string sns) =>
        EnvironmentScope.WithoutAwsCredentials(folder, new Dictionary<string, string?>
        {
            ["AWS_ACCESS_KEY_ID"] = "AKIDEXAMPLE",
            ["AWS_SECRET_ACCESS_KEY"] = "secret",
            ["AWS_ENDPOINT_URL"] = null,
            ["AWS_ENDPOINT_URL_STS"] = sts,
            ["AWS_ENDPOINT_URL_SSM"] = ssm,
            ["AWS_ENDPOINT_URL_SNS"] = sns,
            ["AWS_MAX_ATTEMPTS"] = "1",
            ["INFRA_HTTP_TIMEOUT_SECONDS"] = "0.5",
            ["GITHUB_TOKEN"] = "ghs_example",
            ["GITHUB_REPOSITORY"] = "o/r",
            ["GITHUB_API_URL"] = github,
        });

    /// <summary>A stand-in's address, and the server behind it (none for a refused connection).</summary>
    private sealed class StandIn : IDisposable
    {
        private readonly IDisposable? server;

        public StandIn(string url) => Url = url;

        public StandIn(LoopbackServer server)
            : this(server.Url) => this.server = server;

        public StandIn(TruncatingServer server)
            : this(server.Url) => this.server = server;

        public string Url { get; }

        public void Dispose() => server?.Dispose();
    }
}
