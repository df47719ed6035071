using Infra.Model;

namespace Infra.Rules;

/// <summary>
/// Runs rules over stacks and applies suppressions. A rule that throws becomes an error finding naming the rule,
/// never a crash, so one broken rule cannot hide the others' findings.
/// </summary>
public static class RuleRunner
{
    /// <summary>
    /// Starts reading, in the background, what the rules need besides the graph (the IAM catalog), so that it
    /// overlaps with building the stacks. A file that cannot be read is reported by the rule that needs it.
    /// </summary>
    public static Task Preload(string repositoryRoot) => Task.Run(() =>
    {
        try
        {
            _ = IamGrants.Catalog(repositoryRoot);
        }
        catch (InfraException)
        {
            // Reported when IAM-CATALOG runs.
        }
    });

    /// <summary>Every finding of every graph rule among <paramref name="rules"/> on every stack, suppressed ones marked (plan rules run in the gate).</summary>
    public static IReadOnlyList<RuleFinding> Run(IEnumerable<IRule> rules, IEnumerable<Stack> stacks)
    {
        var findings = new List<RuleFinding>();
        var ruleList = rules.OfType<Rule>().ToList();
        var stackList = stacks.ToList();
        foreach (var rule in ruleList.OfType<StackSetRule>())
        {
            try
            {
                findings.AddRange(rule.EvaluateAll(stackList).Select(Suppress));
            }
            catch (Exception e) when (e is not OutOfMemoryException && stackList.Count > 0)
            {
                findings.Add(new RuleFinding(rule.Id, Severity.Error, stackList[0].Main, $"the rule failed with {e.GetType().Name}: {e.Message}. Fix the rule; its checks did not run."));
            }
        }

        // Stacks share nothing, so each is checked on its own core; AsOrdered keeps the findings in stack order.
        findings.AddRange(stackList.AsParallel().AsOrdered().SelectMany(stack => Evaluate(ruleList, stack)));
        return findings;
    }

    private static List<RuleFinding> Evaluate(IReadOnlyList<Rule> rules, Stack stack)
    {
        var findings = new List<RuleFinding>();
        foreach (var rule in rules.Where(r => r is not StackSetRule))
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

        return findings;
    }

    private static RuleFinding Suppress(RuleFinding finding)
    {
        var suppression = finding.Resource?.EffectiveSuppressions.FirstOrDefault(s => s.RuleId == finding.RuleId);
        return suppression is null ? finding : finding with { SuppressedBecause = suppression.Reason };
    }
}
