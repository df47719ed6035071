using Infra.Rules;
using Infra.Synthesis;
using Infra.Tests.Components;
using Infra.Tests.Permissions;

namespace Infra.Tests.Rules;

public class GitHubApprovalsRuleTests
{
    [Test]
    [NonCompliant(GitHubApprovalsRule.RuleId)]
    public void FailsWhenAProdDeploymentNeedsFewerThan3Approvals()
    {
        var stack = TestStacks.Empty("prod");
        _ = ApprovalChainTests.Build(stack, gates: [[1]], reviewers: [2], environment: "prod");

        var message = new GitHubApprovalsRule().Evaluate(stack).Single().Message;

        Assert.That(message, Does.Contain("needs 2 approval(s), but prod requires 3"));
    }

    [Test]
    public void FailsWhenSitHasNoApprovalChainAtAll()
    {
        var stack = TestStacks.Empty("sit");

        Assert.That(new GitHubApprovalsRule().Evaluate(stack).Single().Message, Does.Contain("needs 2 approvals per deployment but has no approval chain"));
    }

    [Test]
    public void FailsWhenASitRollbackWouldNeedOneApproval()
    {
        var stack = TestStacks.Empty("sit");
        _ = ApprovalChainTests.Build(stack, gates: [], reviewers: [1]);

        var messages = new GitHubApprovalsRule().Evaluate(stack).Select(f => f.Message).ToList();

        Assert.That(messages, Has.Some.Contain("a rollback through [sit] needs 1 approval(s), but sit requires 2"));
    }

    [Test]
    [Compliant(GitHubApprovalsRule.RuleId)]
    public void PassesOnAChainOfDisjointReviewerSetsAsLongAsThePolicy()
    {
        var stack = TestStacks.Empty("prod");
        _ = ApprovalChainTests.Build(stack, gates: [[1], [2]], reviewers: [3], environment: "prod");

        Assert.That(new GitHubApprovalsRule().Evaluate(stack), Is.Empty);
    }

    [Test]
    public void DevNeedsNoEnvironmentReviewerBecauseItsApprovalIsThePullRequestReview()
    {
        var stack = TestStacks.Empty("dev");
        _ = ApprovalChainTests.Build(stack, gates: [], reviewers: [], environment: "dev");

        Assert.That(new GitHubApprovalsRule().Evaluate(stack), Is.Empty);
    }

    [Test]
    public void ThePlatformComplies()
    {
        var result = Synthesizer.Run(Testing.TestApp.Platform, RepositoryFiles.Root);

        // GH-REVIEW-COUNT's one finding is accepted with its reason (GitHubReviewCountRuleTests); no other GH- finding may exist.
        Assert.That(result.Findings.Where(f => f.RuleId.StartsWith("GH-", StringComparison.Ordinal) && f.RuleId != GitHubReviewCountRule.RuleId).Select(f => f.ToString()), Is.Empty);
        Assert.That(result.Findings.Where(f => f.RuleId.StartsWith("GH-", StringComparison.Ordinal)).Where(f => f.IsBlocking).Select(f => f.ToString()), Is.Empty);
    }

    [TestCase(typeof(GitHubApprovalsRule))]
    [TestCase(typeof(GitHubEnvironmentRule))]
    [TestCase(typeof(GitHubNamesRule))]
    [TestCase(typeof(GitHubSecretsRule))]
    [TestCase(typeof(GitHubChangeTicketRule))]
    public void IsRegistered(Type rule) => Assert.That(RuleRegistry.All.Select(r => r.GetType()), Does.Contain(rule), "a rule not in RuleRegistry never runs");
}
