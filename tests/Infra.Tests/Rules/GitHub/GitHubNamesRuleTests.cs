using Infra.Resources.GitHub;
using Infra.Rules;
using Infra.Tests.Components;

namespace Infra.Tests.Rules;

public class GitHubNamesRuleTests
{
    [Test]
    [NonCompliant(GitHubNamesRule.RuleId)]
    public void FailsWhenAnEnvironmentWorkflowsUseIsMissingOrMisspelled()
    {
        var stack = TestStacks.Empty("sit");
        _ = ApprovalChainTests.Build(stack, gates: [[1]], reviewers: [2], environment: "sit-typo");

        var messages = new GitHubNamesRule().Evaluate(stack).Select(f => f.Message).ToList();

        Assert.That(messages, Has.Some.Contain("environment 'sit-approval-1', which the stack does not create").And.Some.Contain("'sit',"));
    }

    [Test]
    public void FailsWhenTheDeployRoleTrustsAnEnvironmentTheStackLacks()
    {
        var stack = TestStacks.Empty("dev");
        _ = ApprovalChainTests.Build(stack, gates: [], reviewers: [], environment: "dev");
        _ = GithubActionsRoleTests.Build(stack, "repo:bigbeard/bbws-platform:environment:develop");

        Assert.That(new GitHubNamesRule().Evaluate(stack).Single().Message, Does.Contain("trusts environment 'develop'"));
    }

    [Test]
    [Compliant(GitHubNamesRule.RuleId)]
    public void PassesWhenEveryNamedEnvironmentExists()
    {
        var stack = TestStacks.Empty("sit");
        _ = ApprovalChainTests.Build(stack, gates: [[1]], reviewers: [2]);
        _ = GithubActionsRoleTests.Build(stack, "repo:bigbeard/bbws-platform:environment:sit");

        Assert.That(new GitHubNamesRule().Evaluate(stack), Is.Empty);
    }

    [Test]
    public void FailsOnAnEnvironmentNameWithASpace()
    {
        var stack = TestStacks.Empty("dev");
        _ = ApprovalChainTests.Build(stack, gates: [], reviewers: [], environment: "dev");
        _ = new RepositoryEnvironment("odd", new RepositoryEnvironmentArgs { Repository = "r", Environment = "dev east", PreventSelfReview = true, CanAdminsBypass = false }, TestStacks.In(stack.Bootstrap));

        Assert.That(new GitHubNamesRule().Evaluate(stack).Single().Message, Does.Contain("'dev east' is not a usable environment name"));
    }
}
