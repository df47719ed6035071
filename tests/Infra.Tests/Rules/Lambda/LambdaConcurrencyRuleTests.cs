using Infra.Rules;
using Infra.Tests.Components;

namespace Infra.Tests.Rules;

// The compliant and non-compliant cases are checkov's own (Apache-2.0), rebuilt as model resources:
// tests/terraform/checks/resource/aws/test_LambdaFunctionLevelConcurrentExecutionLimit.py (test_failure1: no
// reserved_concurrent_executions; test_failure2: -1; test_success1: 0; test_success2: 1000).
public class LambdaConcurrencyRuleTests
{
    [NonCompliant(LambdaConcurrencyRule.RuleId)]
    [TestCase(null, TestName = "AFunctionWithoutReservedConcurrencyFails")]
    [TestCase(-1, TestName = "AFunctionWithUnlimitedReservedConcurrencyFails")]
    public void AFunctionWithoutAConcurrencyLimitFails(int? reserved)
    {
        var stack = TestStacks.Empty();
        _ = RuleFixtures.Function(stack, a => a with { ReservedConcurrentExecutions = reserved }, name: "test-lambda");

        var finding = new LambdaConcurrencyRule().Evaluate(stack).Single();

        Assert.That(finding.Resource!.Name, Is.EqualTo("test-lambda"));
        Assert.That(finding.Message, Does.Contain("no function-level concurrency limit").And.Contain("ReservedConcurrentExecutions"));
    }

    [Compliant(LambdaConcurrencyRule.RuleId)]
    [TestCase(0)]
    [TestCase(1000)]
    public void AFunctionWithAConcurrencyLimitPasses(int reserved)
    {
        var stack = TestStacks.Empty();
        _ = RuleFixtures.Function(stack, a => a with { ReservedConcurrentExecutions = reserved });

        Assert.That(new LambdaConcurrencyRule().Evaluate(stack), Is.Empty, $"reserved_concurrent_executions = {reserved} passes in checkov");
    }

    [Test]
    public void ThePlatformsFunctionsWithoutConfiguredConcurrencyAreAcceptedWithTheQuotaReason()
    {
        var findings = RuleRunner.Run([new LambdaConcurrencyRule()], RuleFixtures.PlatformStacks());

        Assert.That(findings.Where(f => f.IsBlocking).Select(f => f.ToString()), Is.Empty, "a function without reserved concurrency must carry a LAMBDA-CONCURRENCY suppression");
        Assert.That(findings, Has.Count.EqualTo(6), "no stack configures reserved concurrency: the rule must find both functions in each of the three stacks");
        Assert.That(
            findings.Select(f => f.Resource!.EffectiveSuppressions.First(s => s.RuleId == LambdaConcurrencyRule.RuleId).Reason),
            Has.All.Contain("quota"),
            "the reason must name the account's concurrency quota, the reason reserved concurrency is not set");
    }
}
