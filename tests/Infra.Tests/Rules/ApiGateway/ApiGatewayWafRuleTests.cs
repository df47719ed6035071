using Infra.Model;
using Infra.Resources.Aws;
using Infra.Rules;
using Infra.Tests.Components;

namespace Infra.Tests.Rules;

// The compliant and non-compliant cases are checkov's own (Apache-2.0), rebuilt as model resources:
// tests/terraform/graph/checks/resources/APIProtectedByWAF/main.tf and expected.yaml (stages wafv2_regional,
// wafv2_edge, private and no_api pass, no_assoc fails; "regional" passes there through a WAF Classic association,
// which has no model resource).
public class ApiGatewayWafRuleTests
{
    [NonCompliant(ApiGatewayWafRule.RuleId)]
    [Test]
    public void AStageOfARegionalApiWithoutAWebAclFails()
    {
        var stack = TestStacks.Empty();
        _ = Stage(stack, "no-assoc", Api(stack, "no-assoc", "REGIONAL").RestApiId);

        var finding = new ApiGatewayWafRule().Evaluate(stack).Single();

        Assert.That(finding.Resource!.Name, Is.EqualTo("no-assoc"));
        Assert.That(finding.Message, Does.Contain("behind no WAFv2 web ACL").And.Contain("aws_wafv2_web_acl_association"));
    }

    [NonCompliant(ApiGatewayWafRule.RuleId)]
    [Test]
    public void AnAssociationWithAnotherStageDoesNotProtectThisOne()
    {
        var stack = TestStacks.Empty();
        var api = Api(stack, "regional", "REGIONAL");
        var guarded = Stage(stack, "guarded", api.RestApiId);
        _ = Stage(stack, "open", api.RestApiId);
        _ = Association(stack, "assoc", guarded.Arn);

        Assert.That(new ApiGatewayWafRule().Evaluate(stack).Select(f => f.Resource!.Name), Is.EqualTo(new[] { "open" }), "each stage needs its own association");
    }

    [Compliant(ApiGatewayWafRule.RuleId)]
    [Test]
    public void StagesBehindAWebAclOfAPrivateApiOrOfNoKnownApiPass()
    {
        var stack = TestStacks.Empty();
        var regional = Stage(stack, "wafv2-regional", Api(stack, "regional", "REGIONAL").RestApiId);
        var edge = Stage(stack, "wafv2-edge", Api(stack, "edge", "EDGE").RestApiId);
        _ = Association(stack, "regional-assoc", regional.Arn);
        _ = Association(stack, "edge-assoc", edge.Arn);
        _ = Stage(stack, "private", Api(stack, "private", "PRIVATE").RestApiId);
        _ = Stage(stack, "no-api", "no_api");
        _ = Api(stack, "no-stage", "REGIONAL");

        Assert.That(new ApiGatewayWafRule().Evaluate(stack), Is.Empty, "checkov passes each of these stages");
    }

    [Test]
    public void ThePlatformsPublicStagesAreBehindAWebAclWithoutAnySuppression()
    {
        var stacks = RuleFixtures.PlatformStacks();

        Assert.That(RuleRunner.Run([new ApiGatewayWafRule()], stacks).Select(f => f.ToString()), Is.Empty, "every public stage must be associated with a web ACL, not accepted without one");
        Assert.That(
            stacks.SelectMany(s => TestStacks.All<ApiGatewayStage>(s)).SelectMany(st => st.EffectiveSuppressions).Select(x => x.RuleId),
            Does.Not.Contain(ApiGatewayWafRule.RuleId),
            "a suppression of APIGW-WAF would hide a stage that loses its association");
    }

    private static ApiGatewayRestApi Api(Stack stack, string name, string type) =>
        new($"{name}-api", new ApiGatewayRestApiArgs { Name = name, EndpointConfiguration = new ApiGatewayEndpointConfiguration { Types = [type] } }, TestStacks.In(stack.Main));

    private static ApiGatewayStage Stage(Stack stack, string name, Input<string> restApiId) =>
        new(name, new ApiGatewayStageArgs { RestApiId = restApiId, StageName = "example", DeploymentId = "example" }, TestStacks.In(stack.Main));

    private static Wafv2WebAclAssociation Association(Stack stack, string name, Output<string> stageArn) =>
        new(name, new Wafv2WebAclAssociationArgs { ResourceArn = stageArn, WebAclArn = "arn:aws:wafv2:eu-west-1:536580886816:regional/webacl/foo/1" }, TestStacks.In(stack.Main));
}
