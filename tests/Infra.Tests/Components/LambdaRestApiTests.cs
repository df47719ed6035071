using Infra.Components;
using Infra.Model;
using Infra.Resources.Aws;

namespace Infra.Tests.Components;

public class LambdaRestApiTests
{
    private static readonly ApiRoute[] ProductRoutes =
    [
        new("GET", "products", "NONE"), new("POST", "products"), new("GET", "products/{id}", "NONE"), new("PUT", "products/{id}"), new("DELETE", "products/{id}"),
    ];

    [Test]
    public void EveryIntegrationAndPermissionTargetsTheAliasLive()
    {
        var stack = TestStacks.Empty();
        var (api, service) = Build(stack);

        Assert.That(TestStacks.All<ApiGatewayIntegration>(stack).Select(i => i.Args.Uri.Output!.Expression), Is.All.EqualTo(service.Alias.InvokeArn.Expression), "callers must see CodeDeploy's traffic split");
        var permissions = TestStacks.All<LambdaPermission>(stack);
        Assert.That(permissions, Has.Count.EqualTo(5));
        Assert.That(permissions.Select(p => p.Args.Qualifier), Is.All.EqualTo("live"));
        Assert.That(permissions.Select(p => ((Template)p.Args.SourceArn!.Output!.Expression).Parts[0]), Is.All.EqualTo(api.Api.ExecutionArn.Expression), "permissions must be scoped to this API");
    }

    [Test]
    public void TheStageLogsTracesAndDependsOnTheAccountRole()
    {
        var stack = TestStacks.Empty();
        var (api, _) = Build(stack);

        Assert.That(api.Stage.Args.StageName, Is.EqualTo("dev"));
        Assert.That(api.Stage.Args.XrayTracingEnabled, Is.True);
        Assert.That(api.Stage.Args.AccessLogSettings!.Format, Does.StartWith("{").And.Contain("$context.requestId"));
        Assert.That(api.Stage.Options.DependsOn.OfType<ApiGatewayCloudWatchAccount>(), Is.Not.Empty);
        Assert.That(api.Settings.Args.Settings.LoggingLevel, Is.EqualTo("INFO"));
        Assert.That(api.Settings.Args.Settings.MetricsEnabled, Is.True);
    }

    [Test]
    public void TheExecutionLogGroupExistsBeforeTheStageWithTheStacksRetentionAndKey()
    {
        var stack = TestStacks.Empty();
        var (api, _) = Build(stack);
        var name = (Template)api.ExecutionLogs.Args.Name.Output!.Expression;

        Assert.Multiple(() =>
        {
            Assert.That(name.Parts[0], Is.EqualTo("API-Gateway-Execution-Logs_"), "API Gateway writes execution logs to API-Gateway-Execution-Logs_<api id>/<stage>");
            Assert.That(name.Parts[^1], Is.EqualTo("/dev"));
            Assert.That(api.ExecutionLogs.Args.RetentionInDays, Is.GreaterThan(0), "the group must not keep logs forever");
            Assert.That(api.Stage.Options.DependsOn, Does.Contain(api.ExecutionLogs), "created before the stage, or the service creates it first without retention or key");
        });
    }

    [Test]
    public void AReplacedDeploymentIsCreatedBeforeTheOldOneIsDestroyed()
    {
        var stack = TestStacks.Empty();
        var (api, _) = Build(stack);
        var module = new global::Infra.Emitters.Terraform.TerraformJsonEmitter().Emit(stack.Main).Content;

        Assert.Multiple(() =>
        {
            Assert.That(api.Deployment.Options.CreateBeforeDestroy, Is.True, "the stage still points at the old deployment while the new one is created");
            Assert.That(Newtonsoft.Json.Linq.JObject.Parse(module).SelectToken($"resource.aws_api_gateway_deployment.{Names.TerraformIdentifier(api.Deployment.Name)}.lifecycle.create_before_destroy")?.ToObject<bool>(), Is.True, "Terraform must get the lifecycle flag");
        });
    }

