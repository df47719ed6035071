using Infra.Resources.Aws;
using Infra.Rules;
using Infra.Tests.Components;

namespace Infra.Tests.Rules;

// The compliant and non-compliant cases are checkov's own (Apache-2.0), rebuilt as model resources:
// tests/terraform/graph/checks/resources/APIGatewayRequestParameterValidationEnabled/main.tf and expected.yaml
// (aws_api_gateway_method "pass" with request_validator_id = "ebd7nsd8b99", "fail" without).
public class ApiGatewayRequestValidationRuleTests
{
    [NonCompliant(ApiGatewayRequestValidationRule.RuleId)]
    [Test]
    public void AMethodWithoutARequestValidatorFails()
    {
        var stack = TestStacks.Empty();
        _ = Method(stack, "pass", "ebd7nsd8b99");
        _ = Method(stack, "fail", null);

        var finding = new ApiGatewayRequestValidationRule().Evaluate(stack).Single();

        Assert.That(finding.Resource!.Name, Is.EqualTo("fail"));
        Assert.That(finding.Message, Does.Contain("no request validator").And.Contain("RequestValidatorId"));
    }

    [Compliant(ApiGatewayRequestValidationRule.RuleId)]
    [Test]
    public void AMethodWithARequestValidatorPasses()
    {
        var stack = TestStacks.Empty();
        _ = Method(stack, "pass", "ebd7nsd8b99");

        Assert.That(new ApiGatewayRequestValidationRule().Evaluate(stack), Is.Empty, "any request_validator_id passes, as in checkov");
    }

    [Test]
    public void ThePlatformsMethodsAreAcceptedBecauseTheHandlerValidates()
    {
        var findings = RuleRunner.Run([new ApiGatewayRequestValidationRule()], RuleFixtures.PlatformStacks());

        Assert.That(findings.Where(f => f.IsBlocking).Select(f => f.ToString()), Is.Empty, "each route must carry an APIGW-REQUEST-VALIDATION suppression");
        Assert.That(findings, Has.Count.EqualTo(15), "the rule must find the five methods of each stack");
    }

    private static ApiGatewayMethod Method(Infra.Model.Stack stack, string name, string? validator) =>
        new(name, new ApiGatewayMethodArgs
        {
            RestApiId = "MyDemoAPI",
            ResourceId = "MyDemoResource",
            HttpMethod = "GET",
            Authorization = "NONE",
            RequestValidatorId = validator is null ? null : (Infra.Model.Input<string>)validator,
        }, TestStacks.In(stack.Main));
}
