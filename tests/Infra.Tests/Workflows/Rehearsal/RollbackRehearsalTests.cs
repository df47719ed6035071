namespace Infra.Tests.Workflows.Rehearsal;

/// <summary>rollback.yml on dispatch: only the chosen stack's jobs run, with its approvals and deploy role.</summary>
public class RollbackRehearsalTests
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
    public void RollingBackSitToAVersionRunsOnlySitsApprovalAndRollbackWithSitsRole()
    {
        using var rehearsal = new WorkflowRehearsal(checkout);

        var run = rehearsal.Run("rollback.yml", RehearsalEvent.Dispatch(new Dictionary<string, string> { ["stack"] = "sit", ["version"] = "5" }));

        Assert.That(run.Jobs.Where(j => j.Result != "skipped").Select(j => (j.Id, j.Result)), Is.EqualTo(new[] { ("rollback-sit-approval-1", "success"), ("rollback-sit", "success") }),
            $"only sit's approval, then sit's rollback, may run, and both must succeed:\n{run.Describe()}");
        Assert.That(run.Roles, Is.EqualTo(new[] { ("rollback-sit", "arn:aws:iam::815856636111:role/2-1-bbws-github-deploy-sit") }), "the rollback must use sit's deploy role in sit's account");
        Assert.That(run.Commands, Has.Some.Contains("rollback --stack sit --to 5"), "infra rollback must get the version typed");
        Assert.That(rehearsal.AwsOperations, Has.Some.Contains("PUT /2015-03-31/functions/2-1-bbws-order-processor-sit/aliases/live"), "the rollback must move the live alias");
    }

    [Test]
    public void ARollbackDispatchedWithoutAVersionReturnsToThePreviousOne()
    {
        using var rehearsal = new WorkflowRehearsal(checkout);

        RehearsalRun? run = null;
        Assert.DoesNotThrow(() => run = rehearsal.Run("rollback.yml", RehearsalEvent.Dispatch(new Dictionary<string, string> { ["stack"] = "dev" })),
            "GitHub must accept a rollback without a version: the previous version is the documented default");
        Assert.That(run!.Job("rollback-dev").Result, Is.EqualTo("success"), $"dev's rollback to the previous version must succeed:\n{run.Describe()}");
        Assert.That(run.Commands.Where(c => c.Contains("-- rollback", StringComparison.Ordinal)), Has.All.Not.Contains("--to"), "without a version, infra rollback must choose the previous one itself");
    }

    [Test]
    public void AStackNotOfferedIsRefusedByGitHub()
    {
        using var rehearsal = new WorkflowRehearsal(checkout);

        var error = Assert.Throws<InvalidOperationException>(() => rehearsal.Run("rollback.yml", RehearsalEvent.Dispatch(new Dictionary<string, string> { ["stack"] = "qa", ["version"] = "5" })));

        Assert.That(error!.Message, Does.Contain("not in the list of allowed values"), "a choice input must only take its options");
    }
}
