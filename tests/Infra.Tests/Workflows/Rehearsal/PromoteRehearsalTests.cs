namespace Infra.Tests.Workflows.Rehearsal;

/// <summary>promote-sit.yml and promote-prod.yml on dispatch: the packaged bundle of a commit deployed to the stack before.</summary>
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
        Assert.That(run.Job("promote").Step("Download the Lambda packages").Log, Does.Contain($"from run {PackagedCommit.RunId}"), "the bundle must come from the run that packaged the commit");
        Assert.That(run.Roles, Is.EqualTo(new[] { ("promote", "arn:aws:iam::815856636111:role/2-1-bbws-github-deploy-sit") }), "the promotion must use sit's deploy role in sit's account");
        Assert.That(run.Commands, Has.Some.Contains($"promote --to sit --commit {checkout.Head} --artifact .build/artifact/lambda-packages.zip"), "infra promote must get the commit and the downloaded bundle");
        Assert.That(run.Commands, Has.Some.StartsWith("terraform apply"), "the promotion must apply sit's plan");
    }

    [Test]
    public void PromotingACommitNoRunPackagedFailsBeforeAskingForCredentials()
    {
        using var rehearsal = new WorkflowRehearsal(checkout);

        var run = rehearsal.Run("promote-sit.yml", RehearsalEvent.Dispatch(new Dictionary<string, string> { ["commit"] = checkout.Head }));

        var step = run.Job("promote").Step("Find the run that packaged the commit");
        Assert.That(step.Outcome, Is.EqualTo("failure"), "a commit without a packaging run must stop the promotion");
        Assert.That(step.Log, Does.Contain("deploy it to dev first"), "the failure must say what to do");
        Assert.That(run.Roles, Is.Empty, "no credentials may be asked for when there is nothing to promote");
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
