using System.Collections.Concurrent;
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
        var ruleList = rules.OfType<Rule>().ToList();
        var stackList = stacks.ToList();
        var setRules = ruleList.OfType<StackSetRule>().ToList();
        var stackRules = ruleList.Where(r => r is not StackSetRule).ToList();
        var contexts = RuleInputs.Read(stackList, catalog);

        // One work item per rule over the stack set and per rule and stack, so that one large check (IAM-COVERAGE of a
        // thousand services) runs beside the others instead of after a whole stack's rules. Items are taken rule by
        // rule across the stacks, the larger stacks' items side by side, costly rules first; the findings keep the order of the items
        // (set rules, then each stack's rules in order), so the output is the same on every run.
        var work = new List<Func<List<RuleFinding>>>();
        work.AddRange(setRules.Select(rule => (Func<List<RuleFinding>>)(() => EvaluateAll(rule, stackList))));
        work.AddRange(contexts.SelectMany(context => stackRules.Select(rule => (Func<List<RuleFinding>>)(() => Evaluate(rule, context)))));
        var order = Schedule(stackRules, setRules.Count, contexts.Count);
        var results = new List<RuleFinding>[work.Count];
        Parallel.ForEach(Partitioner.Create(order, EnumerablePartitionerOptions.NoBuffering), i => results[i] = work[i]());
        return [.. results.SelectMany(r => r)];
    }

    /// <summary>
    /// The order work items are taken in: each costly rule's items across the stacks, then the set rules, then the
    /// other rules' items rule by rule across the stacks. Item <c>setRuleCount + stack * stackRules.Count + rule</c> is
    /// a stack rule's; items below <paramref name="setRuleCount"/> are set rules'. Costly rules start first because the
    /// longest items taken last would run alone while the other cores idle.
    /// </summary>
    internal static IReadOnlyList<int> Schedule(IReadOnlyList<Rule> stackRules, int setRuleCount, int stackCount)
    {
        IEnumerable<int> ItemsOf(IEnumerable<int> rules) =>
            rules.SelectMany(r => Enumerable.Range(0, stackCount).Select(s => setRuleCount + (s * stackRules.Count) + r));
        var rules = Enumerable.Range(0, stackRules.Count).ToList();
        return [.. ItemsOf(rules.Where(r => stackRules[r].IsCostly)), .. Enumerable.Range(0, setRuleCount), .. ItemsOf(rules.Where(r => !stackRules[r].IsCostly))];
    }

    private static List<RuleFinding> EvaluateAll(StackSetRule rule, IReadOnlyList<Stack> stacks)
    {
        var findings = new List<RuleFinding>();
        try
        {
            findings.AddRange(rule.EvaluateAll(stacks).Select(Suppress));
        }
        catch (Exception e) when (e is not OutOfMemoryException && stacks.Count > 0)
        {
            findings.Add(new RuleFinding(rule.Id, Severity.Error, stacks[0].Main, $"the rule failed with {e.GetType().Name}: {e.Message}. Fix the rule; its checks did not run."));
        }

        return findings;
    }

    private static List<RuleFinding> Evaluate(Rule rule, RuleContext context)
    {
        var findings = new List<RuleFinding>();
        try
        {
            findings.AddRange(rule.Evaluate(context).Select(Suppress));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            findings.Add(new RuleFinding(rule.Id, Severity.Error, context.Stack.Main, $"the rule failed with {e.GetType().Name}: {e.Message}. Fix the rule; its checks did not run."));
        }

        return findings;
    }

    private static RuleFinding Suppress(RuleFinding finding)
    {
        if (!finding.Suppressible)
        {
            return finding;
        }

        var suppression = finding.Resource?.EffectiveSuppressions.FirstOrDefault(s => s.RuleId == finding.RuleId);
        return suppression is null ? finding : finding with { SuppressedBecause = suppression.Reason };
    }
}
