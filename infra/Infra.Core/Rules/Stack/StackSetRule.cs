using Infra.Model;

namespace Infra.Rules;

/// <summary>
/// A rule that compares stacks with each other (parity): the runner calls <see cref="EvaluateAll"/> once with every
/// stack synthesized together; with a single stack there is nothing to compare.
/// </summary>
public abstract class StackSetRule : Rule
{
    /// <inheritdoc />
    public sealed override IEnumerable<RuleFinding> Evaluate(RuleContext context) => EvaluateAll([context.Stack]);

    /// <summary>The findings over all stacks of one run.</summary>
    public abstract IEnumerable<RuleFinding> EvaluateAll(IReadOnlyList<Stack> stacks);
}
