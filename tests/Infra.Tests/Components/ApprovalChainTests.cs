using Infra.Components;
using Infra.Model;
using Infra.Resources.GitHub;

namespace Infra.Tests.Components;

public class ApprovalChainTests
{
    [Test]
    public void ThrowsWhenAnEnvironmentListsMoreThan6Reviewers()
    {
        var error = Assert.Throws<ArgumentException>(() => Build(TestStacks.Empty("sit"), gates: [[1, 2, 3, 4, 5, 6, 7]], reviewers: [8]));

        Assert.That(error!.Message, Does.Contain("sit-approval-1").And.Contain("7 reviewers").And.Contain("at most 6"), "the message must name the environment, the count and the limit");
    }

    [Test]
    public void ThrowsWhenAReviewerIsInTwoSets()
    {
        var error = Assert.Throws<ArgumentException>(() => Build(TestStacks.Empty("prod"), gates: [[1, 2], [3, 4]], reviewers: [4, 5], environment: "prod"));

        Assert.That(error!.Message, Does.Contain("user(s) 4").And.Contain("prod-approval-2").And.Contain("prod"), "the message must name the reviewer and both sets");
    }

    [TestCase("prod east")]
    [TestCase("prod/eu")]
    [TestCase("prod:1")]
    [TestCase("")]
    public void ThrowsOnAnEnvironmentNameGitHubOrTheOIDCSubjectCannotCarry(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => Build(TestStacks.Empty("prod"), gates: [[1]], reviewers: [2], environment: name));

        Assert.That(error!.Message, Does.Contain("not a usable GitHub environment name"));
    }

    [Test]
    public void ThrowsWhenAGateHasNoReviewer()
    {
        var error = Assert.Throws<ArgumentException>(() => Build(TestStacks.Empty("sit"), gates: [[]], reviewers: [2]));

        Assert.That(error!.Message, Does.Contain("sit-approval-1 has no reviewers"));
    }

    [Test]
    public void ThrowsWhenGatesPrecedeAnEnvironmentWithoutReviewers()
    {
        var error = Assert.Throws<ArgumentException>(() => Build(TestStacks.Empty("sit"), gates: [[1]], reviewers: []));

        Assert.That(error!.Message, Does.Contain("no reviewers of its own"));
    }

    [Test]
    public void BuildsGatesInOrderThenTheEnvironmentEachGuardedWithVariablesOnlyOnTheEnvironment()
    {
        var stack = TestStacks.Empty("prod");

        var chain = Build(stack, gates: [[1, 2], [3]], reviewers: [4], environment: "prod", variables: true);

        var environments = TestStacks.All<RepositoryEnvironment>(stack);
        var variables = TestStacks.All<ActionsEnvironmentVariable>(stack);
        Assert.Multiple(() =>
        {
            Assert.That(chain.EnvironmentNames, Is.EqualTo(new[] { "prod-approval-1", "prod-approval-2", "prod" }), "a deployment passes the gates in order, then prod");
            Assert.That(chain.Approvals, Is.EqualTo(3), "three disjoint reviewer sets give three approvals");
            Assert.That(environments.All(e => e.Args.PreventSelfReview == true && e.Args.CanAdminsBypass == false), Is.True, "every environment must refuse self-review and admin bypass");
            Assert.That(environments.Select(e => e.Args.DeploymentBranchPolicy?.CustomBranchPolicies), Is.All.True, "every environment must restrict the refs that deploy");
            Assert.That(TestStacks.All<RepositoryEnvironmentDeploymentPolicy>(stack), Has.Count.EqualTo(3), "one policy per environment for branch main");
            Assert.That(variables.Select(v => ((AttributeReference)v.Args.Environment.Output!.Expression).Resource), Is.All.SameAs(chain.Target.Environment), "gates deploy nothing, so only the environment carries variables");
        });
    }

    internal static ApprovalChain Build(Stack stack, IReadOnlyList<IReadOnlyList<long>> gates, IReadOnlyList<long> reviewers, string environment = "sit", bool variables = false) =>
        new("github-environments", new ApprovalChainArgs
        {
            Repository = "bbws-platform",
            EnvironmentName = environment,
            GateReviewers = gates,
            Reviewers = reviewers,
            BranchPatterns = ["main"],
            Variables = variables ? new Dictionary<string, Input<string>> { ["AWS_REGION"] = "af-south-1" } : new Dictionary<string, Input<string>>(),
        }, TestStacks.In(stack.Bootstrap));
}
