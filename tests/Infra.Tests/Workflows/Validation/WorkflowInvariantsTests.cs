using Infra.Workflows.Definitions;
using Infra.Workflows.Model;
using Infra.Workflows.Targets;
using Infra.Workflows.Validation;
using Moq;
using static Infra.Tests.Workflows.GeneratedWorkflows;

namespace Infra.Tests.Workflows.Validation;

public class WorkflowInvariantsTests
{
    [Test]
    public void EnvironmentsExistFlagsAJobInAnEnvironmentNoStackCreates()
    {
        var broken = WithJob("promote-sit.yml", "sit-approval-1", j => j with { Environment = "staging" });

        Assert.That(WorkflowInvariants.EnvironmentsExist(broken, Context), Has.Some.Contains("'staging'"), "a missing environment is created unprotected on first use");
    }

    [Test]
    public void EveryGeneratedEnvironmentIsAStacksOrAGates()
    {
        Assert.That(WorkflowInvariants.EnvironmentsExist(All, Context), Is.Empty);
        Assert.That(All.SelectMany(w => w.Jobs).Select(j => j.Environment).OfType<string>().Distinct().Order(),
            Is.EqualTo(new[] { "dev", "prod", "prod-approval-1", "prod-approval-2", "sit", "sit-approval-1" }), "the workflows use every stack and gate environment and no other");
    }

    [Test]
    public void IdTokenWriteFlagsARoleAssumingJobWithoutIt()
    {
        var broken = WithJob(DeployDevWorkflow.FileName, "deploy", j => j with { Permissions = TokenPermissions.ContentsRead });

        Assert.That(WorkflowInvariants.AwsJobsHaveIdTokenWrite(broken, Context), Has.Some.Contains("job 'deploy'"));
    }

    [Test]
    public void EveryGeneratedAwsJobHasIdTokenWrite()
    {
        var awsJobs = All.SelectMany(w => w.Jobs).Where(WorkflowInvariants.IsAwsJob).ToList();

        Assert.That(awsJobs, Has.Count.EqualTo(1 + 2 + 2 + 1 + 3 + 3), "deploy, two promotions (a plan and an apply job each), the PR plan, three drift and three rollback jobs assume roles");
        Assert.That(WorkflowInvariants.AwsJobsHaveIdTokenWrite(All, Context), Is.Empty);
    }

    [Test]
    public void RoleRuleFlagsAnotherAccountAVersionOtherThanV6AndALiteralRoleInAnEnvironmentJob()
    {
        var dev = Context.Target("dev");
        Step Credentials(Job job) => job.Steps.Single(s => s.Uses == Actions.ConfigureAwsCredentials);
        Job Replace(Job job, Step step) => job with { Steps = [.. job.Steps.Select(s => s == Credentials(job) ? step : s)] };

        var otherAccount = WithJob(DeployDevWorkflow.FileName, "deploy", j => Replace(j, Credentials(j) with { With = new Dictionary<string, string>(Credentials(j).With) { ["allowed-account-ids"] = Context.Target("prod").AccountId } }));
        var oldVersion = WithJob(DeployDevWorkflow.FileName, "deploy", j => Replace(j, Credentials(j) with { Uses = "aws-actions/configure-aws-credentials@v4" }));
        var literalRole = WithJob(DeployDevWorkflow.FileName, "deploy", j => Replace(j, Credentials(j) with { With = new Dictionary<string, string>(Credentials(j).With) { ["role-to-assume"] = dev.DriftRoleArn } }));

        Assert.That(WorkflowInvariants.AwsJobsAssumeTheStacksRole(otherAccount, Context), Is.Not.Empty, "a dev job must not be allowed into the prod account");
        Assert.That(WorkflowInvariants.AwsJobsAssumeTheStacksRole(oldVersion, Context), Has.Some.Contains("@v4"));
        Assert.That(WorkflowInvariants.AwsJobsAssumeTheStacksRole(literalRole, Context), Has.Some.Contains("vars.AWS_DEPLOY_ROLE_ARN"));
    }

    [Test]
    public void EveryGeneratedCredentialStepNamesItsStacksAccountAndRole()
    {
        var plan = File(PrPreviewWorkflow.FileName).Job("plan-dev").Steps.Single(s => s.Uses == Actions.ConfigureAwsCredentials);
        var dev = Infra.Tests.Testing.StackHarness.Build("dev");
        var planRole = ((Infra.Components.GithubActionsRole)dev.Bootstrap.Find("github-plan")!).Role.Args.Name;

        Assert.That(WorkflowInvariants.AwsJobsAssumeTheStacksRole(All, Context), Is.Empty);
        Assert.That(plan.With["role-to-assume"], Is.EqualTo($"arn:aws:iam::{dev.AccountId}:role/{planRole}"), "the plan role's ARN comes from the dev stack's own role");
        Assert.That(plan.With["allowed-account-ids"], Is.EqualTo(dev.AccountId));
    }

