using System.Text.Json.Nodes;

namespace Infra.Tests.Workflows.Rehearsal;

/// <summary>
/// promote-sit.yml and promote-prod.yml on dispatch: verified first, planned with the read-only promote-plan role and
/// shown in the summary before any approval, then the approved saved plan applied with the deploy role.
/// </summary>
public class PromoteRehearsalTests
{
    private const string SitPlanRole = "arn:aws:iam::815856636111:role/2-1-bbws-github-promote-plan-sit";
    private const string SitDeployRole = "arn:aws:iam::815856636111:role/2-1-bbws-github-deploy-sit";
    private RehearsalCheckout checkout = null!;

    [OneTimeSetUp]
    public void CreateCheckout()
    {
        WorkflowExpressions.RequireOrIgnore();
        checkout = new RehearsalCheckout();
    }

    [OneTimeTearDown]
    public void Remove() => checkout?.Dispose();

    [Test]
    public void PromotingToSitShowsThePlanBeforeTheApprovalAndAppliesThatSavedPlan()
    {
        using var rehearsal = new WorkflowRehearsal(checkout);
        DeployedToDev(rehearsal);
        rehearsal.Plans["sit"] = WorkflowRehearsal.PlanOf("815856636111", "eu-west-1", changes: true);

        var run = rehearsal.Run("promote-sit.yml", Dispatch());

        Assert.That(run.Jobs.Select(j => (j.Id, j.Result)), Is.EqualTo(new[] { ("plan", "success"), ("sit-approval-1", "success"), ("apply", "success") }),
            $"the plan, then the approval, then the apply must succeed in that order:\n{run.Describe()}");
        Assert.That(run.Job("plan").Summary, Does.Contain("aws_lambda_function.order_processor"), "the plan job's summary must show the planned change before anyone approves");
        Assert.That(run.Roles, Is.EqualTo(new[] { ("plan", SitPlanRole), ("apply", SitDeployRole) }),
            "the plan job must use sit's read-only promote-plan role and only the apply job sit's deploy role");
        var key = $"plans/sit/{run.RunId}-1/sit.tfplan";
        Assert.That(rehearsal.Cloud.S3.Objects.Keys, Has.Some.EqualTo($"{PackagedCommit.BucketOf("sit")}/{key}"), "the saved plan must be stored in sit's artifact bucket under plans/sit/<run>-<attempt>/");
        Assert.That(run.Job("plan").Outputs["plan-sha256"], Does.Match("^[0-9a-f]{64}$"), "the plan job must report the saved plan's SHA-256 to the apply job");
        var apply = run.Job("apply");
        Assert.That(apply.Commands.Where(c => c.StartsWith("terraform plan", StringComparison.Ordinal)), Is.Empty, "the apply job must not plan again: it applies the approved plan");
        Assert.That(apply.Commands, Has.Some.Match("^terraform apply .*sit\\.tfplan$"), $"the apply job must apply the saved plan file; it ran:\n{string.Join('\n', apply.Commands)}");
        Assert.That(run.Job("plan").Commands, Has.Some.StartsWith("terraform plan").And.Some.Contains("-lock=false"), "the plan job must plan without taking the state lock");
        Assert.That(rehearsal.Cloud.S3.Refusals, Is.Empty, "the generated policies must allow every bucket request of the promotion, across accounts too");
    }

    [TestCase("NextStackReadsBundles", "s3:GetObject")]
    [TestCase("NextStackDecryptsBundlesThroughS3", "kms:Decrypt")]
    public void WithoutDevsGrantToSitsReadersThePromotionIsDeniedTheBundle(string removedSid, string refusedAction)
    {
        using var rehearsal = new WorkflowRehearsal(checkout);
        var sha256 = DeployedToDev(rehearsal);
        rehearsal.Cloud.S3.Access = rehearsal.Cloud.S3.Access!.WithoutResourceStatement("dev", removedSid);

        var run = rehearsal.Run("promote-sit.yml", Dispatch());

        var fetch = run.Job("plan").Step("Fetch the Lambda packages from dev's artifact bucket");
        var bundle = $"s3://{PackagedCommit.BucketOf("dev")}/{PackagedCommit.BundleKey(checkout.Head, sha256)}";
        Assert.That(fetch.Outcome, Is.EqualTo("failure"), $"without dev's {removedSid} sit's plan role must not read dev's bundle:\n{run.Describe()}");
        Assert.That(fetch.Log, Does.Contain(bundle).And.Contain("AccessDenied"), "the failure must name the object and S3's AccessDenied");
        Assert.That(rehearsal.Cloud.S3.Refusals, Has.Some.StartsWith($"{bundle}: {SitPlanRole}: {refusedAction}"), $"the refusal must be dev's {refusedAction} grant's: {string.Join('\n', rehearsal.Cloud.S3.Refusals)}");
        Assert.That(run.Job("plan").Step("infra promote --to sit --plan-out").Outcome, Is.EqualTo("skipped"), "nothing may be planned without the bundle");
    }

