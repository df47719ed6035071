using Infra.Resources.Aws;
using Infra.Rules;
using Infra.Tests.Components;

namespace Infra.Tests.Rules;

// The compliant and non-compliant cases are checkov's own (Apache-2.0), rebuilt as model resources:
// tests/terraform/checks/resource/aws/example_LambdaCodeSigningConfigured/main.tf and test_LambdaCodeSigningConfigured.py
// (resource "pass" sets code_signing_config_arn = "123123123", resource "fail" sets none).
public class LambdaCodeSigningRuleTests
{
    [NonCompliant(LambdaCodeSigningRule.RuleId)]
    [Test]
    public void AFunctionWithoutACodeSigningConfigFails()
    {
        var stack = TestStacks.Empty();
        _ = RuleFixtures.Function(stack, name: "fail");

        var finding = new LambdaCodeSigningRule().Evaluate(stack).Single();

        Assert.That(finding.Resource!.Name, Is.EqualTo("fail"));
        Assert.That(finding.Message, Does.Contain("no code signing configuration").And.Contain("CodeSigningConfigArn"));
    }

    [Compliant(LambdaCodeSigningRule.RuleId)]
    [Test]
    public void AFunctionWithACodeSigningConfigPasses()
    {
        var stack = TestStacks.Empty();
        _ = RuleFixtures.Function(stack, a => a with { CodeSigningConfigArn = "123123123" }, name: "pass");

        Assert.That(new LambdaCodeSigningRule().Evaluate(stack), Is.Empty, "any code_signing_config_arn passes, as in checkov");
    }

    [Test]
    public void ThePlatformsFunctionsAreAcceptedUnsignedOnlyUntilAnExpiry()
    {
        var stacks = RuleFixtures.PlatformStacks();
        var findings = RuleRunner.Run([new LambdaCodeSigningRule()], stacks);

        Assert.That(findings.Where(f => f.IsBlocking).Select(f => f.ToString()), Is.Empty, "every unsigned function must carry a LAMBDA-CODE-SIGNING suppression");
        Assert.That(findings, Has.Count.EqualTo(stacks.Sum(s => TestStacks.All<LambdaFunction>(s).Count)), "the rule must find each platform function: none is signed yet");
        Assert.That(
            findings.Where(f => f.Resource!.EffectiveSuppressions.First(s => s.RuleId == LambdaCodeSigningRule.RuleId).Expires is null).Select(f => f.Resource!.Path),
            Is.Empty,
            "the code signing suppression must expire, so that the decision is revisited");
    }
}
