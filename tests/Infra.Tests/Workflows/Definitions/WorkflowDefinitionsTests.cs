using Infra.Tests.Testing;
using Infra.Workflows.Definitions;
using Infra.Workflows.Model;
using static Infra.Tests.Workflows.GeneratedWorkflows;

namespace Infra.Tests.Workflows.Definitions;

public class WorkflowDefinitionsTests
{
    [Test]
    public void PromotingToProdPassesTheTicketCheckThenThePlanThenBothGatesThenTheApplyInOrder()
    {
        var prod = File("promote-prod.yml");

        Assert.That(prod.Job("plan").Needs, Is.EqualTo(new[] { "change-ticket" }), "the plan is made only once the ticket is valid");
        Assert.That(prod.Job("prod-approval-1").Needs, Is.EqualTo(new[] { "plan" }), "approvers are asked only once the plan is in the summary");
        Assert.That(prod.Job("prod-approval-2").Needs, Is.EqualTo(new[] { "prod-approval-1" }));
        Assert.That(prod.Job("apply").Needs, Is.EqualTo(new[] { "prod-approval-2", "plan" }), "the apply follows the last approval and reads the plan job's outputs");
        Assert.That(prod.Job("apply").Environment, Is.EqualTo("prod"));
        Assert.That(prod.Job("plan").Environment, Is.Null, "the plan job runs before any approval, so in no environment");
        Assert.That(prod.On.Dispatch!.Single(i => i.Name == "change-ticket").Required, Is.True);
        Assert.That(prod.Job("change-ticket").Steps[0].Env["PATTERN"], Is.EqualTo($"^({Context.Target("prod").ChangeTicketPattern})$"), "the ticket is checked against the configured pattern");
    }

    [TestCase("promote-sit.yml", "sit")]
    [TestCase("promote-prod.yml", "prod")]
    public void ThePlanJobVerifiesWithTheWorkflowRefsCodeBeforeReadingTheCommitOrAssumingARole(string fileName, string stack)
    {
        var steps = File(fileName).Job("plan").Steps.ToList();
        var verify = steps.FindIndex(s => s.Run?.Contains($"promote verify --to {stack} --commit", StringComparison.Ordinal) == true);
        var firstCheckout = steps.FindIndex(s => s.Uses == Actions.Checkout);
        var commitCheckout = steps.FindIndex(s => s.Uses == Actions.Checkout && s.With.GetValueOrDefault("ref") == "${{ inputs.commit }}");
        var credentials = steps.FindIndex(s => s.Uses == Actions.ConfigureAwsCredentials);

        Assert.That(steps[firstCheckout].With.ContainsKey("ref"), Is.False, "the first checkout must be the workflow ref (the tool), not the promoted commit");
        Assert.That(verify, Is.GreaterThan(firstCheckout).And.LessThan(commitCheckout).And.LessThan(credentials), "the verification must run before the commit is checked out and before any role is assumed");
        Assert.That(steps[commitCheckout].With.GetValueOrDefault("path"), Is.EqualTo(PromoteWorkflow.CommitFolder), "the promoted commit is data in a subfolder, never the tool");
    }

    [Test]
    public void PromotionsPlanAndApplyTheCommitsOwnArtifactThroughInfraPromote()
    {
        var sit = File("promote-sit.yml");
        var plan = sit.Job("plan");
        var apply = sit.Job("apply");

        foreach (var job in new[] { plan, apply })
        {
            Assert.That(job.Steps.Select(s => s.Uses).OfType<string>(), Has.None.StartsWith("actions/download-artifact"), $"job {job.Id} must not depend on another run's GitHub artifact, which expires");
        }

        Assert.That(plan.Steps.Select(s => s.Run).OfType<string>(), Has.Some.Contains("artifacts fetch --stack dev --commit \"$COMMIT\" --sha256 \"$SHA256\" --out .build/artifact/lambda-packages.zip"),
            "the plan job must read the bundle dev deployed, hash-verified, from dev's bucket");
        Assert.That(apply.Steps.Select(s => s.Run).OfType<string>(), Has.Some.Contains("artifacts copy-from-lower --stack sit --commit \"$COMMIT\" --sha256 \"$SHA256\" --out .build/artifact/lambda-packages.zip"),
            "the apply job must copy the same bundle, hash-verified, from the bucket below into sit's");
        Assert.That(apply.Steps.Single(s => s.Name.StartsWith("Copy the Lambda packages", StringComparison.Ordinal)).Env["SHA256"], Is.EqualTo("${{ needs.plan.outputs.bundle-sha256 }}"), "the apply job must use the bundle the plan was made with");

        Assert.That(plan.Steps.Select(s => s.Run ?? string.Empty), Has.Some.Contains("promote --to sit --commit \"$COMMIT\" --artifact .build/artifact/lambda-packages.zip --root .build/commit --plan-out .build/promote-plan"));
        Assert.That(plan.Outputs.Keys, Is.EquivalentTo(new[] { "bundle-sha256", "plan-key", "plan-sha256" }), "the plan job must hand the bundle's and the saved plan's digests and the plan's key to the apply job");
        Assert.That(apply.Steps.Single(s => s.Name == "infra promote --to sit --saved-plan").Run, Does.Contain("--saved-plan .build/promote-plan/sit.tfplan --saved-plan-sha256 \"$PLAN_SHA256\" --yes"), "the apply job must apply the saved plan against the plan job's digest");
        Assert.That(apply.Steps.Select(s => s.Run ?? string.Empty), Has.Some.Contains("artifacts get --stack sit --key \"$PLAN_KEY\" --out .build/promote-plan/sit.tfplan --sha256 \"$PLAN_SHA256\""), "the saved plan must be fetched hash-verified");
    }

