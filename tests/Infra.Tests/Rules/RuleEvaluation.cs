using Infra.Model;
using Infra.Rules;

namespace Infra.Tests.Rules;

/// <summary>Runs one rule over one stack as the runner does: its inputs read first, then the rule on the context alone.</summary>
internal static class RuleEvaluation
{
    /// <summary>The findings of <paramref name="rule"/> on <paramref name="stack"/>, unsuppressed.</summary>
    public static IReadOnlyList<RuleFinding> Evaluate(this Rule rule, Stack stack) =>
        rule.Evaluate(RuleInputs.Read([stack]).Single()).ToList();

    /// <summary>The findings of <paramref name="rule"/> on <paramref name="stack"/> built in one run with <paramref name="run"/> (a promoted stack then sees the stack it is promoted from).</summary>
    public static IReadOnlyList<RuleFinding> EvaluateInRun(this Rule rule, Stack stack, IReadOnlyList<Stack> run) =>
        rule.Evaluate(RuleInputs.Read([.. run.Where(s => s != stack), stack]).Single(c => c.Stack == stack)).ToList();
}