    [Test]
    public void InfraOnlyRuleFlagsAnAwsOrTerraformCommandInARoleAssumingJob()
    {
        var aws = WithStep(DeployDevWorkflow.FileName, "deploy", new Step { Name = "sneak", Run = "aws s3 ls" });
        var terraform = WithStep("promote-prod.yml", "apply", new Step { Name = "sneak", Run = "cd stacks/prod/terraform && terraform apply -auto-approve" });

        Assert.That(WorkflowInvariants.AwsReachedOnlyThroughInfra(aws, Context), Has.Some.Contains("'aws s3'"));
        Assert.That(WorkflowInvariants.AwsReachedOnlyThroughInfra(terraform, Context), Has.Some.Contains("'terraform apply'"));
    }

    [Test]
    public void GeneratedAwsJobsReachAwsOnlyThroughInfraVerbs() =>
        Assert.That(WorkflowInvariants.AwsReachedOnlyThroughInfra(All, Context), Is.Empty);

    [Test]
    public void ConcurrencyRuleFlagsADeployJobOutsideItsStacksGroupOrCancelling()
    {
        var none = WithJob("promote-prod.yml", "apply", j => j with { Concurrency = null });
        var cancelling = WithJob("promote-prod.yml", "apply", j => j with { Concurrency = new Concurrency("infra-prod", CancelInProgress: true) });

        Assert.That(WorkflowInvariants.OneConcurrencyGroupPerStack(none, Context), Has.Some.Contains("infra-prod"));
        Assert.That(WorkflowInvariants.OneConcurrencyGroupPerStack(cancelling, Context), Has.Some.Contains("cancel-in-progress: true"));
    }

    [Test]
    public void ConcurrencyRuleFlagsADriftJobOutsideItsStacksGroupAndAPullRequestPlanInsideOne()
    {
        var driftAlone = WithJob(DriftWorkflow.FileName, "drift-prod", j => j with { Concurrency = null });
        var driftInAnotherGroup = WithJob(DriftWorkflow.FileName, "drift-prod", j => j with { Concurrency = Steps.StackGroup("dev") });
        var planQueued = WithJob(PrPreviewWorkflow.FileName, "plan-dev", j => j with { Concurrency = Steps.StackGroup("dev") });

        Assert.That(WorkflowInvariants.OneConcurrencyGroupPerStack(driftAlone, Context), Has.Some.Contains("job 'drift-prod' plans prod through its drift role").And.Some.Contains("'infra-prod'"), "a drift plan outside the stack's group reports a running deploy as drift");
        Assert.That(WorkflowInvariants.OneConcurrencyGroupPerStack(driftInAnotherGroup, Context), Has.Some.Contains("job 'drift-prod' joins stack group 'infra-dev'"), "a drift job may only queue in its own stack's group");
        Assert.That(WorkflowInvariants.OneConcurrencyGroupPerStack(planQueued, Context), Has.Some.Contains("job 'plan-dev' joins stack group 'infra-dev'"), "a pull-request plan in the deploy group would cancel a pending deploy");
    }

    [Test]
    public void EveryJobThatChangesOrJudgesAStackQueuesInThatStacksOneGroup()
    {
        // The lock-file refresh touches no stack: its own group only keeps two refreshes from pushing over each other.
        var groups = All.SelectMany(w => w.Jobs).Where(j => j.Concurrency is not null && j.Concurrency.Group != "refresh-lock-files").GroupBy(j => j.Concurrency!.Group).ToDictionary(g => g.Key, g => g.ToList());

        Assert.That(WorkflowInvariants.OneConcurrencyGroupPerStack(All, Context), Is.Empty);
        Assert.That(groups.Keys.Order(StringComparer.Ordinal), Is.EqualTo(new[] { "infra-dev", "infra-prod", "infra-sit" }), "one group per stack across all workflows, and no other group but the lock-file refresh's");
        Assert.That(groups.Values.SelectMany(g => g).Select(j => j.Concurrency!.CancelInProgress), Is.All.False);
        Assert.That(groups.Values.Select(g => g.Count(j => j.Id.StartsWith("drift-", StringComparison.Ordinal))), Is.All.EqualTo(1), "each stack's drift job queues with its deploys");
    }

    [Test]
    public void NoDestroyFlagsTerraformAndPulumiDestroy()
    {
        var terraform = WithStep("rollback.yml", "rollback-prod", new Step { Name = "x", Run = "terraform -chdir=stacks/prod/terraform destroy -auto-approve" });
        var pulumi = WithStep("rollback.yml", "rollback-prod", new Step { Name = "x", Run = "pulumi destroy --stack prod --yes" });

        Assert.That(WorkflowInvariants.NoDestroy(terraform, Context), Is.Not.Empty, "terraform destroy against prod must be refused");
        Assert.That(WorkflowInvariants.NoDestroy(pulumi, Context), Is.Not.Empty, "pulumi destroy against prod must be refused");
    }

    [Test]
    public void NoGeneratedStepDestroys() => Assert.That(WorkflowInvariants.NoDestroy(All, Context), Is.Empty);

