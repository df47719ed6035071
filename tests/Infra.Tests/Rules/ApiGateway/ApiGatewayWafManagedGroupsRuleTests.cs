using Infra.Model;
using Infra.Resources.Aws;
using Infra.Rules;
using Infra.Tests.Components;

namespace Infra.Tests.Rules;

// The cases are checkov's own (Apache-2.0), rebuilt as model resources:
// tests/terraform/graph/checks/resources/APIGatewayWebACLConfiguredWIthLog4jVulnerability/main.tf and expected.yaml
// (stage pass_1 behind a web ACL with AWSManagedRulesAnonymousIpList and AWSManagedRulesKnownBadInputsRuleSet passes;
// fail_1 behind common + anonymous-IP and fail_2 behind anonymous-IP only fail; pass_2 is an aws_apigatewayv2_api,
// which has no model resource).
public class ApiGatewayWafManagedGroupsRuleTests
{
    [NonCompliant(ApiGatewayWafManagedGroupsRule.RuleId)]
    [Test]
    public void AStageBehindAWebAclWithoutBothGroupsFails()
    {
        var stack = TestStacks.Empty();
        Protect(stack, "fail-1", WafKnownBadInputsRuleTests.Acl(stack, "fail-1-acl", Managed(1, "AWSManagedRulesCommonRuleSet"), Managed(2, "AWSManagedRulesAnonymousIpList")));
        Protect(stack, "fail-2", WafKnownBadInputsRuleTests.Acl(stack, "fail-2-acl", Managed(1, "AWSManagedRulesAnonymousIpList")));

        var findings = new ApiGatewayWafManagedGroupsRule().Evaluate(stack).ToList();

        Assert.That(findings.Select(f => f.Resource!.Name), Is.EqualTo(new[] { "fail-1", "fail-2" }));
        Assert.That(findings[0].Message, Does.Contain("lacks the AWS managed rule group(s) AWSManagedRulesKnownBadInputsRuleSet"));
    }

    [NonCompliant(ApiGatewayWafManagedGroupsRule.RuleId)]
    [Test]
    public void AStageBehindAWebAclTheProgramDoesNotDeclareFails()
    {
        var stack = TestStacks.Empty();
        var stage = Stage(stack, "elsewhere");
        _ = new Wafv2WebAclAssociation("elsewhere-assoc", new Wafv2WebAclAssociationArgs { ResourceArn = stage.Arn, WebAclArn = "arn:aws:wafv2:eu-west-1:536580886816:regional/webacl/foo/1" }, TestStacks.In(stack.Main));

        var finding = new ApiGatewayWafManagedGroupsRule().Evaluate(stack).Single();

        Assert.That(finding.Message, Does.Contain("a web ACL the program does not declare"), "checkov finds no aws_wafv2_web_acl connected, so the stage fails");
    }

    [Compliant(ApiGatewayWafManagedGroupsRule.RuleId)]
    [Test]
    public void AStageBehindBothGroupsOrBehindNoWebAclPasses()
    {
        var stack = TestStacks.Empty();
        Protect(stack, "pass-1", WafKnownBadInputsRuleTests.Acl(stack, "pass-1-acl", Managed(1, "AWSManagedRulesAnonymousIpList"), Managed(1, "AWSManagedRulesKnownBadInputsRuleSet")));
        _ = Stage(stack, "no-association");

        Assert.That(new ApiGatewayWafManagedGroupsRule().Evaluate(stack), Is.Empty, "a stage without a web ACL is APIGW-WAF's finding, not this rule's");
    }

    [Test]
    public void ThePlatformsStagesLackOnlyTheAnonymousIpGroupAndSayWhy()
    {
        var findings = RuleRunner.Run([new ApiGatewayWafManagedGroupsRule()], RuleFixtures.PlatformStacks());

        Assert.That(findings.Where(f => f.IsBlocking).Select(f => f.ToString()), Is.Empty, "the missing group must carry a suppression with its reason");
        Assert.That(findings, Has.Count.EqualTo(3), "the rule must find the product API's stage in each stack");
        Assert.That(findings.Select(f => f.Message), Has.All.Contain("lacks the AWS managed rule group(s) AWSManagedRulesAnonymousIpList:"), "the known-bad-inputs group must be present, only the anonymous-IP group accepted as absent");
    }

    private static Wafv2WebAclRule Managed(int priority, string group) => WafKnownBadInputsRuleTests.Managed($"rule-{priority}-{group}", priority, group);

    private static void Protect(Stack stack, string name, Wafv2WebAcl acl) =>
        _ = new Wafv2WebAclAssociation($"{name}-assoc", new Wafv2WebAclAssociationArgs { ResourceArn = Stage(stack, name).Arn, WebAclArn = acl.Arn }, TestStacks.In(stack.Main));

    private static ApiGatewayStage Stage(Stack stack, string name)
    {
        var api = new ApiGatewayRestApi($"{name}-api", new ApiGatewayRestApiArgs { Name = name, EndpointConfiguration = new ApiGatewayEndpointConfiguration { Types = ["REGIONAL"] } }, TestStacks.In(stack.Main));
        return new ApiGatewayStage(name, new ApiGatewayStageArgs { RestApiId = api.RestApiId, StageName = "example-stage", DeploymentId = "example" }, TestStacks.In(stack.Main));
    }
}
