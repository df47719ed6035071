using Infra.Deploy;
using Infra.Tests.Testing;

namespace Infra.Tests.Deploy;

/// <summary>The deploy sequence's drift check over the real repository and over a copy of it.</summary>
public class GeneratedOutputCheckTests
{
    [Test]
    public void TheCommittedOutputOfDevIsCurrent() =>
        Assert.That(new GeneratedOutputCheck(Testing.TestApp.Platform, RepositoryFiles.Root, "dev", Testing.TestClock.On()).StaleFiles(), Is.Empty, "the committed output differs from what synth writes: run infra synth and commit");

    [Test]
    public void AnEditedGeneratedFileAndAMissingOneAreStale()
    {
        using var repository = TestRepository.CopyOfReal();
        CopyFolder(RepositoryFiles.PathOf(Path.Combine("stacks", "dev")), Path.Combine(repository.Root, "stacks", "dev"));
        repository.Write("stacks/dev/pulumi/Main.yaml", repository.Read("stacks/dev/pulumi/Main.yaml") + "# edited by hand\n");
        File.Delete(Path.Combine(repository.Root, "stacks", "dev", "bootstrap", "terraform", "main.tf.json"));

        var stale = new GeneratedOutputCheck(Testing.TestApp.Platform, repository.Root, "dev", Testing.TestClock.On()).StaleFiles();

        Assert.That(stale, Does.Contain("stacks/dev/pulumi/Main.yaml (differs)"), "a hand-edited generated file must be stale");
        Assert.That(stale, Does.Contain("stacks/dev/bootstrap/terraform/main.tf.json (missing)"), "a deleted generated file must be stale");
        Assert.That(stale.Where(s => s.StartsWith("stacks/dev/", StringComparison.Ordinal)).ToList(), Has.Count.EqualTo(2), "untouched files of the stack must not be reported");
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
