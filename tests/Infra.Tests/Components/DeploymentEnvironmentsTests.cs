using Infra.App;
using Infra.Cli;
using Infra.Components;
using Infra.Configuration;
using Infra.Model;
using Infra.Resources.Aws;
using Infra.Resources.GitHub;
using Infra.Tests.Testing;

namespace Infra.Tests.Components;

public class DeploymentEnvironmentsTests
{
    [TestCase("dev", new[] { "dev" }, new[] { "dev" })]
    [TestCase("sit", new[] { "sit-approval-1", "sit" }, new[] { "sit-approval-1", "sit" })]
    [TestCase("prod", new[] { "prod-approval-1", "prod-approval-2", "prod" }, new[] { "prod-approval-1", "prod" })]
    public void ListsTheEnvironmentsAPromotionAndARollbackPassInOrder(string stack, string[] promotion, string[] rollback)
    {
        var environments = DeploymentEnvironments.For(ProjectConfig.Load(RepositoryFiles.Root).Stack(stack));

        Assert.Multiple(() =>
        {
            Assert.That(environments.Promotion, Is.EqualTo(promotion), "promotion path");
            Assert.That(environments.Rollback, Is.EqualTo(rollback), "rollback path (2 approvals in sit and prod)");
        });
    }

    [TestCase("dev")]
    [TestCase("sit")]
    [TestCase("prod")]
    public void EveryEnvironmentAWorkflowNamesExistsInTheStacksBootstrapAndNowhereElse(string stackName)
    {
        var stack = StackHarness.Build(stackName);
        var environments = DeploymentEnvironments.For(stack.Config);

        Assert.Multiple(() =>
        {
            Assert.That(stack.Bootstrap.CustomResources.OfType<RepositoryEnvironment>().Select(e => e.Args.Environment), Is.EquivalentTo(environments.All));
            Assert.That(stack.Main.CustomResources.Where(r => r.Package == "github"), Is.Empty, "CI applies the main root and must never plan GitHub settings");
        });
    }

    [Test]
    public void TheRepositoryAndItsRulesetLiveInProdsBootstrapOnly()
    {
        var holders = new[] { "dev", "sit", "prod" }
            .Where(s => StackHarness.Build(s).AllResources().Any(r => r is Repository or RepositoryRuleset))
            .ToList();

        Assert.That(holders, Is.EqualTo(new[] { PlatformProgram.RepositoryStack }), "exactly one stack may own the repository");
    }

    [Test]
    public void TheDeployEnvironmentCarriesTheStacksAccountRegionAndItsDeployRoleArn()
    {
        var stack = StackHarness.Build("sit");
        var variables = stack.Bootstrap.CustomResources.OfType<ActionsEnvironmentVariable>().ToDictionary(v => v.Args.VariableName);
        var role = (IamRole)stack.Bootstrap.Find("github-deploy-role")!;

        Assert.Multiple(() =>
        {
            Assert.That(variables.Keys, Is.EquivalentTo(new[] { "AWS_ACCOUNT_ID", "AWS_REGION", "AWS_DEPLOY_ROLE_ARN" }), "no AWS secret at all: OIDC");
            Assert.That(variables["AWS_ACCOUNT_ID"].Args.Value.Value, Is.EqualTo(stack.AccountId));
            Assert.That(variables["AWS_REGION"].Args.Value.Value, Is.EqualTo(stack.Region));
            Assert.That(variables["AWS_DEPLOY_ROLE_ARN"].Args.Value.Output!.Expression, Is.EqualTo(role.Arn.Expression), "the ARN must be the deploy role's own output");
        });
    }

    [Test]
    public void RenamingTheEnvironmentMovesTheRoleTrustTheEnvironmentsAndTheWorkflowPathsTogether()
    {
        using var repo = TestRepository.CopyOfReal();
        repo.Replace("Pulumi.sit.yaml", "  bbws:approvals: 2", "  bbws:approvals: 2\n  bbws:githubEnvironment: staging");

        var stack = StackHarness.Build(repo.Root, "sit");

        var role = (IamRole)stack.Bootstrap.Find("github-deploy-role")!;
        var subject = role.Args.AssumeRolePolicy.Statements.SelectMany(s => s.Conditions).Single(c => c.Variable.EndsWith(":sub", StringComparison.Ordinal)).Values.Single();
        var environments = stack.Bootstrap.CustomResources.OfType<RepositoryEnvironment>().Select(e => e.Args.Environment);
        var roleArnEnvironment = stack.Bootstrap.CustomResources.OfType<ActionsEnvironmentVariable>().Single(v => v.Args.VariableName == "AWS_DEPLOY_ROLE_ARN").Args.Environment.Output!.Expression;
        Assert.Multiple(() =>
        {
            Assert.That(subject, Does.EndWith(":environment:staging"), "the role must trust the renamed environment");
            Assert.That(environments, Is.EquivalentTo(new[] { "staging-approval-1", "staging" }), "the environments must be renamed");
            Assert.That(((RepositoryEnvironment)((AttributeReference)roleArnEnvironment).Resource).Args.Environment, Is.EqualTo("staging"), "the role ARN must be a variable of the renamed environment");
            Assert.That(DeploymentEnvironments.For(stack.Config).Promotion, Is.EqualTo(new[] { "staging-approval-1", "staging" }), "workflows must name the renamed environments");
        });
    }

    [TestCase("Pulumi.sit.yaml", "  bbws:environmentReviewers:\n    - \"1000201\"\n    - \"1000202\"\n", "", "'bbws:environmentReviewers' is missing")]
    [TestCase("Pulumi.prod.yaml", "    - \"1000501\"\n", "    - \"1000501\"\n    - \"11\"\n    - \"12\"\n    - \"13\"\n    - \"14\"\n    - \"15\"\n", "at most 6")]
    [TestCase("Pulumi.prod.yaml", "    - \"1000501\"\n", "    - \"1000301\"\n", "user(s) 1000301 review both prod-approval-1 and prod")]
    [TestCase("Pulumi.sit.yaml", "  bbws:approvals: 2", "  bbws:approvals: 2\n  bbws:githubEnvironment: sit east", "not a usable GitHub environment name")]
    [TestCase("Pulumi.sit.yaml", "    - \"1000101\"", "    - \"octocat\"", "not a GitHub user id")]
    public void BadReviewerOrEnvironmentConfigExits2AndWritesNothing(string file, string oldText, string newText, string expected)
    {
        using var repo = TestRepository.CopyOfReal();
        Assert.That(InfraCli.Run(Testing.TestApp.Platform, ["synth", "--root", repo.Root], new StringWriter(), new StringWriter(), TestClock.On()), Is.EqualTo(ExitCodes.Ok), "test setup: the first synth must pass");
        var stacks = repo.Snapshot("stacks");
        var github = repo.Snapshot(".github");
        repo.Replace(file, oldText, newText);
        var error = new StringWriter();

        var exit = InfraCli.Run(Testing.TestApp.Platform, ["synth", "--root", repo.Root], new StringWriter(), error, TestClock.On());

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.BadInput), error.ToString());
            Assert.That(error.ToString(), Does.Contain(expected), "the message must say what is wrong");
            Assert.That(repo.Snapshot("stacks"), Is.EqualTo(stacks), "nothing under stacks/ may change");
            Assert.That(repo.Snapshot(".github"), Is.EqualTo(github), "nothing under .github/ may change");
        });
    }
}
