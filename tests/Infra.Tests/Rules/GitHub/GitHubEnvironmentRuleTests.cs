using Infra.Resources.GitHub;
using Infra.Rules;
using Infra.Tests.Components;

namespace Infra.Tests.Rules;

public class GitHubEnvironmentRuleTests
{
    [Test]
    [NonCompliant(GitHubEnvironmentRule.RuleId)]
    public void Fails_on_a_sit_environment_allowing_self_review_admin_bypass_and_any_branch()
    {
        var stack = TestStacks.Empty("sit");
        _ = new RepositoryEnvironment("loose", new RepositoryEnvironmentArgs
        {
            Repository = "bbws-platform",
            Environment = "sit",
            PreventSelfReview = false,
            CanAdminsBypass = true,
        }, TestStacks.In(stack.Bootstrap));

        var messages = new GitHubEnvironmentRule().Evaluate(stack).Select(f => f.Message).ToList();

        Assert.That(messages, Has.Some.Contain("prevent_self_review = true").And.Some.Contain("can_admins_bypass = false").And.Some.Contain("no deployment branch policy"));
    }

    [Test]
    [Compliant(GitHubEnvironmentRule.RuleId)]
    public void Passes_on_a_guarded_environment_with_a_branch_policy()
    {
        var stack = TestStacks.Empty("sit");
        _ = ApprovalChainTests.Build(stack, gates: [[1]], reviewers: [2]);

        Assert.That(new GitHubEnvironmentRule().Evaluate(stack), Is.Empty);
    }

    [Test]
    public void Does_not_apply_to_dev()
    {
        var stack = TestStacks.Empty("dev");
        _ = new RepositoryEnvironment("dev", new RepositoryEnvironmentArgs { Repository = "r", Environment = "dev", PreventSelfReview = false, CanAdminsBypass = true }, TestStacks.In(stack.Bootstrap));

        Assert.That(new GitHubEnvironmentRule().Evaluate(stack), Is.Empty, "dev deploys on push with no reviewers");
    }
}
