namespace Infra.Tests.Workflows.Rehearsal;

/// <summary>
/// drift.yml on its schedule: each stack planned at its last deployed commit with the bundle from its own artifact
/// bucket, an issue for a drifted one. The bundle was packaged long ago: the run's GitHub artifact (kept 90 days) is gone.
/// </summary>
public class DriftRehearsalTests
{
    private RehearsalCheckout checkout = null!;
    private WorkflowRehearsal rehearsal = null!;
    private RehearsalRun run = null!;

    [OneTimeSetUp]
    public void RunTheSchedule()
    {
        WorkflowExpressions.RequireOrIgnore();
        checkout = new RehearsalCheckout();
        var deployed = checkout.Head;
        checkout.Commit("a later commit, not deployed");
        rehearsal = new WorkflowRehearsal(checkout);
        var sha256 = PackagedCommit.Seed(rehearsal, checkout, deployed, artifactExpired: true);
        Sha256 = sha256;
        PackagedCommit.Deployed(rehearsal, deployed, sha256, "dev", "sit", "prod");
        rehearsal.Plans["prod"] = WorkflowRehearsal.PlanOf("093646564004", "af-south-1", changes: true);
        run = rehearsal.Run("drift.yml", RehearsalEvent.Schedule());
        DeployedCommit = deployed;
    }

    [OneTimeTearDown]
    public void Remove()
    {
        rehearsal?.Dispose();
        checkout?.Dispose();
    }

    private string DeployedCommit { get; set; } = string.Empty;

    private string Sha256 { get; set; } = string.Empty;

    [Test]
    public void EachStackIsPlannedAtItsDeployedCommitWithItsDriftRole()
    {
        Assert.That(run.Jobs.Select(j => (j.Id, j.Result)), Is.EqualTo(new[] { ("drift-dev", "success"), ("drift-sit", "success"), ("drift-prod", "success") }), $"every stack's drift job must succeed:\n{run.Describe()}");
        Assert.That(run.Roles, Is.EqualTo(WorkflowRehearsal.Stacks.Select(s => ($"drift-{s.Stack}", $"arn:aws:iam::{s.Account}:role/2-1-bbws-github-drift-{s.Stack}"))), "each job must use its stack's drift role in its stack's account");
        foreach (var stack in new[] { "dev", "sit", "prod" })
        {
            var job = run.Job($"drift-{stack}");
            Assert.That(job.Step("Last recorded deployment of " + stack).Outputs["commit"], Is.EqualTo(DeployedCommit), "the deployed commit must come from the deployment records");
            Assert.That(job.Step($"Fetch the Lambda packages from {stack}'s artifact bucket").Outcome, Is.EqualTo("success"), "the bundle recorded as deployed must be fetched from the stack's bucket");
        }
    }

    [Test]
    public void DriftWorksOnABundleOlderThanGitHubsNinetyDaysFromEachStacksOwnBucket()
    {
        Assert.That(Directory.Exists(Path.Combine(rehearsal.ArtifactsOf(PackagedCommit.RunId), $"lambda-packages-{DeployedCommit}")), Is.False, "test setup: the packaging run's artifact must have expired");
        Assert.That(run.Jobs.Select(j => j.Result), Is.All.EqualTo("success"), $"drift must not need the expired artifact:\n{run.Describe()}");
        Assert.That(run.Commands.Where(c => c.Contains("download-artifact", StringComparison.Ordinal) || c.StartsWith("gh run", StringComparison.Ordinal)), Is.Empty, "drift must not look for the packaging run or its artifact");
        var reads = rehearsal.Cloud.Requests.Where(r => r.Method == "GET" && r.PathAndQuery.Contains("/bundles/", StringComparison.Ordinal)).Select(r => r.PathAndQuery).ToList();
        Assert.That(reads, Is.EquivalentTo(new[] { "dev", "sit", "prod" }.Select(s => $"/{PackagedCommit.BucketOf(s)}/{PackagedCommit.BundleKey(DeployedCommit, Sha256)}")),
            "each stack's drift job must read the recorded bundle from its own account's bucket, and only from there");
    }

    [Test]
    public void OnlyTheDriftedStackOpensAnIssue()
    {
        Assert.That(run.Job("drift-prod").Step($"infra plan --stack prod --detailed-exitcode").Outputs["drifted"], Is.EqualTo("true"), "a plan with changes must read as drift");
        Assert.That(run.Job("drift-dev").Step($"infra plan --stack dev --detailed-exitcode").Outputs["drifted"], Is.EqualTo("false"), "a plan without changes must not read as drift");
        Assert.That(run.Commands.Where(c => c.StartsWith("gh issue create", StringComparison.Ordinal)).ToList(), Has.Count.EqualTo(1).And.All.Contains("Drift\\ in\\ prod"), "exactly one issue, for prod, must be opened");
    }

    [Test]
    public void DriftQueuesInEachStacksDeploymentConcurrencyGroup()
    {
        foreach (var stack in new[] { "dev", "sit", "prod" })
        {
            var job = run.Job($"drift-{stack}");
            Assert.That(job.ConcurrencyGroup, Is.EqualTo($"infra-{stack}"), $"drift-{stack} must share the stack's deployment group, or a plan during a deploy reports the deploy as drift");
            Assert.That(job.CancelInProgress, Is.False, $"drift-{stack} must queue, not cancel a running deployment");
        }
    }

    [Test]
    public void ADispatchOnAnotherBranchChecksNothing()
    {
        var other = rehearsal.Run("drift.yml", RehearsalEvent.Dispatch(new Dictionary<string, string>(), branch: "feature"));

        Assert.That(other.Jobs.Select(j => j.Result), Is.All.EqualTo("skipped"), "drift must only be checked from main");
    }
}
