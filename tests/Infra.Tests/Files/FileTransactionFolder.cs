using Infra.Files;

namespace Infra.Tests.Files;

/// <summary>
/// A temporary folder holding the old contents of a small file set (d.txt absent, gone.txt present), and its old and
/// new states, shared by the transaction tests so that each class judges the same set.
/// </summary>
public abstract class FileTransactionFolder
{
    /// <summary>Every file the set touches.</summary>
    protected static readonly string[] Names = ["a.txt", "sub/b.txt", "sub/c.txt", "d.txt", "gone.txt"];

    /// <summary>The folder of the current test.</summary>
    protected string Root { get; private set; } = "";

    /// <summary>Creates the folder with the old contents.</summary>
    [SetUp]
    public void CreateFolderWithOldContent()
    {
        Root = Path.Combine(Path.GetTempPath(), "infra-tests", "transaction-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "sub"));
        foreach (var name in Names.Where(n => n != "d.txt"))
        {
            File.WriteAllText(Path.Combine(Root, name), "old " + name);
        }
    }

    /// <summary>Removes the folder.</summary>
    [TearDown]
    public void RemoveFolder() => Directory.Delete(Root, recursive: true);

    /// <summary>Every file under the folder and its text; the lock file a run holds is not content (and cannot be read while held).</summary>
    protected Dictionary<string, string> Contents() =>
        Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != FileTransaction.LockName)
            .ToDictionary(f => Path.GetRelativePath(Root, f).Replace('\\', '/'), File.ReadAllText);

    /// <summary>The folder before any transaction.</summary>
    protected static Dictionary<string, string> OldState() =>
        Names.Where(n => n != "d.txt").ToDictionary(n => n, n => "old " + n);

    /// <summary>The folder after the whole set: every file rewritten, d.txt created, gone.txt deleted.</summary>
    protected static Dictionary<string, string> NewState() =>
        Names.Where(n => n != "gone.txt").ToDictionary(n => n, n => "new " + n);

    /// <summary>
    /// Runs <paramref name="commit"/> once to count its file operations, then again killed at each of them in turn;
    /// after each kill, the next run's recovery must leave the old set or the new set, nothing mixed and no leftovers.
    /// </summary>
    protected void AssertEveryKillIsRolledBackOrFinished(Action<FaultyFileSystem> commit)
    {
        var total = new FaultyFileSystem((_, _) => false);
        commit(total);
        var operations = total.Operations;
        Assert.That(operations, Is.GreaterThan(10), "test setup: the set must take many file operations");

        for (var killAt = 1; killAt <= operations; killAt++)
        {
            RemoveFolder();
            CreateFolderWithOldContent();
            var count = 0;
            var dying = new FaultyFileSystem((_, _) => ++count == killAt, kill: true);
            Assert.Throws<SimulatedKill>(() => commit(dying), $"test setup: operation {killAt} must be reached");

            var recovery = FileTransaction.Recover(Root);
            var after = Contents();

            Assert.That(after, Is.EqualTo(OldState()).Or.EqualTo(NewState()), $"killed at operation {killAt} of {operations}, recovery ({recovery ?? "nothing to do"}) must leave the old set or the new set, nothing mixed and no leftovers: {string.Join(", ", after.Select(kv => $"{kv.Key}={kv.Value}"))}");
        }
    }
}
