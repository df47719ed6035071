using Infra.Model;

namespace Infra.Resources.GitHub;

/// <summary>The <c>required_status_checks</c> rule.</summary>
public sealed record RulesetRequiredStatusChecks
{
    /// <summary>The checks that must pass.</summary>
    [Input("required_check", Pulumi = "requiredChecks")]
    public required IReadOnlyList<RulesetRequiredCheck> RequiredChecks { get; init; }

    /// <summary>The branch must be up to date with its base before merge.</summary>
    [Input("strict_required_status_checks_policy")]
    public bool? Strict { get; init; }
}
