using System.Net;
using Infra.Deploy;
using Infra.Deploy.Aws;
using Infra.Deploy.Engines;
using Infra.Deploy.GitHub;
using Infra.Tests.Deploy.Support;
using Infra.Tests.Testing;

namespace Infra.Tests.Deploy;

/// <summary>The real services the deploy verbs are built from, and one verb (freeze) run through them against stand-ins.</summary>
[NonParallelizable]
public class DeployWiringTests
{
    private static readonly StackTarget Prod = new("bbws", "prod", "093646564004", "af-south-1");

    [TestCase("terraform", typeof(TerraformEngine))]
    [TestCase("tofu", typeof(TerraformEngine))]
    [TestCase("pulumi", typeof(PulumiEngine))]
    public void TheEngineIsChosenByName(string name, Type type)
    {
        var engine = DeployWiring.Engine(RepositoryFiles.Root, Prod, name);

        Assert.That(engine, Is.InstanceOf(type), $"--engine {name} built the wrong engine");
        Assert.That(engine.Name, Is.EqualTo(name), "the engine must run the executable that was asked for");
    }

    [Test]
    public void AnUnknownEngineIsBadInputNamingTheChoices()
    {
        var error = Assert.Throws<InfraException>(() => DeployWiring.Engine(RepositoryFiles.Root, Prod, "cdk"));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.BadInput), "an unknown engine is a usage error");
        Assert.That(error.Message, Does.Contain("'cdk'").And.Contain("terraform, tofu or pulumi"), "the message must name the value and the choices");
    }

    [Test]
    public void DeployAndRollbackServicesAreTheRealAdapters()
    {
        using var env = GitHubSettings("t");

        var deploy = DeployWiring.Services(Testing.TestApp.Platform, RepositoryFiles.Root, Prod, "pulumi", TextWriter.Null, TestClock.On());
        var rollback = DeployWiring.RollbackServices(RepositoryFiles.Root, Prod, "tofu", TextWriter.Null, TestClock.On());

        Assert.Multiple(() =>
        {
            Assert.That(deploy.Engine.Name, Is.EqualTo("pulumi"), "the deploy must use the engine asked for");
            Assert.That(deploy.CodeDeploy, Is.InstanceOf<CodeDeployClient>(), "the deploy must shift traffic through CodeDeploy");
            Assert.That(deploy.Records, Is.InstanceOf<OctokitDeploymentRecords>(), "the deploy must record in GitHub");
            Assert.That(deploy.SmokeTests, Is.InstanceOf<SmokeTests>(), "the deploy must run the real smoke tests");
            Assert.That(deploy.Gate, Is.InstanceOf<StackPlanGateAdapter>(), "the deploy must use infra gate's evaluation");
            Assert.That(rollback.Engine.Name, Is.EqualTo("tofu"), "the rollback must read outputs with the engine asked for");
        });
    }

    [Test]
    public void DeployServicesNeedGitHubSettings()
    {
        using var env = GitHubSettings(null);

        var error = Assert.Throws<InfraException>(() => DeployWiring.Services(Testing.TestApp.Platform, RepositoryFiles.Root, Prod, "terraform", TextWriter.Null, TestClock.On()));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.EnvironmentRefused), "without GITHUB_TOKEN nothing can be recorded, so nothing may start");
    }

    [Test]
    public async Task FreezeVerifiesTheAccountWritesTheParameterAndNotifiesTheGeneratedTopic()
    {
        using var server = new LoopbackServer(AwsStandIn);
        using var env = new EnvironmentScope(new Dictionary<string, string?>
        {
            ["AWS_ACCESS_KEY_ID"] = "AKIDEXAMPLE",
            ["AWS_SECRET_ACCESS_KEY"] = "secret",
            ["AWS_SESSION_TOKEN"] = null,
            ["AWS_PROFILE"] = null,
            ["AWS_ENDPOINT_URL"] = server.Url,
            ["AWS_ENDPOINT_URL_STS"] = server.Url,
            ["AWS_ENDPOINT_URL_SSM"] = server.Url,
            ["AWS_ENDPOINT_URL_SNS"] = server.Url,
        });

        await DeployWiring.Freeze(Testing.TestApp.Platform, RepositoryFiles.Root, Prod, TextWriter.Null, TestClock.On()).FreezeAsync(Prod, "incident 42", CancellationToken.None);

        var requests = server.Requests;
        Assert.That(requests.Select(Operation), Is.EqualTo(new[] { "sts:GetCallerIdentity", "ssm:AmazonSSM.PutParameter", "sns:Publish" }),
            "freeze must verify the account, then write the parameter, then notify");
        var publish = requests[2].Body.Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => WebUtility.UrlDecode(p[1]));
        Assert.That(publish["TopicArn"], Does.StartWith("arn:aws:sns:af-south-1:093646564004:"), "the topic must be the prod root's, in prod's account and region");
        Assert.That(publish["Message"], Does.Contain("incident 42"), "the message must carry the reason");
        Assert.That(requests[2].Header("x-amz-date"), Is.EqualTo("20260601T120000Z"), "the notification must be signed at the time of the clock the verb was given");
    }

    private static string Operation(RecordedRequest request) =>
        request.Header("authorization").Contains("/sts/", StringComparison.Ordinal) ? "sts:" + (request.Body.Contains("Action=GetCallerIdentity", StringComparison.Ordinal) ? "GetCallerIdentity" : request.Body)
        : request.Header("authorization").Contains("/ssm/", StringComparison.Ordinal) ? "ssm:" + request.Header("x-amz-target")
        : request.Header("authorization").Contains("/sns/", StringComparison.Ordinal) ? "sns:" + (request.Body.Contains("Action=Publish", StringComparison.Ordinal) ? "Publish" : request.Body)
        : "unexpected: " + request.PathAndQuery;

    private static StubResponse AwsStandIn(RecordedRequest request) => Operation(request) switch
    {
        "sts:GetCallerIdentity" => new StubResponse(200, "text/xml",
            """<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>arn:aws:sts::093646564004:assumed-role/bbws-deploy-prod/admin</Arn><UserId>AROAEXAMPLE:admin</UserId><Account>093646564004</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></GetCallerIdentityResponse>"""),
        "ssm:AmazonSSM.PutParameter" => new StubResponse(200, "application/x-amz-json-1.1", """{"Tier":"Standard","Version":1}"""),
        "sns:Publish" => new StubResponse(200, "text/xml",
            """<PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><PublishResult><MessageId>m</MessageId></PublishResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></PublishResponse>"""),
        var other => new StubResponse(400, "text/plain", other),
    };

    private static EnvironmentScope GitHubSettings(string? token) => new(new Dictionary<string, string?>
    {
        ["GITHUB_TOKEN"] = token,
        ["GITHUB_REPOSITORY"] = "bbws/platform",
        ["GITHUB_API_URL"] = "http://127.0.0.1:9",
    });
}
