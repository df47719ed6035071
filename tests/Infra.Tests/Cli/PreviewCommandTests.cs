using Infra.Plans;
using Infra.Tests.Testing;
using Newtonsoft.Json.Linq;
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

    // Unchanged resources used to be listed one per line (hundreds of lines hiding the few changes); they are
    // counted now, and listed only on request.
    [Test]
    public void OfflinePreviewOfAFreshCheckoutCountsTheUnchangedResourcesWithoutListingThem()
    {
        using var repo = CommittedRepository();

        var (exit, output, error) = Run("preview", "--stack", "dev", "--root", repo.Root);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.Ok), error);
            Assert.That(output, Does.Contain("Previewing stack dev against the output committed at HEAD (working tree vs HEAD)"), "the header must say what is compared");
            Assert.That(output, Does.Contain("pulumi:pulumi:Stack bbws-dev"), "each root is still named");
            Assert.That(output, Does.Not.Contain("bbws:lambda:LambdaService order-processor"), "unchanged resources and components must not be listed without --show-unchanged");
            Assert.That(output, Does.Match(@"Resources: 0 to create, 0 to update, 0 to replace, 0 to delete, \d+ unchanged \(not shown; --show-unchanged lists them\)"));
            Assert.That(output, Does.Not.Contain("\u001b["), "redirected output carries no colour codes");
        });
    }

    [Test]
    public void OfflinePreviewWithShowUnchangedListsTheWholeTree()
    {
        using var repo = CommittedRepository();

        var (exit, output, error) = Run("preview", "--stack", "dev", "--show-unchanged", "--root", repo.Root);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.Ok), error);
            Assert.That(output, Does.Contain("pulumi:pulumi:Stack bbws-dev").And.Contain("├─ bbws:lambda:LambdaService order-processor"), "--show-unchanged lists every resource");
            Assert.That(output, Does.Match(@"\d+ unchanged\n").And.Not.Contain("not shown"));
        });
    }

    [Test]
    public void MarkdownPreviewListsUnchangedAddressesOnlyWhenAsked()
    {
        using var repo = CommittedRepository();

        var counted = Run("preview", "--stack", "dev", "--format", "markdown", "--root", repo.Root);
        var listed = Run("preview", "--stack", "dev", "--format", "markdown", "--show-unchanged", "--root", repo.Root);

        Assert.Multiple(() =>
        {
            Assert.That(counted.Output, Does.Match(@"\d+ resources unchanged, not listed \(--show-unchanged lists them\)").And.Not.Contain("aws_s3_bucket.state_bucket"), "unchanged resources are a count by default");
            Assert.That(listed.Output, Does.Contain("aws_s3_bucket.state_bucket").And.Match(@"\d+ resources unchanged:"), "--show-unchanged lists their addresses");
        });
    }

    [Test]
    public void PreviewHelpNamesTheShowUnchangedOption()
    {
        var (exit, output, _) = Run("preview", "--help");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero);
            Assert.That(output, Does.Contain("--show-unchanged").And.Contain("List the unchanged resources too"), "--help must describe the option");
        });
    }

    [Test]
    public void OfflinePreviewWithoutBaseStillShowsAChangeThatSynthAlreadyWroteToDisk()
    {
        using var repo = CommittedRepository();
        repo.Replace("Pulumi.sit.yaml", "bbws:logRetentionDays: 365", "bbws:logRetentionDays: 400");
        Assert.That(Run("synth", "--root", repo.Root).Exit, Is.Zero, "test setup: the synth of the change must pass");

        var (exit, output, error) = Run("preview", "--stack", "sit", "--root", repo.Root);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.Ok), error);
            Assert.That(output, Does.Contain("against the output committed at HEAD (working tree vs HEAD)"), "the header must say what is compared");
            Assert.That(output, Does.Contain("retention_in_days: 365 → 400"), "the preview compared with the rewritten files on disk instead of the committed output");
            Assert.That(output, Does.Match(@"Resources: 0 to create, [1-9]\d* to update"), "the summary must count the change");
        });
    }

    [Test]
    public void OfflinePreviewOutsideAGitCheckoutExits3NamingBaseAndTheFix()
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
    public void OfflinePreviewWithBaseOutsideAGitCheckoutExits3()
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
    public void OfflinePreviewOfARepositoryWithoutACommitExits3NamingBase()
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
    public void OfflinePreviewOfAProjectInASubfolderOfAGitCheckoutReadsTheProjectsCommittedFiles()
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
    public void OfflinePreviewBetweenTwoCommitsShowsWhatChangedAsAPrComment()
    {
        using var repo = TestRepository.CopyOfReal();
        Assert.That(Run("synth", "--root", repo.Root).Exit, Is.Zero);
        TestGit.Run(repo.Root, "init", "-q");
        TestGit.Run(repo.Root, "add", "-A");
        TestGit.Run(repo.Root, "commit", "-q", "-m", "base");
        repo.Replace("Pulumi.sit.yaml", "bbws:logRetentionDays: 365", "bbws:logRetentionDays: 400");
        Assert.That(Run("synth", "--root", repo.Root).Exit, Is.Zero);
        TestGit.Run(repo.Root, "commit", "-q", "-am", "longer retention");

        var (exit, output, error) = Run("preview", "--stack", "sit", "--base", "HEAD~1", "--format", "markdown", "--root", repo.Root);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.Ok), error);
            Assert.That(output, Does.StartWith("<!-- infra-preview:stack=sit -->"), "the marker lets a workflow update its own comment");
            Assert.That(output, Does.Contain("retention_in_days").And.Contain("365").And.Contain("400"));
            Assert.That(output.Length, Is.LessThanOrEqualTo(60_000));
        });
    }

    // A synthesized copy whose only commit differs from what the working tree synthesizes in three places a reviewer
    // must see: a protection, one action deep inside a long policy (past any length a value could be cut at), and an output.
    private static TestRepository RepositoryWithRiskyBase()
    {
        var repo = TestRepository.CopyOfReal();
        Assert.That(Run("synth", "--root", repo.Root).Exit, Is.Zero, "test setup: the first synth must pass");
        var path = Path.Combine(repo.Root, "stacks", "prod", "terraform", "main.tf.json");
        var module = JObject.Parse(File.ReadAllText(path));
        module["resource"]!["aws_lambda_function"]!["order_processor_function"]!["lifecycle"] = new JObject { ["prevent_destroy"] = true };
        var policy = module["resource"]!["aws_iam_role_policy"]!["order_processor_policy"]!;
        var text = policy["policy"]!.Value<string>()!;
        var deep = text.IndexOf("\"dynamodb:PutItem\"]", StringComparison.Ordinal);
        Assert.That(deep, Is.GreaterThan(PreviewLines.MaxValueLength), "test setup: the action must sit deeper in the policy than a value was ever cut");
        policy["policy"] = text.Replace("\"dynamodb:PutItem\"]", "\"dynamodb:PutItem\", \"dynamodb:DeleteItem\"]", StringComparison.Ordinal);
        ((JObject)module["output"]!)["legacy_endpoint"] = new JObject { ["value"] = "https://legacy.example.com" };
        File.WriteAllText(path, module.ToString());
        TestGit.Run(repo.Root, "init", "-q");
        TestGit.Run(repo.Root, "add", "-A");
        TestGit.Run(repo.Root, "commit", "-q", "-m", "base");
        return repo;
    }

    [Test]
    public void MarkdownPreviewOfTheWorkingTreeShowsALostProtectionARemovedPolicyActionAndARemovedOutput()
    {
        using var repo = RepositoryWithRiskyBase();

        var (exit, output, error) = Run("preview", "--stack", "prod", "--base", "HEAD", "--format", "markdown", "--root", repo.Root);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.Ok), error);
            Assert.That(output, Does.Not.Contain("No changes"), "three changes were made to the base");
            Assert.That(output, Does.Contain("aws_lambda_function.order_processor_function").And.Contain("lifecycle.prevent_destroy = true removed"), $"the lost protection must be shown\n{output}");
            Assert.That(output, Does.Contain("statement \"StoreOrders\": actions removed: dynamodb:DeleteItem"), $"the policy must be compared statement by statement\n{output}");
            Assert.That(output, Does.Contain("- legacy_endpoint = \"https://legacy.example.com\""), $"the removed output must be shown\n{output}");
        });
    }

    [Test]
    public void TextPreviewTreeShowsTheProtectionBannerThePolicyStatementAndTheOutputs()
    {
        using var repo = RepositoryWithRiskyBase();

        var (exit, output, error) = Run("preview", "--stack", "prod", "--base", "HEAD", "--root", repo.Root);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.Ok), error);
            Assert.That(output, Does.Contain("!! PROTECTION LOST: aws_lambda_function.order_processor_function: lifecycle.prevent_destroy = true removed"), $"the tree must carry the banner\n{output}");
            Assert.That(output, Does.Contain("aws:iam/rolePolicy:RolePolicy order-processor-policy").And.Contain("statement \"StoreOrders\": actions removed: dynamodb:DeleteItem"), $"the changed policy must be shown under its resource\n{output}");
            Assert.That(output, Does.Contain("Outputs:").And.Contain("- legacy_endpoint = \"https://legacy.example.com\""), $"the outputs must be shown\n{output}");
        });
    }

    [Test]
    public void OfflinePreviewShowsTheStacksInPromotionOrder()
    {
        var (exit, output, error) = Run("preview", "--format", "markdown", "--root", RepositoryFiles.Root);

        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), error);
        Assert.That(StackOrder.Of(output, "<!-- infra-preview:stack={0} -->"), Is.EqualTo(new[] { "dev", "sit", "prod" }), "the preview must show the stacks in promotion order");
    }

    [Test]
    public void UnknownBaseRevisionExits2NamingIt()
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
    public void PlanPreviewWithoutAStackExits2()
    {
        Assert.That(Run("preview", "--plan", "plan.json", "--root", RepositoryFiles.Root).Exit, Is.EqualTo(ExitCodes.BadInput));
    }
}
