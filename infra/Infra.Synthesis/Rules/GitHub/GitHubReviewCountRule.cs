using Infra.Resources.GitHub;

namespace Infra.Rules;

/// <summary>GH-REVIEW-COUNT: Every branch ruleset requires pull requests with at least 2 approving reviews.</summary>
public sealed class GitHubReviewCountRule() : Rule(
    RuleId,
    "Every branch ruleset requires a pull request with at least 2 approving reviews.",
    "With two reviewers one compromised or careless account cannot merge a change alone.",
    checkovIds: ["CKV_GIT_5"])
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "GH-REVIEW-COUNT";

    /// <summary>The approving reviews checkov asks for.</summary>
    public const int RequiredReviews = 2;

    // Ported from checkov's BranchProtectionReviewNumTwo (CKV_GIT_5, Apache-2.0): required_approving_review_count of
    // the pull-request reviews must be 2 or more, and a missing block fails. checkov reads github_branch_protection;
    // this program protects branches with github_repository_ruleset only, so the same test reads the ruleset's
    // pull_request rule.
    /// <inheritdoc />
    public override IEnumerable<RuleFinding> Evaluate(RuleContext context) =>
        context.Stack.ResourcesOf<RepositoryRuleset>()
            .Where(r => r.Args.Target == "branch" && !(r.Args.Rules.PullRequest?.RequiredApprovingReviewCount >= RequiredReviews))
            .Select(r => Finding(r, $"ruleset {r.Args.Name} requires {r.Args.Rules.PullRequest?.RequiredApprovingReviewCount?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no"} approving review(s): set Rules.PullRequest.RequiredApprovingReviewCount to {RequiredReviews} or more, or suppress with the reason the approvals that matter come from elsewhere."));
}
