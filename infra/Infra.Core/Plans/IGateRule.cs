namespace Infra.Plans;

/// <summary>One rule a plan must pass before it is applied: a pure function of the change set and the stack.</summary>
public interface IGateRule
{
    /// <summary>The stable id, quoted in findings.</summary>
    string Id { get; }

    /// <summary>Why the rule exists, in one line.</summary>
    string Rationale { get; }

    /// <summary>What to do about this rule's findings, in one or two sentences: quoted once in a refusal's summary.</summary>
    string Fix { get; }

    /// <summary>The findings for <paramref name="changes"/>; none when the plan passes.</summary>
    IEnumerable<GateFinding> Evaluate(ChangeSet changes, GateContext context);
}
