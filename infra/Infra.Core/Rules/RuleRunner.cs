using Infra.Model;
using Infra.Permissions;

namespace Infra.Rules;

/// <summary>
/// Runs rules over stacks and applies suppressions. What the rules read besides the graph is read here, once, before
/// any rule runs (<see cref="RuleInputs"/>). A rule that throws becomes an error finding naming the rule, never a
/// crash, so one broken rule cannot hide the others' findings.
/// </summary>
public static class RuleRunner
{
    /// <summary>
    /// Starts reading, in the background, the IAM catalog of the checkout, so that it overlaps with building the
    /// stacks; pass the result to <see cref="Run"/>. A file that cannot be read is reported by the rule that needs it.
    /// </summary>
    public static Task<RuleInput<IamCatalog>> Preload(string repositoryRoot) => Task.Run(() => RuleInputs.ReadCatalog(repositoryRoot));

    /// <summary>Every finding of every graph rule among <paramref name="rules"/> on every stack, suppressed ones marked (plan rules run in the gate).</summary>
    /// <param name="rules">The rules; plan rules among them are skipped.</param>
    /// <param name="stacks">The stacks of one run.</param>
    /// <param name="catalog">The IAM catalog, if read already (<see cref="Preload"/>); else read from each stack's repository.</param>
    public static IReadOnlyList<RuleFinding> Run(IEnumerable<IRule> rules, IEnumerable<Stack> stacks, RuleInput<IamCatalog>? catalog = null)
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
        var contexts = RuleInputs.Read(stackList, catalog);
        findings.AddRange(contexts.AsParallel().AsOrdered().SelectMany(context => Evaluate(ruleList, context)));
        return findings;
    }

    private static List<RuleFinding> Evaluate(IReadOnlyList<Rule> rules, RuleContext context)
    {
        var findings = new List<RuleFinding>();
        foreach (var rule in rules.Where(r => r is not StackSetRule))
        {
            try
            {
                findings.AddRange(rule.Evaluate(context).Select(Suppress));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                findings.Add(new RuleFinding(rule.Id, Severity.Error, context.Stack.Main, $"the rule failed with {e.GetType().Name}: {e.Message}. Fix the rule; its checks did not run."));
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
