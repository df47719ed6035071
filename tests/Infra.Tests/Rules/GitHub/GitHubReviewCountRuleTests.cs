using Infra.Resources.GitHub;
using Infra.Rules;
using Infra.Tests.Components;

namespace Infra.Tests.Rules;

// The cases are checkov's own (Apache-2.0), rebuilt as rulesets (this program's branch protection):
// tests/terraform/checks/resource/github/example_BranchProtectionReviewNumTwo/main.tf with
// test_BranchProtectionReviewNumTwo.py ("fail" without a review count, "fail2" with 1: fail; "pass" with 2: pass).
public class GitHubReviewCountRuleTests
{
    [NonCompliant(GitHubReviewCountRule.RuleId)]
    [Test]
    public void ARulesetWithoutOrWithOneRequiredReviewFails()
    {
        var stack = TestStacks.Empty("prod");
        _ = Ruleset(stack, "fail", reviews: null);
        _ = Ruleset(stack, "fail2", reviews: 1);

        var findings = new GitHubReviewCountRule().Evaluate(stack).ToList();

        Assert.That(findings.Select(f => f.Resource!.Name), Is.EquivalentTo(new[] { "fail", "fail2" }));
        Assert.That(findings.Select(f => f.Message), Has.Some.Contains("requires no approving review(s)").And.Some.Contains("requires 1 approving review(s)"));
    }

    [Compliant(GitHubReviewCountRule.RuleId)]
    [Test]
    public void ARulesetRequiringTwoReviewsPasses()
    {
        var stack = TestStacks.Empty("prod");
        _ = Ruleset(stack, "pass", reviews: 2);

        Assert.That(new GitHubReviewCountRule().Evaluate(stack), Is.Empty);
    }

    [Test]
    public void TheRepositorysOneReviewIsAcceptedBecauseSitAndProdHaveTheirOwnChains()
    {
        var findings = RuleRunner.Run([new GitHubReviewCountRule()], RuleFixtures.PlatformStacks());

        Assert.That(findings.Select(f => f.Resource!.Name), Is.EqualTo(new[] { "github-repository-deploy-branches" }), "the one ruleset, in prod's bootstrap, requires one review");
        Assert.That(findings.Where(f => f.IsBlocking).Select(f => f.ToString()), Is.Empty, "it must carry a GH-REVIEW-COUNT suppression");
    }

    internal static RepositoryRuleset Ruleset(Infra.Model.Stack stack, string name, int? reviews = 1, bool? signatures = null) =>
        new(name, new RepositoryRulesetArgs
        {
            Name = name,
            Repository = "example",
            Target = "branch",
            Enforcement = "active",
            Conditions = new RulesetConditions { RefName = new RulesetRefName { Include = ["~DEFAULT_BRANCH"], Exclude = [] } },
            Rules = new RulesetRules
            {
                PullRequest = new RulesetPullRequest { DismissStaleReviewsOnPush = true, RequiredApprovingReviewCount = reviews },
                RequiredSignatures = signatures,
            },
        }, TestStacks.In(stack.Bootstrap));
}
