using Infra.Model;

namespace Infra.Resources.GitHub;

/// <summary>The <c>rules</c> block of a ruleset.</summary>
public sealed record RulesetRules
{
    /// <summary>Refuse deleting a matching ref.</summary>
    [Input("deletion")]
    public bool? Deletion { get; init; }

    /// <summary>Refuse force pushes.</summary>
    [Input("non_fast_forward")]
    public bool? NonFastForward { get; init; }

    /// <summary>Require a pull request, with reviews.</summary>
    [Input("pull_request")]
    public RulesetPullRequest? PullRequest { get; init; }

    /// <summary>Require status checks to pass.</summary>
    [Input("required_status_checks")]
    public RulesetRequiredStatusChecks? RequiredStatusChecks { get; init; }
}
