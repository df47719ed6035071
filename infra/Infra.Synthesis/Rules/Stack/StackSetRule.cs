using Infra.Model;

namespace Infra.Rules;

/// <summary>
/// A rule that compares stacks with each other (parity): the runner calls <see cref="EvaluateAll"/> once with every
/// stack synthesized together; with a single stack there is nothing to compare.
/// </summary>
/// <param name="id">The stable id: the rule's <c>RuleId</c> constant.</param>
/// <param name="title">One line: what the rule requires.</param>
/// <param name="rationale">Why the rule exists.</param>
/// <param name="severity">Error (fails synth; the default) or warning.</param>
/// <param name="checkovIds">The checkov check ids the rule corresponds to; none by default.</param>
public abstract class StackSetRule(string id, string title, string rationale, Severity severity = Severity.Error, IReadOnlyList<string>? checkovIds = null)
    : Rule(id, title, rationale, severity, checkovIds)
{
    /// <inheritdoc />
    public sealed override IEnumerable<RuleFinding> Evaluate(RuleContext context) => EvaluateAll([context.Stack]);

    /// <summary>The findings over all stacks of one run.</summary>
    public abstract IEnumerable<RuleFinding> EvaluateAll(IReadOnlyList<Stack> stacks);
}