    [Test]
    public void PinningRuleFlagsAnActionOnABranch()
    {
        var broken = WithJob(DeployDevWorkflow.FileName, "test", j => j with { Steps = [.. j.Steps.Select(s => s.Uses == Actions.Checkout ? s with { Uses = "actions/checkout@main" } : s)] });

        Assert.That(WorkflowInvariants.ActionsPinned(broken, Context), Has.Some.Contains("actions/checkout@main"));
    }

    [Test]
    public void EveryGeneratedActionIsPinned() => Assert.That(WorkflowInvariants.ActionsPinned(All, Context), Is.Empty);

    [Test]
    public void SecretsRuleFlagsASecretInAScriptAndAnEchoedToken()
    {
        var inline = WithStep(DeployDevWorkflow.FileName, "test", new Step { Name = "x", Run = "curl -H \"Authorization: ${{ secrets.API_KEY }}\" example.invalid" });
        var echoed = WithStep(DeployDevWorkflow.FileName, "test", new Step { Name = "x", Env = new Dictionary<string, string> { ["GITHUB_TOKEN"] = "${{ github.token }}" }, Run = "echo \"$GITHUB_TOKEN\"" });

        Assert.That(WorkflowInvariants.SecretsNeverEchoed(inline, Context), Is.Not.Empty, "a secret written into a script lands in logs and process lists");
        Assert.That(WorkflowInvariants.SecretsNeverEchoed(echoed, Context), Has.Some.Contains("GITHUB_TOKEN"));
    }

    [Test]
    public void NoGeneratedStepEchoesASecret() => Assert.That(WorkflowInvariants.SecretsNeverEchoed(All, Context), Is.Empty);

    [Test]
    public void ValidatorRefusesWithExitTwoListingEveryProblem()
    {
        var broken = WithJob(DeployDevWorkflow.FileName, "deploy", j => j with { Permissions = TokenPermissions.ContentsRead, Environment = "dev2" });

        var e = Assert.Throws<Infra.InfraException>(() => WorkflowValidator.Validate(broken, Context));

        Assert.That(e!.ExitCode, Is.EqualTo(Infra.ExitCodes.BadInput));
        Assert.That(e.Message, Does.Contain("id-token: write").And.Contain("'dev2'").And.Contain("nothing was written"));
    }

    [Test]
    public void EveryRuleIsRegistered() =>
        Assert.That(WorkflowInvariants.All.Select(r => r.Name).ToList(), Has.Count.EqualTo(9), "a rule not in WorkflowInvariants.All never runs");

    [Test]
    public void ContextRefusesAChainNamingAnUnknownStack()
    {
        var gates = new Mock<IGateEnvironments>();
        gates.Setup(g => g.Chains).Returns([new PromotionChain("dev", null, []), new PromotionChain("sit", "dev", ["sit-approval-1"]), new PromotionChain("staging", "sit", [])]);

        var e = Assert.Throws<Infra.InfraException>(() => new WorkflowContext(Context.App, Context.Targets, gates.Object));

        Assert.That(e!.Message, Does.Contain("'staging'"));
    }

    [Test]
    public void PromotionRuleFlagsACommitReadBeforeVerificationACommitCheckedOutAsTheToolAndAnApplyThatNeedsNoVerifiedJob()
    {
        const string Commit = "${{ inputs.commit }}";
        var unverified = WithJob("promote-sit.yml", "plan", j => j with { Steps = [.. j.Steps.Where(s => s.Run?.Contains("promote verify", StringComparison.Ordinal) != true)] });
        var late = WithJob("promote-sit.yml", "plan", j =>
        {
            var verify = j.Steps.Single(s => s.Run?.Contains("promote verify", StringComparison.Ordinal) == true);
            return j with { Steps = [.. j.Steps.Where(s => s != verify), verify] };
        });
        var asTool = WithJob("promote-prod.yml", "apply", j => j with
        {
            Steps = [.. j.Steps.Select(s => s.Uses == Actions.Checkout && s.With.GetValueOrDefault("ref") == Commit ? s with { With = new Dictionary<string, string> { ["ref"] = Commit } } : s)],
        });
        var unchained = WithJob("promote-prod.yml", "apply", j => j with { Needs = [] });

        Assert.That(WorkflowInvariants.PromotionsVerifyBeforeReadingTheCommit(All, Context), Is.Empty, "the generated promotions verify first");
        Assert.That(WorkflowInvariants.PromotionsVerifyBeforeReadingTheCommit(unverified, Context), Has.Some.Contains("job 'plan'").And.Some.Contains("promote verify"), "a plan job without the verification must be refused");
        Assert.That(WorkflowInvariants.PromotionsVerifyBeforeReadingTheCommit(late, Context), Has.Some.Contains("job 'plan'"), "a verification after the commit's checkout must be refused");
        Assert.That(WorkflowInvariants.PromotionsVerifyBeforeReadingTheCommit(asTool, Context), Has.Some.Contains("'path'"), "the commit checked out as the workspace must be refused");
        Assert.That(WorkflowInvariants.PromotionsVerifyBeforeReadingTheCommit(unchained, Context), Has.Some.Contains("job 'apply'"), "an apply job that needs no verified job must be refused");
    }
}
