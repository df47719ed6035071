using Infra.Resources.Aws;
using Infra.Rules;
using Infra.Tests.Components;

namespace Infra.Tests.Rules;

public class ApiGatewayRulesTests
{
    [NonCompliant(ApiGatewayAccessLogsRule.RuleId)]
    [NonCompliant(ApiGatewayXrayRule.RuleId)]
    [NonCompliant(ApiGatewayThrottlingRule.RuleId)]
    [Test]
    public void ABareStageFailsLogsTracingAndThrottling()
    {
        var stack = TestStacks.Empty();
        _ = new ApiGatewayStage("stage", new ApiGatewayStageArgs { RestApiId = "api", StageName = "dev", DeploymentId = "d", XrayTracingEnabled = false }, TestStacks.In(stack.Main));

        Assert.That(new ApiGatewayAccessLogsRule().Evaluate(stack).Single().Message, Does.Contain("no access logs"));
        Assert.That(new ApiGatewayXrayRule().Evaluate(stack).Single().Message, Does.Contain("X-Ray tracing off"));
        Assert.That(new ApiGatewayThrottlingRule().Evaluate(stack).Single().Message, Does.Contain("no throttling"));
    }

    [NonCompliant(ApiGatewayAuthorizationRule.RuleId)]
    [Test]
    public void AMethodWithoutAuthorizationFails()
    {
        var stack = TestStacks.Empty();
        _ = new ApiGatewayMethod("open", new ApiGatewayMethodArgs { RestApiId = "api", ResourceId = "r", HttpMethod = "POST", Authorization = "NONE" }, TestStacks.In(stack.Main));

        Assert.That(new ApiGatewayAuthorizationRule().Evaluate(stack).Single().Message, Does.Contain("requires no authorization"));
    }

    [Compliant(ApiGatewayAccessLogsRule.RuleId)]
    [Compliant(ApiGatewayXrayRule.RuleId)]
    [Compliant(ApiGatewayThrottlingRule.RuleId)]
    [Compliant(ApiGatewayAuthorizationRule.RuleId)]
    [Test]
    public void ThePlatformsApiCompliesWithOnlyItsDocumentedPublicRoutes()
    {
        Rule[] rules = [new ApiGatewayAccessLogsRule(), new ApiGatewayXrayRule(), new ApiGatewayThrottlingRule(), new ApiGatewayAuthorizationRule()];

        var findings = RuleRunner.Run(rules, RuleFixtures.PlatformStacks());

        Assert.That(findings.Where(f => f.IsBlocking).Select(f => f.ToString()), Is.Empty, "LambdaRestApi must build a stage and methods that pass");
        Assert.That(findings.Select(f => f.Resource!.Name).Distinct(), Is.EquivalentTo(new[] { "product-rest-api-get-products-method", "product-rest-api-get-products-id-method" }), "only the two public GET routes are accepted, by suppression");
    }
}
