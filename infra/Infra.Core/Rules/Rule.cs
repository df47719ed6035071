using Infra.Model;

namespace Infra.Rules;

/// <summary>Base of the rules: the metadata as constants, and a helper to make findings.</summary>
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

    /// <inheritdoc />
    public abstract IEnumerable<RuleFinding> Evaluate(Stack stack);

    /// <summary>A finding of this rule on <paramref name="resource"/>.</summary>
    protected RuleFinding Finding(Resource resource, string message) => new(Id, Severity, resource, message);
}
