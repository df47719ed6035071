using Infra.Resources.Aws;
using Infra.Rules;
using Infra.Tests.Components;

namespace Infra.Tests.Rules;

// The cases are checkov's own (Apache-2.0), rebuilt as model resources:
// tests/terraform/graph/checks/resources/WAF2HasLogs/main.tf and expected.yaml (pass has an
// aws_wafv2_web_acl_logging_configuration on its ARN, to a Firehose stream there; fail has none).
public class WafLoggingRuleTests
{
    [NonCompliant(WafLoggingRule.RuleId)]
    [Test]
    public void AWebAclWithoutALoggingConfigurationFails()
    {
        var stack = TestStacks.Empty();
        _ = WafKnownBadInputsRuleTests.Acl(stack, "fail");

        var finding = new WafLoggingRule().Evaluate(stack).Single();

        Assert.That(finding.Resource!.Name, Is.EqualTo("fail"));
        Assert.That(finding.Message, Does.Contain("logs no request").And.Contain("aws_wafv2_web_acl_logging_configuration").And.Contain("aws-waf-logs-"));
    }

    [Compliant(WafLoggingRule.RuleId)]
    [Test]
    public void OnlyTheWebAclTheLoggingConfigurationNamesPasses()
    {
        var stack = TestStacks.Empty();
        var logged = WafKnownBadInputsRuleTests.Acl(stack, "pass");
        _ = WafKnownBadInputsRuleTests.Acl(stack, "fail");
        _ = new Wafv2WebAclLoggingConfiguration("pass-logging", new Wafv2WebAclLoggingConfigurationArgs
        {
            ResourceArn = logged.Arn,
            LogDestinationConfigs = ["arn:aws:firehose:eu-west-1:536580886816:deliverystream/aws-waf-logs-example"],
            RedactedFields = [new Wafv2WebAclLoggingConfigurationRedactedFields { SingleHeader = new Wafv2WebAclLoggingConfigurationRedactedFieldsSingleHeader { Name = "user-agent" } }],
        }, TestStacks.In(stack.Main));

        Assert.That(new WafLoggingRule().Evaluate(stack).Select(f => f.Resource!.Name), Is.EqualTo(new[] { "fail" }), "a logging configuration protects only the web ACL whose ARN it names");
    }

    [Test]
    public void ThePlatformsWebAclsAreLoggedWithoutASuppression() =>
        Assert.That(RuleRunner.Run([new WafLoggingRule()], RuleFixtures.PlatformStacks()).Select(f => f.ToString()), Is.Empty);
}