    [Test]
    public void WithoutSitPlanRolesLedgerGrantOfTheBundlesBelowThePromotionIsDeniedTheBundle()
    {
        using var edited = new RehearsalCheckout();
        const string ledger = "infra/Ledgers/github-promote-plan.yaml";
        edited.Write(ledger, WithoutGrant(File.ReadAllText(Path.Combine(edited.Root, ledger)), "s3:GetObject", "${lower-stack}"));
        edited.Commit("sit's plan role without its read of dev's bundles");
        using var rehearsal = new WorkflowRehearsal(edited);
        var sha256 = DeployedToDev(rehearsal, edited);

        var run = rehearsal.Run("promote-sit.yml", RehearsalEvent.Dispatch(new Dictionary<string, string> { ["commit"] = edited.Head }));

        var bundle = $"s3://{PackagedCommit.BucketOf("dev")}/{PackagedCommit.BundleKey(edited.Head, sha256)}";
        var fetch = run.Job("plan").Step("Fetch the Lambda packages from dev's artifact bucket");
        Assert.That(fetch.Outcome, Is.EqualTo("failure"), $"dev's bucket policy alone must not let sit's plan role read across accounts:\n{run.Describe()}");
        Assert.That(fetch.Log, Does.Contain(bundle).And.Contain("AccessDenied"), "the failure must name the object and S3's AccessDenied");
        Assert.That(rehearsal.Cloud.S3.Refusals, Has.Some.StartsWith($"{bundle}: {SitPlanRole}: s3:GetObject").And.Some.Contains("no identity policy statement of the role allows"),
            $"the refusal must be the role's own missing grant: {string.Join('\n', rehearsal.Cloud.S3.Refusals)}");
    }

    [Test]
    public void TheApplyJobRefusesASavedPlanWhoseDigestIsNotThePlanJobsAndAppliesNothing()
    {
        using var rehearsal = new WorkflowRehearsal(checkout);
        var sha256 = DeployedToDev(rehearsal);
        const string key = "plans/sit/41-1/sit.tfplan";
        rehearsal.Cloud.S3.Seed(PackagedCommit.BucketOf("sit"), key, "a plan nobody approved\n"u8.ToArray());
        var reported = new string('a', 64);

        var run = rehearsal.Run("promote-sit.yml", Dispatch(), new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["plan"] = new Dictionary<string, string> { ["bundle-sha256"] = sha256, ["plan-key"] = key, ["plan-sha256"] = reported },
        });

