using Infra.Model;
using Infra.Rules;

namespace Infra.Tests.Rules;

/// <summary>Runs one rule over one stack as the runner does: its inputs read first, then the rule on the context alone.</summary>
internal static class RuleEvaluation
{
    /// <summary>The findings of <paramref name="rule"/> on <paramref name="stack"/>, unsuppressed.</summary>
    public static IReadOnlyList<RuleFinding> Evaluate(this Rule rule, Stack stack) =>
        rule.Evaluate(RuleInputs.Read([stack]).Single()).ToList();
}
