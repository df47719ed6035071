using Infra.Model;

namespace Infra.Rules;

/// <summary>
/// Runs rules over stacks and applies suppressions. A rule that throws becomes an error finding naming the rule,
/// never a crash, so one broken rule cannot hide the others' findings.
/// </summary>
public static class RuleRunner
{
    /// <summary>Every finding of every rule on every stack, suppressed ones marked.</summary>
    public static IReadOnlyList<RuleFinding> Run(IEnumerable<IRule> rules, IEnumerable<Stack> stacks)
    {
        var findings = new List<RuleFinding>();
        var ruleList = rules.ToList();
        foreach (var stack in stacks)
        {
            foreach (var rule in ruleList)
            {
                try
                {
                    findings.AddRange(rule.Evaluate(stack).Select(Suppress));
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    findings.Add(new RuleFinding(rule.Id, Severity.Error, stack.Main, $"the rule failed with {e.GetType().Name}: {e.Message}. Fix the rule; its checks did not run."));
                }
            }
        }

        return findings;
    }

    private static RuleFinding Suppress(RuleFinding finding)
    {
        var suppression = finding.Resource.EffectiveSuppressions.FirstOrDefault(s => s.RuleId == finding.RuleId);
        return suppression is null ? finding : finding with { SuppressedBecause = suppression.Reason };
    }
}
