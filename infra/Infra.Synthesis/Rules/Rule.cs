using Infra.Model;

namespace Infra.Rules;

/// <summary>
/// Base of the rules that read a stack's resource graph: the metadata is data given to the constructor, so a rule
/// file holds its id constant, its metadata and its check, and a helper makes its findings.
/// </summary>
/// <param name="id">The stable id: the rule's <c>RuleId</c> constant.</param>
/// <param name="title">One line: what the rule requires.</param>
/// <param name="rationale">Why the rule exists.</param>
/// <param name="severity">Error (fails synth; the default) or warning.</param>
/// <param name="checkovIds">The checkov check ids the rule corresponds to; none by default.</param>
public abstract class Rule(string id, string title, string rationale, Severity severity = Severity.Error, IReadOnlyList<string>? checkovIds = null) : IRule
{
    /// <inheritdoc />
    public string Id { get; } = id;

    /// <inheritdoc />
    public string Title { get; } = title;

    /// <inheritdoc />
    public string Rationale { get; } = rationale;

    /// <inheritdoc />
    public Severity Severity { get; } = severity;

    /// <inheritdoc />
    public IReadOnlyList<string> CheckovIds { get; } = checkovIds ?? [];

    /// <summary>The findings for one stack, read from its context only; none when the stack complies.</summary>
    public abstract IEnumerable<RuleFinding> Evaluate(RuleContext context);

    /// <summary>
    /// True for a rule whose work grows with every call or grant of a stack rather than with its resources (IAM-COVERAGE):
    /// the runner starts it before the others, so it overlaps them instead of running alone at the end. Default: false.
    /// </summary>
    public virtual bool IsCostly => false;

    /// <summary>A finding of this rule on <paramref name="resource"/>.</summary>
    protected RuleFinding Finding(Resource resource, string message) => new(Id, Severity, resource, message);

    /// <summary>A finding of this rule at <paramref name="location"/> outside the graph (a ledger's <c>file:line</c>, a grant's origin).</summary>
    protected RuleFinding Finding(string location, string message) => new(Id, Severity, null, message) { Address = location };
}
