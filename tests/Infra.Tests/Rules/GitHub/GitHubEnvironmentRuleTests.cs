using Infra.Components;
using Infra.Model;
using Infra.Resources.GitHub;
using Infra.Rules;
using Infra.Tests.Components;
using Infra.Tests.Testing;

namespace Infra.Tests.Rules;

public class GitHubEnvironmentRuleTests
{
    [Test]
    [NonCompliant(GitHubEnvironmentRule.RuleId)]
    public void FailsOnASitEnvironmentAllowingSelfReviewAdminBypassAndAnyBranch()
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
    public void PassesOnAGuardedEnvironmentWithABranchPolicy()
    {
        var stack = TestStacks.Empty("sit");
        _ = ApprovalChainTests.Build(stack, gates: [[1]], reviewers: [2]);

        Assert.That(new GitHubEnvironmentRule().Evaluate(stack), Is.Empty);
    }

    [Test]
    public void DevNeedsNeitherTheReviewGuardsNorABranchPolicy()
    {
        var stack = TestStacks.Empty("dev");
        _ = new RepositoryEnvironment("dev", new RepositoryEnvironmentArgs { Repository = "r", Environment = "dev", PreventSelfReview = false, CanAdminsBypass = true }, TestStacks.In(stack.Bootstrap));

        Assert.That(new GitHubEnvironmentRule().Evaluate(stack), Is.Empty, "dev deploys on push with no reviewers");
    }

    [Test]
    [NonCompliant(GitHubEnvironmentRule.RuleId)]
    public void FailsWhenABranchPolicyAllowsABranchTheDeployRoleDoesNotTrust()
    {
        var stack = TestStacks.Empty("sit");
        _ = Chain(stack, "sit", branches: ["main", "release/*"]);
        _ = GithubActionsRoleTests.Build(stack, "repo:bigbeard/bbws-platform:environment:sit", [Pin("promote-sit.yml"), Pin("rollback.yml")]);

        var messages = new GitHubEnvironmentRule().Evaluate(stack).Select(f => f.Message).ToList();

        Assert.That(messages, Has.Count.EqualTo(2), "the gate and the environment each allow release/*: " + string.Join(" | ", messages));
        Assert.That(messages, Has.All.Contain("branch release/*").And.All.Contain("2-1-bbws-github-deploy-sit").And.All.Contain("refs/heads/main"), "the message must name the policy, the role and what the role trusts");
        Assert.That(messages, Has.Some.Contain("environment sit-approval-1").And.Some.Contain("environment sit "), "a gate's policy is judged against the role its chain ends in");
    }

    [Test]
    public void FailsWhenATagPolicyAllowsATagTheDeployRoleDoesNotTrust()
    {
        var stack = TestStacks.Empty("prod");
        _ = Chain(stack, "prod", branches: ["main"], tags: ["v*"]);
        _ = GithubActionsRoleTests.Build(stack, "repo:bigbeard/bbws-platform:environment:prod", [Pin("promote-prod.yml"), Pin("rollback.yml")]);

        var messages = new GitHubEnvironmentRule().Evaluate(stack).Select(f => f.Message).ToList();

        Assert.That(messages, Has.Count.EqualTo(2).And.All.Contain("tag v*"), "a tag the role's workflows never run from must not be allowed: " + string.Join(" | ", messages));
    }

    [Test]
    public void PassesWhenEveryBranchPolicyIsABranchTheDeployRoleTrusts()
    {
        var stack = TestStacks.Empty("sit");
        _ = Chain(stack, "sit", branches: ["main"]);
        _ = GithubActionsRoleTests.Build(stack, "repo:bigbeard/bbws-platform:environment:sit", [Pin("promote-sit.yml"), Pin("rollback.yml")]);

        Assert.That(new GitHubEnvironmentRule().Evaluate(stack).Select(f => f.Message), Is.Empty);
    }

    [Test]
    public void APolicyThePinnedBranchOnlyMatchesAsAPatternIsNotTrusted()
    {
        var stack = TestStacks.Empty("sit");
        _ = Chain(stack, "sit", branches: ["ma*"]);
        _ = GithubActionsRoleTests.Build(stack, "repo:bigbeard/bbws-platform:environment:sit", [Pin("promote-sit.yml")]);

        Assert.That(new GitHubEnvironmentRule().Evaluate(stack).Select(f => f.Message).ToList(), Has.Count.EqualTo(2).And.All.Contain("branch ma*"), "ma* also allows branches the role refuses (master, mallory)");
    }

    [TestCase("Pulumi.sit.yaml", "sit", "    - main\n", "    - main\n    - release/*\n", "branch release/*")]
    [TestCase("Pulumi.prod.yaml", "prod", "    - main\n", "    - main\n  bbws:deployTags:\n    - v*\n", "tag v*")]
    [TestCase("Pulumi.dev.yaml", "dev", "    - develop\n", "    - develop\n    - feature/*\n", "branch feature/*")]
    public void ReAddingADeploymentRefThePlatformTrustDoesNotPinFails(string file, string stackName, string oldText, string newText, string expected)
    {
        using var repo = TestRepository.CopyOfReal();
        repo.Replace(file, oldText, newText);

        var messages = new GitHubEnvironmentRule().Evaluate(StackHarness.Build(repo.Root, stackName)).Select(f => f.Message).ToList();

        Assert.That(messages, Has.Some.Contain(expected), $"{expected} lets a workflow on that ref pass {stackName}'s approvals although the deploy role refuses it");
    }

    [TestCase("dev")]
    [TestCase("sit")]
    [TestCase("prod")]
    public void ThePlatformEnvironmentsAllowOnlyRefsTheirDeployRoleTrusts(string stackName) =>
        Assert.That(new GitHubEnvironmentRule().Evaluate(StackHarness.Build(stackName)).Select(f => f.Message), Is.Empty);

    private static string Pin(string workflow) => $"bigbeard/bbws-platform/.github/workflows/{workflow}@refs/heads/main";

    private static ApprovalChain Chain(Stack stack, string environment, IReadOnlyList<string> branches, IReadOnlyList<string>? tags = null) =>
        new("github-environments", new ApprovalChainArgs
        {
            Repository = "bbws-platform",
            EnvironmentName = environment,
            GateReviewers = [[1]],
            Reviewers = [2],
            BranchPatterns = branches,
            TagPatterns = tags ?? [],
        }, TestStacks.In(stack.Bootstrap));
}
