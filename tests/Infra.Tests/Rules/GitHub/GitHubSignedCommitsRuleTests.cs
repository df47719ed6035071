using Infra.Rules;
using Infra.Tests.Components;

namespace Infra.Tests.Rules;

// The cases are checkov's own (Apache-2.0), rebuilt as rulesets (this program's branch protection):
// tests/terraform/checks/resource/github/example_BranchProtectionRequireSignedCommits/main.tf with
// test_BranchProtectionRequiredSignedCommits.py ("fail" without require_signed_commits, "fail2" with false: fail;
// "pass" with true: pass).
public class GitHubSignedCommitsRuleTests
{
    [NonCompliant(GitHubSignedCommitsRule.RuleId)]
    [Test]
    public void ARulesetWithoutOrWithFalseSignaturesFails()
    {
        var stack = TestStacks.Empty("prod");
        _ = GitHubReviewCountRuleTests.Ruleset(stack, "fail", signatures: null);
        _ = GitHubReviewCountRuleTests.Ruleset(stack, "fail2", signatures: false);

        var findings = new GitHubSignedCommitsRule().Evaluate(stack).ToList();

        Assert.That(findings.Select(f => f.Resource!.Name), Is.EquivalentTo(new[] { "fail", "fail2" }));
        Assert.That(findings[0].Message, Does.Contain("does not require signed commits"));
    }

    [Compliant(GitHubSignedCommitsRule.RuleId)]
    [Test]
    public void ARulesetRequiringSignaturesPasses()
    {
        var stack = TestStacks.Empty("prod");
        _ = GitHubReviewCountRuleTests.Ruleset(stack, "pass", signatures: true);

        Assert.That(new GitHubSignedCommitsRule().Evaluate(stack), Is.Empty);
    }

    [Test]
    public void TheRepositorysRulesetRequiresSignedCommits()
    {
        Assert.That(RuleFixtures.PlatformStacks().SelectMany(new GitHubSignedCommitsRule().Evaluate).Select(f => f.ToString()), Is.Empty, "the deploy-branches ruleset must require signed commits, not suppress it");
    }
}
