using Infra.App;
using Infra.Components;
using Infra.Tests.Testing;

namespace Infra.Tests.App;

public class GithubDeployRoleTests
{
    private const string Issuer = GithubActionsRole.TokenIssuer;
    private const string Repository = "bigbeard/bbws-platform/.github/workflows/";

    [TestCase("dev", new[] { "deploy-dev.yml@refs/heads/develop", "deploy-dev.yml@refs/heads/main", "rollback.yml@refs/heads/main" })]
    [TestCase("sit", new[] { "promote-sit.yml@refs/heads/main", "rollback.yml@refs/heads/main" })]
    [TestCase("prod", new[] { "promote-prod.yml@refs/heads/main", "rollback.yml@refs/heads/main" })]
    public void EachDeployRoleTrustsOnlyTheWorkflowsThatDeployItsStackOnTheirBranches(string stackName, string[] workflows)
    {
        var role = (GithubActionsRole)StackHarness.Build(stackName).Bootstrap.Find("github-deploy")!;
        var conditions = role.Role.Args.AssumeRolePolicy.Statements.Single().Conditions;

        Assert.That(conditions.Select(c => (c.Test, c.Variable, string.Join(",", c.Values))), Is.EquivalentTo(new[]
        {
            ("StringEquals", $"{Issuer}:aud", "sts.amazonaws.com"),
            ("StringEquals", $"{Issuer}:sub", $"repo:bigbeard/bbws-platform:environment:{stackName}"),
            ("StringEquals", $"{Issuer}:job_workflow_ref", string.Join(",", workflows.Select(w => Repository + w))),
        }), "the environment claim alone admits any workflow on any ref the environment allows: the trust pins the workflows that deploy the stack");
    }

    [Test]
    public void ThePlanRoleTrustsOnlyThePreviewWorkflowOfAPullRequest()
    {
        var role = (GithubActionsRole)StackHarness.Build(PlatformProgram.DevStack).Bootstrap.Find("github-plan")!;
        var conditions = role.Role.Args.AssumeRolePolicy.Statements.Single().Conditions;

        Assert.That(conditions.Select(c => (c.Test, c.Variable, string.Join(",", c.Values))), Is.EquivalentTo(new[]
        {
            ("StringEquals", $"{Issuer}:aud", "sts.amazonaws.com"),
            ("StringEquals", $"{Issuer}:sub", "repo:bigbeard/bbws-platform:pull_request"),
            ("StringLike", $"{Issuer}:job_workflow_ref", Repository + "pr-preview.yml@refs/pull/*/merge"),
        }), "a pull request's ref is refs/pull/<number>/merge: only the number is a wildcard");
    }

    [TestCase("sit")]
    [TestCase("prod")]
    public void EachPromotedStacksPlanRoleTrustsOnlyThePlanJobOfItsPromotionOnMain(string stackName)
    {
        var role = (GithubActionsRole)StackHarness.Build(stackName).Bootstrap.Find(PlatformProgram.PromotePlanRole)!;
        var conditions = role.Role.Args.AssumeRolePolicy.Statements.Single().Conditions;

        Assert.That(conditions.Select(c => (c.Test, c.Variable, string.Join(",", c.Values))), Is.EquivalentTo(new[]
        {
            ("StringEquals", $"{Issuer}:aud", "sts.amazonaws.com"),
            ("StringEquals", $"{Issuer}:sub", "repo:bigbeard/bbws-platform:ref:refs/heads/main"),
            ("StringEquals", $"{Issuer}:job_workflow_ref", Repository + $"promote-{stackName}.yml@refs/heads/main"),
        }), "the plan job runs in no environment: main's subject, pinned to the stack's promotion workflow on main");
    }

    [Test]
    public void TheFirstStackHasNoPromotionPlanRole()
    {
        Assert.That(StackHarness.Build(PlatformProgram.DevStack).Bootstrap.Find(PlatformProgram.PromotePlanRole), Is.Null, "dev is deployed on push, planned and applied in one job: it has no promotion to plan for");
    }
}
