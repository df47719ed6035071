namespace Infra.Tests.Workflows.Rehearsal;

/// <summary>
/// promote-sit.yml and promote-prod.yml on dispatch: the bundle a commit deployed with to the stack before, copied
/// hash-verified from that stack's artifact bucket into the promoted stack's own.
/// </summary>
public class PromoteRehearsalTests
{
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
    public void PromotingToSitDeploysTheBundleDevRanWithSitsDeployRole()
    {
        using var rehearsal = new WorkflowRehearsal(checkout);
        var sha256 = PackagedCommit.Seed(rehearsal, checkout, checkout.Head);
        PackagedCommit.Deployed(rehearsal, checkout.Head, sha256, "dev");

        var run = rehearsal.Run("promote-sit.yml", RehearsalEvent.Dispatch(new Dictionary<string, string> { ["commit"] = checkout.Head }));

        Assert.That(run.Jobs.Select(j => (j.Id, j.Result)), Is.EqualTo(new[] { ("sit-approval-1", "success"), ("promote", "success") }), $"the approval job, then the promotion, must succeed:\n{run.Describe()}");
        var key = PackagedCommit.BundleKey(checkout.Head, sha256);
        Assert.That(run.Job("promote").Step("Copy the Lambda packages from the bucket below into sit's").Outcome, Is.EqualTo("success"), "the bundle must be copied from dev's bucket");
        Assert.That(rehearsal.Cloud.S3.Objects[$"{PackagedCommit.BucketOf("sit")}/{key}"].Content, Is.EqualTo(rehearsal.Cloud.S3.Objects[$"{PackagedCommit.BucketOf("dev")}/{key}"].Content),
            "sit's bucket must hold its own copy of the bundle dev deployed");
        Assert.That(rehearsal.Cloud.S3.Objects[$"{PackagedCommit.BucketOf("sit")}/{key}"].Tags["retention"], Is.EqualTo("pinned"), "the bundle sit now runs must be pinned in sit's bucket");
        Assert.That(run.Roles, Is.EqualTo(new[] { ("promote", "arn:aws:iam::815856636111:role/2-1-bbws-github-deploy-sit") }), "the promotion must use sit's deploy role in sit's account");
        Assert.That(run.Commands, Has.Some.Contains($"promote --to sit --commit {checkout.Head} --artifact .build/artifact/lambda-packages.zip"), "infra promote must get the commit and the downloaded bundle");
        Assert.That(run.Commands, Has.Some.StartsWith("terraform apply"), "the promotion must apply sit's plan");
    }

    [Test]
    public void PromotingACommitDevNeverDeployedFailsBeforeAskingForCredentials()
    {
        using var rehearsal = new WorkflowRehearsal(checkout);

        var run = rehearsal.Run("promote-sit.yml", RehearsalEvent.Dispatch(new Dictionary<string, string> { ["commit"] = checkout.Head }));

        var step = run.Job("promote").Step("Bundle dev deployed");
        Assert.That(step.Outcome, Is.EqualTo("failure"), "a commit without a recorded deployment to dev must stop the promotion");
        Assert.That(step.Log, Does.Contain($"no successful deployment of {checkout.Head} to dev is recorded: deploy it first"), "the failure must say what to do");
        Assert.That(run.Roles, Is.Empty, "no credentials may be asked for when there is nothing to promote");
    }

    [Test]
    public void PromotingABundleMissingFromTheBucketBelowFailsBeforeThePromotion()
    {
        using var rehearsal = new WorkflowRehearsal(checkout);
        var sha256 = PackagedCommit.Seed(rehearsal, checkout, checkout.Head);
        PackagedCommit.Deployed(rehearsal, checkout.Head, sha256, "dev");
        _ = rehearsal.Cloud.S3.Remove(PackagedCommit.BucketOf("dev"), PackagedCommit.BundleKey(checkout.Head, sha256));

        var run = rehearsal.Run("promote-sit.yml", RehearsalEvent.Dispatch(new Dictionary<string, string> { ["commit"] = checkout.Head }));

        var copy = run.Job("promote").Step("Copy the Lambda packages from the bucket below into sit's");
        Assert.That(copy.Outcome, Is.EqualTo("failure"), "a bundle missing from dev's bucket must stop the promotion");
        Assert.That(copy.Log, Does.Contain($"s3://{PackagedCommit.BucketOf("dev")}/{PackagedCommit.BundleKey(checkout.Head, sha256)}").And.Contain("no such object"), "the failure must name the missing object");
        Assert.That(run.Job("promote").Step("infra promote --to sit").Outcome, Is.EqualTo("skipped"), "nothing may be promoted without the bundle");
    }

    [Test]
    public void PromotingToProdChecksTheTicketPassesBothApprovalsAndUsesProdsDeployRole()
    {
        using var rehearsal = new WorkflowRehearsal(checkout);
        var sha256 = PackagedCommit.Seed(rehearsal, checkout, checkout.Head);
        PackagedCommit.Deployed(rehearsal, checkout.Head, sha256, "dev", "sit");

        var run = rehearsal.Run("promote-prod.yml", RehearsalEvent.Dispatch(new Dictionary<string, string> { ["commit"] = checkout.Head, ["change-ticket"] = "CHG0001234" }));

        Assert.That(run.Jobs.Select(j => (j.Id, j.Result)), Is.EqualTo(new[] { ("change-ticket", "success"), ("prod-approval-1", "success"), ("prod-approval-2", "success"), ("promote", "success") }),
            $"ticket, two approvals, then the promotion must succeed in that order:\n{run.Describe()}");
        Assert.That(run.Roles, Is.EqualTo(new[] { ("promote", "arn:aws:iam::093646564004:role/2-1-bbws-github-deploy-prod") }), "the promotion must use prod's deploy role in prod's account");
        Assert.That(run.Job("promote").ConcurrencyGroup, Is.EqualTo("infra-prod"), "the promotion must queue in prod's deployment group");
        Assert.That(run.Commands, Has.Some.Contains("promote --to prod").And.Some.Contains("--change-ticket CHG0001234"), "infra promote must get the change ticket");
    }

    [Test]
    public void AMalformedChangeTicketStopsTheProdPromotionBeforeAnyApproval()
    {
        using var rehearsal = new WorkflowRehearsal(checkout);

        var run = rehearsal.Run("promote-prod.yml", RehearsalEvent.Dispatch(new Dictionary<string, string> { ["commit"] = checkout.Head, ["change-ticket"] = "CHG12" }));

        Assert.That(run.Job("change-ticket").Result, Is.EqualTo("failure"), "a ticket not matching CHG[0-9]{7} must fail its check");
        Assert.That(run.Jobs.Skip(1).Select(j => j.Result), Is.All.EqualTo("skipped"), "no approval and no promotion may run after a malformed ticket");
        Assert.That(run.Roles, Is.Empty, "no credentials may be asked for");
    }
}
