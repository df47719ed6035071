using Infra.Resources.Aws;
using Infra.Rules;
using Infra.Tests.Components;

namespace Infra.Tests.Rules;

// The compliant and non-compliant cases are checkov's own (Apache-2.0), rebuilt as model resources:
// tests/terraform/checks/resource/aws/example_APIGatewayCacheEnable/main.tf (stage "pass" with cache_cluster_enabled =
// true, stage "fail" without) and example_APIGatewayMethodSettingsCacheEnabled/main.tf (method settings for path1/GET,
// "pass" with caching_enabled = true, "fail" with false), with test_APIGatewayCacheEnable.py and
// test_APIGatewayMethodSettingsCacheEnabled.py.
public class ApiGatewayCacheRuleTests
{
    [NonCompliant(ApiGatewayCacheRule.RuleId)]
    [Test]
    public void AStageWithoutACacheClusterFails()
    {
        var stack = TestStacks.Empty();
        _ = Stage(stack, "fail", cache: null);

        var finding = new ApiGatewayCacheRule().Evaluate(stack).Single();

        Assert.That(finding.Resource!.Name, Is.EqualTo("fail"));
        Assert.That(finding.Message, Does.Contain("no cache cluster").And.Contain("CacheClusterEnabled"));
    }

    [Test]
    public void MethodSettingsThatDisableCachingFail()
    {
        var stack = TestStacks.Empty();
        _ = Settings(stack, "fail", caching: false);

        var finding = new ApiGatewayCacheRule().Evaluate(stack).Single();

        Assert.That(finding.Resource!.Name, Is.EqualTo("fail"));
        Assert.That(finding.Message, Does.Contain("path1/GET").And.Contain("do not enable caching"));
    }

    [Compliant(ApiGatewayCacheRule.RuleId)]
    [Test]
    public void ACachedStageAndCachingMethodSettingsPass()
    {
        var stack = TestStacks.Empty();
        _ = Stage(stack, "pass", cache: true);
        _ = Settings(stack, "pass-settings", caching: true);

        Assert.That(new ApiGatewayCacheRule().Evaluate(stack), Is.Empty, "cache_cluster_enabled and caching_enabled true pass, as in checkov");
    }

    [Test]
    public void ThePlatformsApiIsAcceptedUncachedWithAReason()
    {
        var findings = RuleRunner.Run([new ApiGatewayCacheRule()], RuleFixtures.PlatformStacks());

        Assert.That(findings.Where(f => f.IsBlocking).Select(f => f.ToString()), Is.Empty, "the uncached stage and method settings must carry an APIGW-CACHE suppression");
        Assert.That(findings.Select(f => f.Resource!.Name).Distinct(), Is.EquivalentTo(new[] { "product-rest-api-stage", "product-rest-api-method-settings" }), "the rule must find the stage and its method settings, neither cached");
    }

    private static ApiGatewayStage Stage(Infra.Model.Stack stack, string name, bool? cache) =>
        new(name, new ApiGatewayStageArgs { RestApiId = "api", StageName = "example", DeploymentId = "d", CacheClusterEnabled = cache }, TestStacks.In(stack.Main));

    private static ApiGatewayMethodSettings Settings(Infra.Model.Stack stack, string name, bool caching) =>
        new(name, new ApiGatewayMethodSettingsArgs
        {
            RestApiId = "api",
            StageName = "example",
            MethodPath = "path1/GET",
            Settings = new ApiGatewayMethodSettingsValues { CachingEnabled = caching, MetricsEnabled = false, LoggingLevel = "INFO", CacheDataEncrypted = caching, DataTraceEnabled = false },
        }, TestStacks.In(stack.Main));
}