    [Test]
    public void TheDeploymentTriggerChangesWithTheApiDefinition()
    {
        var (first, _) = Build(TestStacks.Empty());
        var (same, _) = Build(TestStacks.Empty());
        var (changed, _) = Build(TestStacks.Empty(), ProductRoutes[..4]);

        Assert.That(same.Deployment.Args.Triggers, Is.EqualTo(first.Deployment.Args.Triggers), "the hash must be deterministic");
        Assert.That(changed.Deployment.Args.Triggers!["redeployment"], Is.Not.EqualTo(first.Deployment.Args.Triggers!["redeployment"]), "removing a route must redeploy");
    }

    [Test]
    public void TheAccountSettingIsProtected()
    {
        var stack = TestStacks.Empty();
        var account = new ApiGatewayCloudWatchAccount("apigw", "2-1-bbws-apigateway-cloudwatch-dev", TestStacks.In(stack.Main));

        Assert.That(account.Account.Options.Protect, Is.True, "provider v6 resets the account settings on destroy");
        Assert.That(account.Account.Options.RetainOnDelete, Is.True);
    }

    [TestCase("get", "products", "method 'get'")]
    [TestCase("GET", "/products", "path '/products'")]
    public void ThrowsOnAnInvalidRoute(string method, string path, string expected)
    {
        var e = Assert.Throws<ArgumentException>(() => Build(TestStacks.Empty(), [new ApiRoute(method, path)]));

        Assert.That(e!.Message, Does.Contain(expected));
    }

    [Test]
    public void StageAndMethodSettingsSuppressionsApplyToTheirOwnResourceOnly()
    {
        var stack = TestStacks.Empty();
        var onStage = new Suppression("APIGW-CLIENT-CERT", "no HTTP backend in this test");
        var onSettings = new Suppression("APIGW-CACHE", "reads must be fresh in this test");
        var (api, _) = Build(stack, change: a => a with { StageSuppressions = [onStage], MethodSettingsSuppressions = [onSettings] });

        Assert.That(api.Stage.Options.Suppressions, Is.EqualTo(new[] { onStage }));
        Assert.That(api.Settings.Options.Suppressions, Is.EqualTo(new[] { onSettings }));
        Assert.That(api.Api.EffectiveSuppressions, Is.Empty, "the suppressions must not reach the API or the routes, whose findings stay reported");
    }

    [Test]
    public void LogGroupSuppressionsApplyToBothLogGroupsOnly()
    {
        var stack = TestStacks.Empty();
        var onLogs = new Suppression("LOG-RETENTION-YEAR", "short retention in this test");
        var (api, _) = Build(stack, change: a => a with { LogGroupSuppressions = [onLogs] });

        Assert.That(api.AccessLogs.Options.Suppressions, Is.EqualTo(new[] { onLogs }));
        Assert.That(api.ExecutionLogs.Options.Suppressions, Is.EqualTo(new[] { onLogs }));
        Assert.That(api.Stage.EffectiveSuppressions, Is.Empty, "the log groups' suppression must not reach the stage");
    }

    private static (LambdaRestApi Api, LambdaService Service) Build(Stack stack, ApiRoute[]? routes = null, Func<LambdaRestApiArgs, LambdaRestApiArgs>? change = null)
    {
        var service = LambdaServiceTests.Build(stack, name: "product-api");
        var account = new ApiGatewayCloudWatchAccount("apigw", "2-1-bbws-apigateway-cloudwatch-dev", TestStacks.In(stack.Main));
        var args = new LambdaRestApiArgs
        {
            ApiName = "2-1-bbws-product-api-dev",
            Service = service,
            Routes = routes ?? ProductRoutes,
            StageName = stack.Name,
            Account = account,
            LogRetentionDays = 14,
        };
        var api = new LambdaRestApi("rest", change is null ? args : change(args), TestStacks.In(stack.Main));
        return (api, service);
    }
}
