using Infra.Model;
using Infra.Synthesis;
using Infra.Tests.Testing;
using Infra.Workflows.Definitions;

namespace Infra.Tests.Workflows.Rehearsal;

/// <summary>refresh-lock-files.yml: every root locked by the pinned Terraform, and a pull request opened with the App's token.</summary>
public class RefreshLockFilesRehearsalTests
{
    private static readonly Lazy<IReadOnlyList<StackRoot>> Roots = new(() => [.. Synthesizer.Run(Testing.TestApp.Platform, RepositoryFiles.Root).Stacks.SelectMany(s => s.Roots)]);

    private RehearsalCheckout checkout = null!;
    private WorkflowRehearsal rehearsal = null!;
    private string? clone;

    [SetUp]
    public void Prepare()
    {
        WorkflowExpressions.RequireOrIgnore();
        checkout = new RehearsalCheckout();
        rehearsal = new WorkflowRehearsal(checkout);
        rehearsal.RepositoryVariables[RefreshLockFilesWorkflow.AppIdVariable] = "123456";
        rehearsal.Secrets[RefreshLockFilesWorkflow.AppKeySecret] = "rehearsal-app-key";
        clone = Directory.CreateTempSubdirectory("infra-lock-branch-").FullName;
    }

    [TearDown]
    public void Remove()
    {
        rehearsal?.Dispose();
        checkout?.Dispose();
        // A rehearsal ignored in SetUp (no expression evaluator) never made the clone.
        if (clone is not null)
        {
            Directory.Delete(clone, recursive: true);
            clone = null;
        }
    }

    [Test]
    public void TheScheduleLocksEveryRootForLinuxAmd64AndOpensAPullRequestWithTheAppToken()
    {
        var run = rehearsal.Run(RefreshLockFilesWorkflow.FileName, RehearsalEvent.Schedule());

        Assert.That(run.Job("refresh").Result, Is.EqualTo("success"), $"the refresh must succeed:\n{run.Describe()}");
        var locks = run.Commands.Where(c => c.StartsWith("terraform ", StringComparison.Ordinal) && c.Contains(" providers lock ", StringComparison.Ordinal)).ToList();
        var expected = Roots.Value.Select(r => $"terraform -chdir={Infra.Emitters.Terraform.TerraformJsonEmitter.DirectoryOf(r).Value} providers lock -platform=linux_amd64").ToList();
        Assert.That(locks, Is.EquivalentTo(expected), "every root, main and bootstrap of every stack, must be locked for linux_amd64");
        Assert.That(run.Commands.Count(c => c.StartsWith("gh pr create", StringComparison.Ordinal)), Is.EqualTo(1), "one pull request must be opened (the gh stand-in refuses GITHUB_TOKEN)");

        // What the pull request proposes: the pushed branch's lock files, checked as CI checks them.
        TestGit.Run(clone!, "clone", "-q", "--branch", RefreshLockFilesWorkflow.Branch, checkout.Root, ".");
        var problems = LockFileCheck.Problems(clone!, Roots.Value);
        Assert.Multiple(() =>
        {
            foreach (var root in Roots.Value)
            {
                var file = Path.Combine(clone!, Infra.Emitters.Terraform.TerraformJsonEmitter.DirectoryOf(root).Combine(LockFileCheck.FileName).Value);
                Assert.That(File.Exists(file), Is.True, $"{file}: the pull request must carry every root's lock file");
            }

            Assert.That(problems, Is.Empty, "the proposed lock files must pass the CI check:\n" + string.Join("\n", problems));
        });
    }

    [Test]
    public void WithoutTheAppCredentialsNoPullRequestIsOpened()
    {
        rehearsal.Secrets.Remove(RefreshLockFilesWorkflow.AppKeySecret);

        var run = rehearsal.Run(RefreshLockFilesWorkflow.FileName, RehearsalEvent.Schedule());

        Assert.Multiple(() =>
        {
            Assert.That(run.Job("refresh").Step("GitHub App token").Outcome, Is.EqualTo("failure"), "without the App's key no token can be minted");
            Assert.That(run.Job("refresh").Result, Is.EqualTo("failure"), "a refresh that cannot open its pull request must fail, not pass silently");
            Assert.That(run.Commands.Where(c => c.StartsWith("gh pr create", StringComparison.Ordinal)), Is.Empty, "no pull request may be opened with another token");
        });
    }

    [Test]
    public void LockFilesThatAlreadyMatchOpenNoPullRequest()
    {
        // The lock files the refresh would write, committed on main first.
        var first = rehearsal.Run(RefreshLockFilesWorkflow.FileName, RehearsalEvent.Schedule());
        Assert.That(first.Job("refresh").Result, Is.EqualTo("success"), first.Describe());
        TestGit.Run(clone!, "clone", "-q", "--branch", RefreshLockFilesWorkflow.Branch, checkout.Root, ".");
        foreach (var root in Roots.Value)
        {
            var file = Infra.Emitters.Terraform.TerraformJsonEmitter.DirectoryOf(root).Combine(LockFileCheck.FileName).Value;
            checkout.Write(file, File.ReadAllText(Path.Combine(clone!, file)));
        }

        checkout.Commit("the refreshed lock files, merged");

        var second = rehearsal.Run(RefreshLockFilesWorkflow.FileName, RehearsalEvent.Schedule());

        Assert.Multiple(() =>
        {
            Assert.That(second.Job("refresh").Result, Is.EqualTo("success"), second.Describe());
            Assert.That(second.Job("refresh").Step("GitHub App token").Outcome, Is.EqualTo("skipped"), "nothing changed: no token is minted");
            Assert.That(second.Commands.Where(c => c.StartsWith("gh pr create", StringComparison.Ordinal)), Is.Empty, "nothing changed: no pull request");
        });
    }

    [Test]
    public void ADispatchOnAnotherBranchLocksNothing()
    {
        var run = rehearsal.Run(RefreshLockFilesWorkflow.FileName, RehearsalEvent.Dispatch(new Dictionary<string, string>(), branch: "feature"));

        Assert.That(run.Jobs.Select(j => j.Result), Is.All.EqualTo("skipped"), "lock files are refreshed from main only");
    }

    [Test]
    public void TheWorkflowInstallsThePinnedTerraform()
    {
        var setup = GeneratedWorkflows.File(RefreshLockFilesWorkflow.FileName).Job("refresh").Steps.Single(s => s.Uses == Actions.SetupTerraform);

        Assert.That(setup.With["terraform_version"], Is.EqualTo(EngineVersions.Terraform), "the lock files must be written by the Terraform every stack runs");
    }
}
