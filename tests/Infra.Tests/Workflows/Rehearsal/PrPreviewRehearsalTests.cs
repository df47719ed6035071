namespace Infra.Tests.Workflows.Rehearsal;

/// <summary>pr-preview.yml on a pull request: the required ci check, the previews, the policy findings, dev's plan.</summary>
public class PrPreviewRehearsalTests
{
    private RehearsalCheckout checkout = null!;
    private WorkflowRehearsal rehearsal = null!;
    private string baseSha = string.Empty;
    private RehearsalRun run = null!;

    [OneTimeSetUp]
    public void RunOnAPullRequest()
    {
        WorkflowExpressions.RequireOrIgnore();
        checkout = new RehearsalCheckout();
        baseSha = checkout.Head;
        checkout.Commit("the pull request's change");
        rehearsal = new WorkflowRehearsal(checkout);
        run = rehearsal.Run("pr-preview.yml", RehearsalEvent.PullRequest(baseSha, WorkflowRehearsal.Repository));
    }

    [OneTimeTearDown]
    public void Remove()
    {
        rehearsal?.Dispose();
        checkout?.Dispose();
    }

    [Test]
    public void ThePreviewJobPreviewsEveryStackAgainstTheBaseAndCommentsEachPreview()
    {
        var preview = run.Job("preview");
        Assert.That(preview.Result, Is.EqualTo("success"), $"the preview job must succeed:\n{run.Describe()}");
        Assert.That(run.Commands.Where(c => c.Contains("-- preview --stack", StringComparison.Ordinal)).ToList(), Has.Count.EqualTo(3).And.All.Contains($"--base {baseSha}"), "each stack must be previewed against the pull request's base commit");
        foreach (var stack in new[] { "dev", "sit", "prod" })
        {
            Assert.That(preview.Step($"Comment the {stack} preview").Log, Does.Contain($"read .build/preview/{stack}.md"), $"the {stack} comment must post the preview the step before wrote");
        }
    }

    [Test]
    public void TheCheckJobUploadsTheSarifItWrote()
    {
        var check = run.Job("check");
        Assert.That(check.Result, Is.EqualTo("success"), $"the policy findings job must succeed:\n{run.Describe()}");
        Assert.That(check.Step("Upload to code scanning").Log, Does.Contain("read .build/infra-check.sarif"), "code scanning must receive the SARIF infra check wrote");
    }

    [Test]
    public void TheCiCheckRunsTheRepositorysCi()
    {
        var ci = run.Job("ci");
        Assert.That(ci.Result, Is.EqualTo("success"), $"the required ci check must pass on an unchanged repository:\n{run.Describe()}");
        Assert.That(run.Commands, Has.Some.StartsWith(".ci/run"), "the required ci check must run .ci/run (linters, policy check, secret scanning, Terraform parse), not only the tests");
    }

    [Test]
    public void ThePlanJobPlansDevWithTheReadOnlyRoleAndRendersThePlan()
    {
        // Only this job runs: the package job is taken as passed (its own rehearsal covers it), with its bundle stored
        // for this run, and the other jobs are covered by the tests above.
        using var other = new RehearsalCheckout();
        var otherBase = other.Head;
        other.Commit("the pull request's change");
        using var planOnly = new WorkflowRehearsal(other);
        var sha256 = PackagedCommit.Seed(planOnly, other, other.Head);
        planOnly.SeedArtifact(planOnly.NextRunId, $"lambda-packages-{other.Head}", Path.Combine(planOnly.ArtifactsOf(PackagedCommit.RunId), $"lambda-packages-{other.Head}"));

        var plan = planOnly.Run("pr-preview.yml", RehearsalEvent.PullRequest(otherBase, WorkflowRehearsal.Repository),
            new Dictionary<string, IReadOnlyDictionary<string, string>>
            {
                ["package"] = new Dictionary<string, string> { ["sha256"] = sha256 },
                ["ci"] = new Dictionary<string, string>(),
                ["preview"] = new Dictionary<string, string>(),
                ["check"] = new Dictionary<string, string>(),
            });

        var job = plan.Job("plan-dev");
        Assert.That(job.Result, Is.EqualTo("success"), $"dev's plan must be written, rendered and commented:\n{plan.Describe()}");
        Assert.That(plan.Roles.Where(r => r.Job == "plan-dev").Select(r => r.Role), Is.EqualTo(new[] { "arn:aws:iam::536580886816:role/2-1-bbws-github-plan-dev" }), "the plan must use dev's read-only plan role in dev's account");
        Assert.That(plan.Commands, Has.Some.StartsWith("terraform plan -input=false -lock=false"), "a read-only plan must not take the state lock");
        Assert.That(job.Step("Comment the dev plan").Log, Does.Contain("read .build/plan/dev.md"), "the comment must post the rendered plan");
    }

    [Test]
    public void AForkGetsItsPreviewsInTheSummaryAndNoPlanOrComment()
    {
        using var other = new RehearsalCheckout();
        var otherBase = other.Head;
        other.Commit("a fork's change");
        using var fork = new WorkflowRehearsal(other);

        var forked = fork.Run("pr-preview.yml", RehearsalEvent.PullRequest(otherBase, "someone/platform"), new Dictionary<string, IReadOnlyDictionary<string, string>> { ["ci"] = new Dictionary<string, string>(), ["check"] = new Dictionary<string, string>() });

        var preview = forked.Job("preview");
        Assert.Multiple(() =>
        {
            Assert.That(forked.Job("package").Result, Is.EqualTo("skipped"), "a fork's pull request must not package");
            Assert.That(forked.Job("plan-dev").Result, Is.EqualTo("skipped"), "a fork's pull request must not get credentials to plan");
            Assert.That(preview.Steps.Where(s => s.Name.StartsWith("Comment", StringComparison.Ordinal)).Select(s => s.Outcome), Is.All.EqualTo("skipped"), "a fork's token cannot comment: the comment steps must be skipped");
            Assert.That(preview.Step("Previews to the job summary (fork: no comment)").Outcome, Is.EqualTo("success"), $"a fork's previews must go to the job summary:\n{forked.Describe()}");
            Assert.That(forked.Roles, Is.Empty, "a fork's pull request must never ask for AWS credentials");
        });
    }
}
