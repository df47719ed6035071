using Infra.Components;
using Infra.Model;

namespace Infra.Tests.Components;

public class GitHubRepositoryTests
{
    [Test]
    public void ThrowsWhenAPullRequestWouldNeedNoApproval()
    {
        var error = Assert.Throws<ArgumentException>(() => Build(approvals: 0));

        Assert.That(error!.Message, Does.Contain("RequiredApprovals is 0"));
    }

    [Test]
    public void AdoptsTheExistingRepositoryAndNeverDeletesIt()
    {
        var repository = Build().Repository;

        Assert.Multiple(() =>
        {
            Assert.That(repository.Options.ImportId, Is.EqualTo("bbws-platform"), "the repository exists already: it is imported by name, never created");
            Assert.That(repository.Args.ArchiveOnDestroy, Is.True, "destroying the resource must archive, not delete, the repository");
            Assert.That(repository.Options.Protect && repository.Options.RetainOnDelete, Is.True, "the repository must be protected");
            Assert.That(repository.Args.VulnerabilityAlerts, Is.True);
            Assert.That(repository.Args.DeleteBranchOnMerge, Is.True);
        });
    }

    [Test]
    public void ProtectsTheDefaultBranchAndDevelopWithAReviewedCheckedPullRequest()
    {
        var ruleset = Build().Ruleset.Args;

        Assert.Multiple(() =>
        {
            Assert.That(ruleset.Conditions.RefName.Include, Is.EquivalentTo(new[] { "~DEFAULT_BRANCH", "refs/heads/develop" }), "both branches deploy to dev on push");
            Assert.That(ruleset.Rules.PullRequest!.RequiredApprovingReviewCount, Is.GreaterThanOrEqualTo(1));
            Assert.That(ruleset.Rules.PullRequest.RequireLastPushApproval & ruleset.Rules.PullRequest.DismissStaleReviewsOnPush, Is.True, "a push after approval must need a new approval");
            Assert.That(ruleset.Rules.RequiredStatusChecks!.RequiredChecks.Select(c => c.Context), Is.EqualTo(new[] { "ci" }));
            Assert.That(ruleset.Rules.NonFastForward & ruleset.Rules.Deletion, Is.True, "no force push, no deletion");
            Assert.That(ruleset.Enforcement, Is.EqualTo("active"));
        });
    }

    [Test]
    public void RequiresSignedCommitsOnTheDeployingBranches()
    {
        var built = Build();

        Assert.That(built.Ruleset.Args.Rules.RequiredSignatures, Is.True, "every commit on main and develop must be signed (GitHub signs its squash merges)");
        Assert.That(built.Repository.Args.AllowMergeCommit == false && built.Repository.Args.AllowRebaseMerge == false, Is.True, "only squash merges, which GitHub signs, may land: a rebase merge would carry the author's unsigned commits");
    }

    [Test]
    public void RulesetSuppressionsApplyToTheRulesetOnly()
    {
        var accepted = new Suppression("GH-REVIEW-COUNT", "one review is dev's approval in this test");
        var built = Build(suppressions: [accepted]);

        Assert.That(built.Ruleset.Options.Suppressions, Is.EqualTo(new[] { accepted }));
        Assert.That(built.Repository.EffectiveSuppressions, Is.Empty, "the repository's own findings stay reported");
    }

    private static GitHubRepository Build(int approvals = 1, IReadOnlyList<Suppression>? suppressions = null)
    {
        var stack = TestStacks.Empty("prod");
        return new GitHubRepository("github-repository", new GitHubRepositoryArgs
        {
            Name = "bbws-platform",
            Description = "test",
            RequiredCheck = "ci",
            RequiredApprovals = approvals,
            RulesetSuppressions = suppressions ?? [],
        }, TestStacks.In(stack.Bootstrap));
    }
}
