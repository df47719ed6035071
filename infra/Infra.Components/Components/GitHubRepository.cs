using Infra.Model;
using Infra.Resources.GitHub;

namespace Infra.Components;

/// <summary>
/// The repository that holds this code, adopted (never created: it holds the code that would create it) and never
/// deleted (<c>archive_on_destroy</c>, protected), and a ruleset on the branches that deploy to dev on push: a
/// reviewed pull request (the one approval of a dev deployment), the CI check, signed commits, no force push, no
/// deletion, no bypass.
/// </summary>
public sealed class GitHubRepository : ComponentResource
{
    /// <summary>Builds the repository and its ruleset; throws when no approval or no check would be required.</summary>
    public GitHubRepository(string name, GitHubRepositoryArgs args, ResourceOptions? options = null)
        : base("bbws:github:Repository", name, options)
    {
        if (args.RequiredApprovals < 1 || args.RequiredApprovals > 10)
        {
            throw new ArgumentException($"RequiredApprovals is {args.RequiredApprovals}: a pull request to a deploying branch needs 1 to 10 approving reviews (1 is dev's approval).", nameof(args));
        }

        if (string.IsNullOrWhiteSpace(args.RequiredCheck))
        {
            throw new ArgumentException("RequiredCheck is empty: name the CI job every pull request must pass (config bbws:requiredCheck).", nameof(args));
        }

        Repository = new Repository(name, new RepositoryArgs
        {
            Name = args.Name,
            Description = args.Description,
            Visibility = args.Visibility,
            Topics = args.Topics.Count == 0 ? null : [.. args.Topics.Order(StringComparer.Ordinal)],
            HasIssues = true,
            HasWiki = false,
            HasProjects = false,
            AllowMergeCommit = false,
            AllowSquashMerge = true,
            AllowRebaseMerge = false,
            AllowAutoMerge = false,
            DeleteBranchOnMerge = true,
            ArchiveOnDestroy = true,
            VulnerabilityAlerts = true,
        }, ChildOptions(protect: true) with { ImportId = args.Name });
        Ruleset = new RepositoryRuleset($"{name}-deploy-branches", new RepositoryRulesetArgs
        {
            Name = "deploy-branches",
            Repository = Repository.RepositoryName,
            Target = "branch",
            Enforcement = "active",
            Conditions = new RulesetConditions { RefName = new RulesetRefName { Include = args.ProtectedRefs, Exclude = [] } },
            Rules = new RulesetRules
            {
                Deletion = true,
                NonFastForward = true,

                // Every commit lands by squash merge (merge commits and rebase are off), and GitHub signs the commit a
                // squash merge makes, from the web interface or an App's API call alike; a direct push is refused
                // anyway by the pull-request rule.
                RequiredSignatures = true,
                PullRequest = new RulesetPullRequest
                {
                    RequiredApprovingReviewCount = args.RequiredApprovals,
                    DismissStaleReviewsOnPush = true,
                    RequireLastPushApproval = true,
                    RequireCodeOwnerReview = true,
                    RequiredReviewThreadResolution = true,
                },
                RequiredStatusChecks = new RulesetRequiredStatusChecks
                {
                    RequiredChecks = [new RulesetRequiredCheck { Context = args.RequiredCheck }],
                    Strict = true,
                },
            },
        }, ChildOptions() with { Suppressions = args.RulesetSuppressions });
    }

    /// <summary>The adopted repository.</summary>
    public Repository Repository { get; }

    /// <summary>The ruleset on the deploying branches.</summary>
    public RepositoryRuleset Ruleset { get; }
}