    [TestCase("promote-sit.yml", "promote-sit")]
    [TestCase("promote-prod.yml", "promote-prod")]
    public void EachPromotionRunIsTitledWithTheCommitItPromotes(string fileName, string name)
    {
        // The Actions API returns no dispatch inputs: the next promotion's verification reads the commit from the title.
        Assert.That(File(fileName).RunName, Is.EqualTo(name + " ${{ inputs.commit }}"), $"{fileName} must name the promoted commit in its run title");
        Assert.That(System.IO.File.ReadAllText(RepositoryFiles.PathOf($".github/workflows/{fileName}")), Does.Contain($"\nrun-name: {name} ${{{{ inputs.commit }}}}\n"), "the title must reach the generated file");
    }

    [Test]
    public void ThePullRequestsRequiredCheckGatesProdAgainstThePullRequestsBaseAfterTheProjectsCi()
    {
        var ci = File(PrPreviewWorkflow.FileName).Job("ci");
        var steps = ci.Steps.Select(s => s.Run ?? string.Empty).ToList();
        var tests = steps.FindIndex(r => r == PrPreviewWorkflow.CiScript);
        var gate = steps.FindIndex(r => r.Contains("gate --stack prod --base \"$BASE_SHA\"", StringComparison.Ordinal));

        Assert.Multiple(() =>
        {
            Assert.That(gate, Is.GreaterThan(tests).And.GreaterThan(-1), "the prod gate must run in the ci job, after .ci/run");
            Assert.That(ci.Steps[gate].Env.GetValueOrDefault("BASE_SHA"), Is.EqualTo("${{ github.event.pull_request.base.sha }}"), "the gate compares with the pull request's base commit");
            Assert.That(ci.Steps.Single(s => s.Uses == Actions.Checkout).With.GetValueOrDefault("fetch-depth"), Is.EqualTo("0"), "the base commit must be in the checkout");
        });
    }

    [Test]
    public void PullRequestJobsGetIdTokenOnlyForTheDevPlanAndSkipWritesForForks()
    {
        var preview = File(PrPreviewWorkflow.FileName);

        Assert.That(preview.Jobs.Where(j => preview.EffectivePermissions(j).Allows("id-token", TokenPermissions.Write)).Select(j => j.Id), Is.EqualTo(new[] { "plan-dev" }));
        Assert.That(preview.Job("plan-dev").If, Is.EqualTo(Steps.SameRepository), "forks get no OIDC token");
        Assert.That(preview.Jobs.SelectMany(j => j.Steps).Where(s => s.Uses is Actions.StickyComment or Actions.UploadSarif).Select(s => s.If), Has.All.Contains(Steps.SameRepository));
        Assert.That(preview.Job("preview").Steps.Count(s => s.Run?.Contains("preview --stack") == true), Is.EqualTo(3), "one offline preview per stack");
    }

    [Test]
    public void RollbackNeedsTwoApprovalsInSitAndProd()
    {
        var rollback = File(RollbackWorkflow.FileName);

        Assert.That(rollback.Job("rollback-sit").Needs, Is.EqualTo(new[] { "rollback-sit-approval-1" }));
        Assert.That(rollback.Job("rollback-prod").Needs, Is.EqualTo(new[] { "rollback-prod-approval-1" }));
        Assert.That(rollback.Job("rollback-prod").Steps.Last().Run, Does.Contain("rollback --stack prod"));
    }

    [Test]
    public void DriftPlansEveryStackWithItsDriftRoleOnTheDefaultBranch()
    {
        var drift = File(DriftWorkflow.FileName);

        Assert.That(drift.Jobs.Select(j => j.Id), Is.EqualTo(new[] { "drift-dev", "drift-sit", "drift-prod" }));
        Assert.That(drift.Jobs.Select(j => j.Steps.Single(s => s.Uses == Actions.ConfigureAwsCredentials).With["role-to-assume"]),
            Is.EqualTo(Context.Ordered.Select(o => o.Target.DriftRoleArn)));
        Assert.That(drift.Jobs.Select(j => j.Environment), Is.All.Null, "an environment would change the token's subject away from the branch the drift role trusts");
        Assert.That(drift.Jobs.SelectMany(j => j.Steps).Select(s => s.Run).OfType<string>(), Has.Some.Contains("plan --stack prod --detailed-exitcode"));
    }

    [Test]
    public void TwoLockFileRefreshesQueueInsteadOfForcePushingTheBranchOverEachOther()
    {
        var refresh = File(RefreshLockFilesWorkflow.FileName).Job("refresh");

        Assert.That(refresh.Concurrency, Is.EqualTo(new Concurrency("refresh-lock-files", CancelInProgress: false)), "a scheduled and a dispatched refresh must not force-push infra/refresh-lock-files at the same time, and neither may be cancelled half-way");
    }
}
