using System.Diagnostics;
using Infra.Model;
using Infra.Tests.Testing;
using static Infra.Tests.Testing.CliRunner;

namespace Infra.Tests.Cli;

public class PreviewCommandTests
{
    private static void Git(string root, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-c", "user.name=test", "-c", "user.email=test@example.com" }.Concat(arguments))
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, $"test setup: git {string.Join(' ', arguments)} failed: {process.StandardError.ReadToEnd()}");
    }

    [Test]
    public void Offline_preview_of_a_fresh_checkout_lists_the_whole_tree_unchanged()
    {
        using var repo = TestRepository.CopyOfReal();
        Assert.That(Run("synth", "--root", repo.Root).Exit, Is.Zero);

        var (exit, output, _) = Run("preview", "--stack", "dev", "--root", repo.Root);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.Ok));
            Assert.That(output, Does.Contain("pulumi:pulumi:Stack bbws-dev").And.Contain("├─ bbws:lambda:LambdaService order-processor"));
            Assert.That(output, Does.Match(@"Resources: 0 to create, 0 to update, 0 to replace, 0 to delete, \d+ unchanged"));
            Assert.That(output, Does.Not.Contain("\u001b["), "redirected output carries no colour codes");
        });
    }

    [Test]
    public void Offline_preview_between_two_commits_shows_what_changed_as_a_pr_comment()
    {
        using var repo = TestRepository.CopyOfReal();
        Assert.That(Run("synth", "--root", repo.Root).Exit, Is.Zero);
        Git(repo.Root, "init", "-q");
        Git(repo.Root, "add", "-A");
        Git(repo.Root, "commit", "-q", "-m", "base");
        repo.Replace("Pulumi.sit.yaml", "bbws:logRetentionDays: 30", "bbws:logRetentionDays: 60");
        Assert.That(Run("synth", "--root", repo.Root).Exit, Is.Zero);
        Git(repo.Root, "commit", "-q", "-am", "longer retention");

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
        Git(repo.Root, "init", "-q");

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
