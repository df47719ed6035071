namespace Infra.Rules;

/// <summary>
/// A rule of the plan gate: a pure function of a plan's changes (<see cref="PlanContext"/>), run by <c>infra gate</c>
/// and <c>infra deploy</c> before an apply. Its findings name a plan address instead of a resource of the graph.
/// </summary>
/// <param name="id">The stable id: the rule's <c>RuleId</c> constant.</param>
/// <param name="title">One line: what the rule requires.</param>
/// <param name="rationale">Why the rule exists.</param>
/// <param name="fix">What to do about the rule's findings, in one or two sentences.</param>
/// <param name="severity">Error (refuses the plan; the default) or warning.</param>
public abstract class PlanRule(string id, string title, string rationale, string fix, Severity severity = Severity.Error) : IRule
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
    public IReadOnlyList<string> CheckovIds => [];

    /// <summary>What to do about this rule's findings, in one or two sentences: quoted once in a refusal's summary.</summary>
    public string Fix { get; } = fix;

    /// <summary>The findings for the plan; none when it passes.</summary>
    public abstract IEnumerable<RuleFinding> Evaluate(PlanContext context);

    /// <summary>A finding of this rule at <paramref name="address"/> (empty for the plan as a whole).</summary>
    protected RuleFinding Finding(string address, string message) => new(Id, Severity, null, message) { Address = address };
}
