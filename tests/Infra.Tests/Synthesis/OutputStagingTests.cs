using Infra.Files;
using Infra.Synthesis;
using Infra.Tests.Testing;
using Infra.Workflows;
using static Infra.Tests.Testing.CliRunner;

namespace Infra.Tests.Synthesis;

public class OutputStagingTests
{
    // The engine's local state beside a generated root: synth never owns it, and must never lose it.
    private const string LocalState = "stacks/prod/bootstrap/terraform/terraform.tfstate";

    [Test]
    public void ARuleErrorAfterFilesWereStagedLeavesTheOutputFolderByteIdentical()
    {
        using var repo = SynthesizedRepository();
        repo.Write(LocalState, "{ \"version\": 4 }\n");
        repo.Replace("Pulumi.prod.yaml", "bbws:protect: true", "bbws:protect: false");
        var before = Tree(repo);

        SynthesisResult result;
        IReadOnlyList<string> staged;
        using (var staging = OutputStaging.ForWrite(repo.Root))
        {
            result = Synthesizer.Run(TestApp.Platform, repo.Root, sources: [new WorkflowSource()], sink: staging);
            staged = FileTransaction.Leftovers(repo.Root, ["stacks"]);
        }

        Assert.Multiple(() =>
        {
            Assert.That(result.HasBlockingFindings, Is.True, "test setup: an unprotected prod must fail the rules");
            Assert.That(staged, Does.Contain("stacks/prod/terraform/main.tf.json" + FileTransaction.TemporarySuffix), "test setup: prod's changed root must have been staged before the verdict");
            Assert.That(Tree(repo), Is.EqualTo(before), "leaving without a commit must remove every staged temporary and the journal, and keep the local state: the folder as it was, byte for byte");
        });
    }

    [Test]
    public void SynthRefusedByARuleWritesNothingAndLeavesNothingBehind()
    {
        using var repo = SynthesizedRepository();
        repo.Write(LocalState, "{ \"version\": 4 }\n");
        repo.Replace("Pulumi.prod.yaml", "bbws:protect: true", "bbws:protect: false");
        var before = Tree(repo);

        var (exit, output, error) = Run("synth", "--root", repo.Root);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.CheckFailed), error);
            Assert.That(error, Does.Contain("nothing was written"));
            Assert.That(output, Does.Not.Contain("wrote "), "nothing may be reported as written");
            Assert.That(Tree(repo), Is.EqualTo(before), "every file, local state included, must be as it was, with no temporary, journal or lock left");
        });
    }

    [Test]
    public void AStagedSynthKeepsNoFileContentInMemoryAndReportsChangesInTheOrderFilesAreGenerated()
    {
        using var repo = SynthesizedRepository();
        repo.Replace("Pulumi.dev.yaml", "bbws:logRetentionDays: 14", "bbws:logRetentionDays: 30");
        repo.Replace("Pulumi.sit.yaml", "bbws:logRetentionDays: 365", "bbws:logRetentionDays: 400");

        using var staging = OutputStaging.ForWrite(repo.Root);
        var result = Synthesizer.Run(TestApp.Platform, repo.Root, sources: [new WorkflowSource()], sink: staging);
        var changes = staging.Commit(result);

        var changed = changes.Select(c => c.Path).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(result.Files.Where(f => f.HasContent).Select(f => f.Path.Value), Is.Empty, "every file is staged or found unchanged as it is emitted, and then dropped from memory");
            Assert.That(changed, Has.Some.StartsWith("stacks/dev/").And.Some.StartsWith("stacks/sit/"), "test setup: both stacks' output must change");
            Assert.That(changed, Is.EqualTo(result.Files.Select(f => f.Path.Value).Where(changed.Contains).ToList()), "files are staged as each is emitted, in no fixed order; the report follows the order of the files");
            Assert.That(Run("synth", "--check", "--root", repo.Root).Exit, Is.EqualTo(ExitCodes.Ok), "the committed output is exactly a fresh synth's");
        });
    }

    private static Dictionary<string, string> Tree(TestRepository repo) =>
        Directory.EnumerateFiles(repo.Root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(repo.Root, f), File.ReadAllText, StringComparer.Ordinal);
}
