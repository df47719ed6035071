using Infra.Model;

namespace Infra.Resources.GitHub;

/// <summary>The <c>pull_request</c> rule: changes arrive by reviewed pull request only.</summary>
public sealed record RulesetPullRequest
{
    /// <summary>Approving reviews needed before merge.</summary>
    [Input("required_approving_review_count")]
    public required int RequiredApprovingReviewCount { get; init; }

    /// <summary>A new push dismisses earlier approvals.</summary>
    [Input("dismiss_stale_reviews_on_push")]
    public bool? DismissStaleReviewsOnPush { get; init; }

    /// <summary>The last push must be approved by someone other than its author.</summary>
    [Input("require_last_push_approval")]
    public bool? RequireLastPushApproval { get; init; }

    /// <summary>Files with a CODEOWNERS entry need an owner's approval.</summary>
    [Input("require_code_owner_review")]
    public bool? RequireCodeOwnerReview { get; init; }

    /// <summary>Every review thread must be resolved.</summary>
    [Input("required_review_thread_resolution")]
    public bool? RequiredReviewThreadResolution { get; init; }
}
