using Infra.Rules;

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

    private sealed class Marking(string id, int milliseconds) : Rule(id, "marks the stack", "test")
    {
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
