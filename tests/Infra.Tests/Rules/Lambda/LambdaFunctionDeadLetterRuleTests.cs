using Infra.Resources.Aws;
using Infra.Rules;
using Infra.Tests.Components;

namespace Infra.Tests.Rules;

// The compliant and non-compliant cases are checkov's own (Apache-2.0), rebuilt as model resources:
// tests/terraform/checks/resource/aws/test_LambdaDLQConfigured.py (test_failure: no dead_letter_config;
// test_success: dead_letter_config { target_arn = "test" }).
public class LambdaFunctionDeadLetterRuleTests
{
    [NonCompliant(LambdaFunctionDeadLetterRule.RuleId)]
    [Test]
    public void AFunctionWithoutADeadLetterConfigFails()
    {
        var stack = TestStacks.Empty();
        _ = RuleFixtures.Function(stack, name: "test-lambda");

        var finding = new LambdaFunctionDeadLetterRule().Evaluate(stack).Single();

        Assert.That(finding.Resource!.Name, Is.EqualTo("test-lambda"));
        Assert.That(finding.Message, Does.Contain("no dead-letter queue").And.Contain("DeadLetterConfig.TargetArn"));
    }

    [Compliant(LambdaFunctionDeadLetterRule.RuleId)]
    [Test]
    public void AFunctionWithADeadLetterTargetPasses()
    {
        var stack = TestStacks.Empty();
        _ = RuleFixtures.Function(stack, a => a with { DeadLetterConfig = new LambdaDeadLetterConfig { TargetArn = "test" } });

        Assert.That(new LambdaFunctionDeadLetterRule().Evaluate(stack), Is.Empty, "any target_arn passes, as in checkov");
    }

    [Test]
    public void ThePlatformsFunctionsAreAcceptedWithoutAFunctionDeadLetterQueueEachWithItsOwnReason()
    {
        var findings = RuleRunner.Run([new LambdaFunctionDeadLetterRule()], RuleFixtures.PlatformStacks());

        Assert.That(findings.Where(f => f.IsBlocking).Select(f => f.ToString()), Is.Empty, "each function must carry a LAMBDA-FUNCTION-DLQ suppression");
        Assert.That(findings, Has.Count.EqualTo(6), "the rule must find both functions in each stack: neither has a function-level DLQ");
        string Reason(RuleFinding f) => f.Resource!.EffectiveSuppressions.First(s => s.RuleId == LambdaFunctionDeadLetterRule.RuleId).Reason;
        Assert.That(findings.Where(f => f.Resource!.Path.StartsWith("order-processor/", StringComparison.Ordinal)).Select(Reason), Has.All.Contain("redrive"), "the order processor's reason is its queue's redrive dead-letter queue");
        Assert.That(findings.Where(f => f.Resource!.Path.StartsWith("product-api/", StringComparison.Ordinal)).Select(Reason), Has.All.Contain("synchronous"), "the product API's reason is that API Gateway invokes it synchronously");
    }
}
