namespace Infra.Rules;

/// <summary>
/// A rule of the plan gate: a pure function of a plan's changes (<see cref="PlanContext"/>), run by <c>infra gate</c>
/// and <c>infra deploy</c> before an apply. Its findings name a plan address instead of a resource of the graph.
/// </summary>
public abstract class PlanRule : IRule
{
    /// <inheritdoc />
    public abstract string Id { get; }

    /// <inheritdoc />
    public abstract string Title { get; }

    /// <inheritdoc />
    public abstract string Rationale { get; }

    /// <inheritdoc />
    public virtual Severity Severity => Severity.Error;

    /// <inheritdoc />
    public IReadOnlyList<string> CheckovIds => [];

    /// <summary>What to do about this rule's findings, in one or two sentences: quoted once in a refusal's summary.</summary>
    public abstract string Fix { get; }

    /// <summary>The findings for the plan; none when it passes.</summary>
    public abstract IEnumerable<RuleFinding> Evaluate(PlanContext context);

    /// <summary>A finding of this rule at <paramref name="address"/> (empty for the plan as a whole).</summary>
    protected RuleFinding Finding(string address, string message) => new(Id, Severity, null, message) { Address = address };
}
