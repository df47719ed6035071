using Infra.Resources.Aws;
using Infra.Rules;
using Infra.Tests.Components;

namespace Infra.Tests.Rules;

// The compliant and non-compliant cases are checkov's own (Apache-2.0), rebuilt as model resources:
// tests/terraform/graph/checks/resources/APIGatewayEndpointsUsesCertificateForAuthentication/main.tf and expected.yaml
// (aws_api_gateway_stage "pass_v1" with client_certificate_id = "certificateId", "fail_v1" without; the
// aws_apigatewayv2_stage cases have no model resource, the program builds no HTTP or WebSocket API).
public class ApiGatewayClientCertificateRuleTests
{
    [NonCompliant(ApiGatewayClientCertificateRule.RuleId)]
    [Test]
    public void AStageWithoutAClientCertificateFails()
    {
        var stack = TestStacks.Empty();
        _ = Stage(stack, "fail-v1", certificate: null);

        var finding = new ApiGatewayClientCertificateRule().Evaluate(stack).Single();

        Assert.That(finding.Resource!.Name, Is.EqualTo("fail-v1"));
        Assert.That(finding.Message, Does.Contain("no client certificate").And.Contain("ClientCertificateId"));
    }

    [Compliant(ApiGatewayClientCertificateRule.RuleId)]
    [Test]
    public void AStageWithAClientCertificatePasses()
    {
        var stack = TestStacks.Empty();
        _ = Stage(stack, "pass-v1", certificate: "certificateId");

        Assert.That(new ApiGatewayClientCertificateRule().Evaluate(stack), Is.Empty, "any client_certificate_id passes, as in checkov");
    }

    [Test]
    public void ThePlatformsStageIsAcceptedWithoutACertificateWithAReason()
    {
        var findings = RuleRunner.Run([new ApiGatewayClientCertificateRule()], RuleFixtures.PlatformStacks());

        Assert.That(findings.Where(f => f.IsBlocking).Select(f => f.ToString()), Is.Empty, "the stage must carry an APIGW-CLIENT-CERT suppression");
        Assert.That(findings.Select(f => f.Resource!.Name).Distinct(), Is.EquivalentTo(new[] { "product-rest-api-stage" }), "the rule must find the stage, which has no certificate");
        Assert.That(findings, Has.Count.EqualTo(3), "one finding per stack");
    }

    private static ApiGatewayStage Stage(Infra.Model.Stack stack, string name, string? certificate) =>
        new(name, new ApiGatewayStageArgs { RestApiId = "example", StageName = "example", DeploymentId = "example", ClientCertificateId = certificate is null ? null : (Infra.Model.Input<string>)certificate }, TestStacks.In(stack.Main));
}
