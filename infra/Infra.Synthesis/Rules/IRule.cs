namespace Infra.Rules;

/// <summary>
/// One safety or security rule of the registry: its metadata. What it reads is its kind's context: a stack's
/// resource graph (<see cref="Rule"/>) or a plan's changes (<see cref="PlanRule"/>). Its <see cref="Id"/> is an
/// explicit constant (suppressions name it, so a file rename must not change it).
/// </summary>
public interface IRule
{
    /// <summary>The stable id, e.g. <c>ACCOUNT</c>.</summary>
    string Id { get; }

    /// <summary>One line: what the rule requires.</summary>
    string Title { get; }

    /// <summary>Why the rule exists.</summary>
    string Rationale { get; }

    /// <summary>Error (fails synth, or refuses the plan) or warning.</summary>
    Severity Severity { get; }

    /// <summary>The checkov check ids this rule corresponds to (<c>CKV_AWS_21</c>); none when checkov has no such check.</summary>
    IReadOnlyList<string> CheckovIds => [];
}
