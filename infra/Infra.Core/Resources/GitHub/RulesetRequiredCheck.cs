using Infra.Model;

namespace Infra.Resources.GitHub;

/// <summary>One <c>required_check</c>: a status check context (the CI job's name).</summary>
public sealed record RulesetRequiredCheck
{
    /// <summary>The check's context, e.g. the job name <c>ci</c>.</summary>
    [Input("context")]
    public required string Context { get; init; }
}
