using Infra.Emitters;
using Infra.Model;

namespace Infra.Tests.Emitters;

/// <summary>A file released once written out (<see cref="GeneratedFile.Release"/>): its memory serves the next files.</summary>
public class GeneratedFileReleaseTests
{
    private static readonly RepositoryPath Path = new("stacks/dev/terraform/main.tf.json");

    [Test]
    public void AReleasedFileKeepsItsPathAndLengthAndRefusesToBeRead()
    {
        var file = new GeneratedFile(Path, new string('a', 200_000) + "\n");

        var kept = file.Release();

        Assert.Multiple(() =>
        {
            Assert.That((kept.Path, kept.Length, kept.HasContent), Is.EqualTo((Path, 200_001L, false)), "what the result keeps: the path and the length, not the content");
            Assert.That(() => file.Content, Throws.InvalidOperationException, "a released file's memory belongs to later files: reading it must fail, not return their bytes");
            Assert.That(() => kept.Content, Throws.InvalidOperationException.With.Message.Contain(Path.Value), "the kept twin has no content, and says which file");
        });
    }

    [Test]
    public void FilesEmittedAfterAReleaseHoldExactlyTheirOwnBytes()
    {
        var old = string.Concat(Enumerable.Range(0, 30_000).Select(i => $"old line {i}\n"));
        new GeneratedFile(Path, old).Release();
        var fresh = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"new {i}\n"));

        var files = Enumerable.Range(0, 4).Select(i => new GeneratedFile(Path, fresh + i)).ToList();

        Assert.That(files.Select(f => f.Content), Is.EqualTo(Enumerable.Range(0, 4).Select(i => fresh + i)), "reused memory must carry none of the released file's bytes");
    }
}
