using Infra.Model;
using Infra.Tests.Testing;
using static Infra.Tests.Testing.CliRunner;

namespace Infra.Tests.Cli;

public class PreviewCommandTests
{
    // A synthesized copy committed as the only revision of a new git repository.
    private static TestRepository CommittedRepository(string? folderName = null)
    {
        var repo = TestRepository.CopyOfReal(folderName);
        Assert.That(Run("synth", "--root", repo.Root).Exit, Is.Zero, "test setup: the first synth must pass");
        TestGit.Run(repo.Root, "init", "-q");
        TestGit.Run(repo.Root, "add", "-A");
        TestGit.Run(repo.Root, "commit", "-q", "-m", "base");
        return repo;
    }

    private static void AssertOutsideGit(string folder) =>
        Assert.That(TestGit.TryRun(folder, "rev-parse", "--git-dir").Exit, Is.Not.Zero, $"test setup: {folder} must not be inside a git checkout, else this test cannot show what happens outside one");

    [Test]
    public void Offline_preview_of_a_fresh_checkout_lists_the_whole_tree_unchanged()
    {
        using var repo = CommittedRepository();

        var (exit, output, error) = Run("preview", "--stack", "dev", "--root", repo.Root);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.Ok), error);
            Assert.That(output, Does.Contain("Previewing stack dev against the output committed at HEAD (working tree vs HEAD)"), "the header must say what is compared");
            Assert.That(output, Does.Contain("pulumi:pulumi:Stack bbws-dev").And.Contain("├─ bbws:lambda:LambdaService order-processor"));
            Assert.That(output, Does.Match(@"Resources: 0 to create, 0 to update, 0 to replace, 0 to delete, \d+ unchanged"));
            Assert.That(output, Does.Not.Contain("\u001b["), "redirected output carries no colour codes");
        });
    }

    [Test]
    public void Offline_preview_without_base_still_shows_a_change_that_synth_already_wrote_to_disk()
    {
        using var repo = CommittedRepository();
        repo.Replace("Pulumi.sit.yaml", "bbws:logRetentionDays: 30", "bbws:logRetentionDays: 60");
        Assert.That(Run("synth", "--root", repo.Root).Exit, Is.Zero, "test setup: the synth of the change must pass");

        var (exit, output, error) = Run("preview", "--stack", "sit", "--root", repo.Root);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.Ok), error);
            Assert.That(output, Does.Contain("against the output committed at HEAD (working tree vs HEAD)"), "the header must say what is compared");
            Assert.That(output, Does.Contain("retention_in_days: 30 → 60"), "the preview compared with the rewritten files on disk instead of the committed output");
            Assert.That(output, Does.Match(@"Resources: 0 to create, [1-9]\d* to update"), "the summary must count the change");
        });
    }

    [Test]
    public void Offline_preview_outside_a_git_checkout_exits_3_naming_base_and_the_fix()
    {
        using var repo = CliRunner.SynthesizedRepository();
        AssertOutsideGit(repo.Root);

        var (exit, output, error) = Run("preview", "--stack", "dev", "--root", repo.Root);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.EnvironmentRefused), error);
            Assert.That(error, Does.StartWith("infra: ").And.Contain("not in a git checkout").And.Contain("--base").And.Contain("git init"), "the message must say why, name --base and how to fix it");
            Assert.That(output, Is.Empty, "nothing may be previewed against files that are not a committed baseline");
        });
    }

    [Test]
    public void Offline_preview_with_base_outside_a_git_checkout_exits_3()
    {
        using var repo = TestRepository.CopyOfReal();
        AssertOutsideGit(repo.Root);

        var (exit, _, error) = Run("preview", "--stack", "dev", "--base", "HEAD~1", "--root", repo.Root);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.EnvironmentRefused), error);
            Assert.That(error, Does.Contain("not in a git checkout"), "a missing checkout is the environment, not a bad revision");
        });
    }

    [Test]
    public void Offline_preview_of_a_repository_without_a_commit_exits_3_naming_base()
    {
        using var repo = CliRunner.SynthesizedRepository();
        TestGit.Run(repo.Root, "init", "-q");

        var (exit, output, error) = Run("preview", "--stack", "dev", "--root", repo.Root);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.EnvironmentRefused), error);
            Assert.That(error, Does.Contain("no commit yet").And.Contain("git commit").And.Contain("--base"), "the message must say why, name --base and how to fix it");
            Assert.That(output, Is.Empty);
        });
    }

    [Test]
    public void Offline_preview_of_a_project_in_a_subfolder_of_a_git_checkout_reads_the_projects_committed_files()
    {
        var outer = Path.Combine(Path.GetTempPath(), "infra-tests", Guid.NewGuid().ToString("N"));
        try
        {
            using var repo = TestRepository.CopyOfReal(Path.Combine(outer, "platform"));
            Assert.That(Run("synth", "--root", repo.Root).Exit, Is.Zero, "test setup: the first synth must pass");
            TestGit.Run(outer, "init", "-q");
            TestGit.Run(outer, "add", "-A");
            TestGit.Run(outer, "commit", "-q", "-m", "base");

            var (exit, output, error) = Run("preview", "--stack", "dev", "--root", repo.Root);

            Assert.Multiple(() =>
            {
                Assert.That(exit, Is.EqualTo(ExitCodes.Ok), error);
                Assert.That(output, Does.Match(@"Resources: 0 to create, 0 to update, 0 to replace, 0 to delete, [1-9]\d* unchanged"), "paths must be read relative to the project's root, not the checkout's");
            });
        }
        finally
        {
            if (Directory.Exists(outer))
            {
                Directory.Delete(outer, recursive: true);
            }
        }
    }

    [Test]
    public void Offline_preview_between_two_commits_shows_what_changed_as_a_pr_comment()
    {
        using var repo = TestRepository.CopyOfReal();
        Assert.That(Run("synth", "--root", repo.Root).Exit, Is.Zero);
        TestGit.Run(repo.Root, "init", "-q");
        TestGit.Run(repo.Root, "add", "-A");
        TestGit.Run(repo.Root, "commit", "-q", "-m", "base");
        repo.Replace("Pulumi.sit.yaml", "bbws:logRetentionDays: 30", "bbws:logRetentionDays: 60");
        Assert.That(Run("synth", "--root", repo.Root).Exit, Is.Zero);
        TestGit.Run(repo.Root, "commit", "-q", "-am", "longer retention");

        var (exit, output, error) = Run("preview", "--stack", "sit", "--base", "HEAD~1", "--format", "markdown", "--root", repo.Root);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.Ok), error);
            Assert.That(output, Does.StartWith("<!-- infra-preview:stack=sit -->"), "the marker lets a workflow update its own comment");
            Assert.That(output, Does.Contain("retention_in_days").And.Contain("30").And.Contain("60"));
            Assert.That(output.Length, Is.LessThanOrEqualTo(60_000));
        });
    }

    [Test]
    public void Offline_preview_shows_the_stacks_in_promotion_order()
    {
        var (exit, output, error) = Run("preview", "--format", "markdown", "--root", RepositoryFiles.Root);

        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), error);
        Assert.That(StackOrder.Of(output, "<!-- infra-preview:stack={0} -->"), Is.EqualTo(new[] { "dev", "sit", "prod" }), "the preview must show the stacks in promotion order");
    }

    [Test]
    public void Unknown_base_revision_exits_2_naming_it()
    {
        using var repo = TestRepository.CopyOfReal();
        TestGit.Run(repo.Root, "init", "-q");

        var (exit, _, error) = Run("preview", "--stack", "dev", "--base", "no-such-ref", "--root", repo.Root);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(error, Does.Contain("--base 'no-such-ref'"));
        });
    }

    [Test]
    public void Plan_preview_without_a_stack_exits_2()
    {
        Assert.That(Run("preview", "--plan", "plan.json", "--root", RepositoryFiles.Root).Exit, Is.EqualTo(ExitCodes.BadInput));
    }
}
