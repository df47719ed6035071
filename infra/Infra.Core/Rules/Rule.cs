using Infra.Model;

namespace Infra.Rules;

/// <summary>Base of the rules that read a stack's resource graph: the metadata as constants, and a helper to make findings.</summary>
public abstract class Rule : IRule
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
    public virtual IReadOnlyList<string> CheckovIds => [];

    /// <summary>The findings for one stack, read from its context only; none when the stack complies.</summary>
    public abstract IEnumerable<RuleFinding> Evaluate(RuleContext context);

    /// <summary>A finding of this rule on <paramref name="resource"/>.</summary>
    protected RuleFinding Finding(Resource resource, string message) => new(Id, Severity, resource, message);

    /// <summary>A finding of this rule at <paramref name="location"/> outside the graph (a ledger's <c>file:line</c>, a grant's origin).</summary>
    protected RuleFinding Finding(string location, string message) => new(Id, Severity, null, message) { Address = location };
}