        var apply = run.Job("apply");
        Assert.That(apply.Step("Fetch the saved plan").Outcome, Is.EqualTo("failure"), $"a stored plan whose SHA-256 is not the reported one must not be fetched:\n{run.Describe()}");
        Assert.That(apply.Step("infra promote --to sit --saved-plan").Outcome, Is.EqualTo("skipped"), "nothing may be applied without the approved plan");
        Assert.That(apply.Commands.Where(c => c.StartsWith("terraform apply", StringComparison.Ordinal)), Is.Empty, "terraform must not apply anything");
    }

    [Test]
    public void ACommitNotOnMainIsRefusedBeforeAnyRoleIsAssumed()
    {
        using var rehearsal = new WorkflowRehearsal(checkout);
        DeployedToDev(rehearsal);
        rehearsal.Cloud.History.OnDefaultBranch.Clear();
        rehearsal.Cloud.History.Elsewhere.Add(checkout.Head);

        var run = rehearsal.Run("promote-sit.yml", Dispatch());

        var verify = run.Job("plan").Step("infra promote verify --to sit");
        Assert.That(verify.Outcome, Is.EqualTo("failure"), "a commit that is not on main must fail the verification");
        Assert.That(verify.Log, Does.Contain("is not on main"), "the refusal must say why");
        AssertNothingAssumed(run, rehearsal);
    }

    [Test]
    public void ACommitWithoutASuccessfulDeployDevRunIsRefusedBeforeAnyRoleIsAssumed()
    {
        using var rehearsal = new WorkflowRehearsal(checkout);
        var sha256 = PackagedCommit.Seed(rehearsal, checkout, checkout.Head);
        PackagedCommit.Deployed(rehearsal, checkout.Head, sha256, "dev");
        rehearsal.Cloud.History.OnDefaultBranch.Add(checkout.Head);
        rehearsal.Cloud.History.SeedRun("deploy-dev.yml", checkout.Head, "push", "failure");

        var run = rehearsal.Run("promote-sit.yml", Dispatch());

        var verify = run.Job("plan").Step("infra promote verify --to sit");
        Assert.That(verify.Outcome, Is.EqualTo("failure"), "a deployment record without a successful deploy-dev run must not be trusted");
        Assert.That(verify.Log, Does.Contain("no successful push run of .github/workflows/deploy-dev.yml"), "the refusal must name the missing run");
        AssertNothingAssumed(run, rehearsal);
    }

    [Test]
    public void PromotingACommitDevNeverDeployedFailsBeforeAskingForCredentials()
    {
        using var rehearsal = new WorkflowRehearsal(checkout);
        rehearsal.Cloud.History.OnDefaultBranch.Add(checkout.Head);
        rehearsal.Cloud.History.SeedRun("deploy-dev.yml", checkout.Head, "push", "success");

        var run = rehearsal.Run("promote-sit.yml", Dispatch());

        var step = run.Job("plan").Step("Bundle dev deployed");
        Assert.That(step.Outcome, Is.EqualTo("failure"), "a commit without a recorded deployment to dev must stop the promotion");
        Assert.That(step.Log, Does.Contain($"no successful deployment of {checkout.Head} to dev is recorded: deploy it first"), "the failure must say what to do");
        Assert.That(run.Roles, Is.Empty, "no credentials may be asked for when there is nothing to promote");
    }

    [Test]
    public void ABundleMissingFromTheBucketBelowStopsThePromotionBeforeThePlan()
    {
        using var rehearsal = new WorkflowRehearsal(checkout);
        var sha256 = DeployedToDev(rehearsal);
        _ = rehearsal.Cloud.S3.Remove(PackagedCommit.BucketOf("dev"), PackagedCommit.BundleKey(checkout.Head, sha256));

        var run = rehearsal.Run("promote-sit.yml", Dispatch());

        var fetch = run.Job("plan").Step("Fetch the Lambda packages from dev's artifact bucket");
        Assert.That(fetch.Outcome, Is.EqualTo("failure"), "a bundle missing from dev's bucket must stop the promotion");
        Assert.That(fetch.Log, Does.Contain($"s3://{PackagedCommit.BucketOf("dev")}/{PackagedCommit.BundleKey(checkout.Head, sha256)}").And.Contain("access denied (the object is missing"), "the failure must name the missing object (S3 answers 403, not 404, to a reader who may not list the bucket)");
        Assert.That(run.Job("plan").Step("infra promote --to sit --plan-out").Outcome, Is.EqualTo("skipped"), "nothing may be planned without the bundle");
        Assert.That(run.Jobs.Where(j => j.Id != "plan").Select(j => j.Result), Is.All.EqualTo("skipped"), "no approval may be asked for without a plan");
    }

    [Test]
    public void PromotingToProdChecksTheTicketShowsThePlanPassesBothApprovalsAndAppliesWithProdsDeployRole()
    {
        using var rehearsal = new WorkflowRehearsal(checkout);
        var sha256 = DeployedToDev(rehearsal);
        PackagedCommit.Deployed(rehearsal, checkout.Head, sha256, "sit");
        var sitRun = rehearsal.Cloud.History.SeedRun("promote-sit.yml", checkout.Head, "workflow_dispatch", "success", $"promote-sit {checkout.Head}");
        var payload = new JsonObject { ["tool"] = "infra", ["kind"] = "deploy", ["artifactSha256"] = sha256, ["runId"] = sitRun.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        rehearsal.Cloud.GitHub.Seed("sit", checkout.Head, "deploy:infra", payload, "success");
        rehearsal.Plans["prod"] = WorkflowRehearsal.PlanOf("093646564004", "af-south-1", changes: true);

        var run = rehearsal.Run("promote-prod.yml", Dispatch(("change-ticket", "CHG0001234")));

        Assert.That(run.Jobs.Select(j => (j.Id, j.Result)), Is.EqualTo(new[] { ("change-ticket", "success"), ("plan", "success"), ("prod-approval-1", "success"), ("prod-approval-2", "success"), ("apply", "success") }),
            $"ticket, plan, two approvals, then the apply must succeed in that order:\n{run.Describe()}");
        Assert.That(run.Job("plan").Summary, Does.Contain("aws_lambda_function.order_processor"), "prod's approvers must see the plan in the summary");
        Assert.That(run.Roles, Is.EqualTo(new[] { ("plan", "arn:aws:iam::093646564004:role/2-1-bbws-github-promote-plan-prod"), ("apply", "arn:aws:iam::093646564004:role/2-1-bbws-github-deploy-prod") }),
            "the plan must use prod's promote-plan role and the apply prod's deploy role, both in prod's account");
        Assert.That(run.Job("apply").ConcurrencyGroup, Is.EqualTo("infra-prod"), "the apply must queue in prod's deployment group");
        Assert.That(run.Job("apply").Commands, Has.Some.Match("^terraform apply .*prod\\.tfplan$").And.None.StartsWith("terraform plan"), "prod must get the saved plan, not a new one");
        Assert.That(run.Commands, Has.Some.Contains("promote --to prod").And.Some.Contains("--change-ticket CHG0001234"), "infra promote must get the change ticket");
    }

    [Test]
    public void AMalformedChangeTicketStopsTheProdPromotionBeforeAnyApproval()
    {
        using var rehearsal = new WorkflowRehearsal(checkout);

        var run = rehearsal.Run("promote-prod.yml", Dispatch(("change-ticket", "CHG12")));

        Assert.That(run.Job("change-ticket").Result, Is.EqualTo("failure"), "a ticket not matching CHG[0-9]{7} must fail its check");
        Assert.That(run.Jobs.Skip(1).Select(j => j.Result), Is.All.EqualTo("skipped"), "no plan, approval or promotion may run after a malformed ticket");
        Assert.That(run.Roles, Is.Empty, "no credentials may be asked for");
    }

    private static void AssertNothingAssumed(RehearsalRun run, WorkflowRehearsal rehearsal)
    {
        Assert.That(run.Roles, Is.Empty, "no role may be assumed for a refused promotion");
        Assert.That(rehearsal.Cloud.AwsOperations.Where(o => o.StartsWith("sts:", StringComparison.Ordinal)), Is.Empty, "no STS call may be made for a refused promotion");
        Assert.That(run.Job("plan").Step("Check out the promoted commit (data only)").Outcome, Is.EqualTo("skipped"), "the commit must not be checked out before it is verified");
        Assert.That(run.Jobs.Where(j => j.Id != "plan").Select(j => j.Result), Is.All.EqualTo("skipped"), "no approval or apply may follow a refused verification");
    }

    // A ledger without the entry granting `action` on a resource containing `resourcePart`.
    private static string WithoutGrant(string ledger, string action, string resourcePart)
    {
        var lines = ledger.Split('\n').ToList();
        var start = lines.FindIndex(i => i == $"  - action: {action}");
        while (start >= 0 && !lines[start + 1].Contains(resourcePart, StringComparison.Ordinal))
        {
            start = lines.FindIndex(start + 1, l => l == $"  - action: {action}");
        }

        Assert.That(start, Is.Not.Negative, $"the ledger has no {action} grant on a resource with {resourcePart}");
        var end = lines.FindIndex(start + 1, l => !l.StartsWith("    ", StringComparison.Ordinal));
        lines.RemoveRange(start, end - start);
        return string.Join('\n', lines);
    }

    // The commit packaged by deploy-dev's push run on main, deployed to dev and recorded; returns the bundle's SHA-256.
    private string DeployedToDev(WorkflowRehearsal rehearsal, RehearsalCheckout? of = null)
    {
        var from = of ?? checkout;
        var sha256 = PackagedCommit.Seed(rehearsal, from, from.Head);
        PackagedCommit.Deployed(rehearsal, from.Head, sha256, "dev");
        rehearsal.Cloud.History.OnDefaultBranch.Add(from.Head);
        rehearsal.Cloud.History.SeedRun("deploy-dev.yml", from.Head, "push", "success");
        return sha256;
    }

    private RehearsalEvent Dispatch(params (string Name, string Value)[] more)
    {
        var inputs = new Dictionary<string, string> { ["commit"] = checkout.Head };
        foreach (var (name, value) in more)
        {
            inputs[name] = value;
        }

        return RehearsalEvent.Dispatch(inputs);
    }
}
