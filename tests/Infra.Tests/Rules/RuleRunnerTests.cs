using Infra.Model;
using Infra.Resources.Aws;
using Infra.Rules;
using Infra.Tests.Components;

namespace Infra.Tests.Rules;

public class RuleRunnerTests
{
    [Test]
    public void FindingsComeInStackThenRuleOrderWhateverOrderTheChecksFinishIn()
    {
        // The first rule is the slowest, so its checks finish last when checks run side by side.
        var rules = new IRule[] { new Marking("SLOW", 150), new Marking("MIDDLE", 50), new Throwing() };
        var stacks = RuleFixtures.PlatformStacks();

        var findings = RuleRunner.Run(rules, stacks).Select(f => $"{f.RuleId} {f.Severity} {f.Message.Split(':')[0]}").ToList();

        var expected = stacks.SelectMany(s => new[] { $"SLOW Error {s.Name}", $"MIDDLE Error {s.Name}", $"THROWING Error the rule failed with InvalidOperationException" }).ToList();
        Assert.That(findings, Is.EqualTo(expected), "findings must list each stack's rules in rule order, stacks in order, a failing rule as an error in its place");
    }

    [Test]
    public void CostlyRulesAreTakenFirstThenSetRulesThenTheRestRuleByRule()
    {
        Rule[] stackRules = [new Marking("CHEAP", 0), new Marking("COSTLY", 0, costly: true), new Marking("ALSO-CHEAP", 0)];

        var order = RuleRunner.Schedule(stackRules, setRuleCount: 1, stackCount: 2);

        // Items: 0 is the set rule; stack s, rule r is 1 + s * 3 + r.
        Assert.That(order, Is.EqualTo(new[] { 2, 5, 0, 1, 4, 3, 6 }), "the costly rule's items for both stacks must come first, then the set rule, then the cheap rules rule by rule");
    }

    [Test]
    public void AFindingItsRuleMarksUnsuppressibleStaysBlockingDespiteAMatchingSuppression()
    {
        var stack = TestStacks.Empty();
        var topic = new SnsTopic("t", new SnsTopicArgs { Name = "t" }, TestStacks.In(stack.Main) with { Suppressions = [new Suppression("JUDGING", "accepted for the test")] });

        var findings = RuleRunner.Run([new Judging(topic)], [stack]);

        Assert.That(findings.Select(f => (f.Message, f.IsBlocking)), Is.EqualTo(new[] { ("suppressible", false), ("judged insufficient", true) }), "the runner applies a suppression only to findings the rule leaves suppressible");
    }

    private sealed class Judging(Resource resource) : Rule("JUDGING", "judges its suppression", "test")
    {
        public override IEnumerable<RuleFinding> Evaluate(RuleContext context)
        {
            yield return Finding(resource, "suppressible");
            yield return Finding(resource, "judged insufficient") with { Suppressible = false };
        }
    }

    private sealed class Marking(string id, int milliseconds, bool costly = false) : Rule(id, "marks the stack", "test")
    {
        public override bool IsCostly => costly;

        public override IEnumerable<RuleFinding> Evaluate(RuleContext context)
        {
            Thread.Sleep(milliseconds);
            yield return Finding(context.Stack.Main, $"{context.Stack.Name}: checked");
        }
    }

    private sealed class Throwing() : Rule("THROWING", "fails", "test")
    {
        public override IEnumerable<RuleFinding> Evaluate(RuleContext context) => throw new InvalidOperationException("broken");
    }
}
