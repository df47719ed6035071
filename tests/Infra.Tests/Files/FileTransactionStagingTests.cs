using Infra.Files;

namespace Infra.Tests.Files;

/// <summary>
/// Contents staged before the commit (<see cref="FileTransaction.Stage"/>), as synth stages each file when it is
/// emitted: the set is still all or nothing, whether the stage is abandoned, refused or killed at any point.
/// </summary>
public class FileTransactionStagingTests : FileTransactionFolder
{
    // Stages two rewrites and a new file, then adds a rewrite and a deletion at the commit, as synth does.
    private FileTransaction Staged(IFileSystem? files = null) =>
        new FileTransaction(Root, files)
            .Stage("a.txt", Text("new a.txt"))
            .Stage("sub/b.txt", Text("new sub/b.txt"))
            .Stage("d.txt", Text("new d.txt"));

    private static IReadOnlyList<FileChange> CommitRest(FileTransaction transaction) =>
        transaction.Write("sub/c.txt", "new sub/c.txt").Delete("gone.txt").Commit();

    private static Action<Stream> Text(string text) => stream => stream.Write(System.Text.Encoding.UTF8.GetBytes(text));

    [Test]
    public void StagedContentsChangeNothingUntilTheCommitSwapsThemInWithTheRest()
    {
        var transaction = Staged();
        var beforeCommit = Contents().Where(kv => !kv.Key.EndsWith(FileTransaction.TemporarySuffix, StringComparison.Ordinal) && kv.Key != FileTransaction.JournalName)
            .ToDictionary(kv => kv.Key, kv => kv.Value);

        var changes = CommitRest(transaction);

        Assert.Multiple(() =>
        {
            Assert.That(beforeCommit, Is.EqualTo(OldState()), "staging writes only temporaries: every real file keeps its old content until the commit");
            Assert.That(Contents(), Is.EqualTo(NewState()), "the commit swaps in the staged contents and the rest, leaving no journal or temporary");
            Assert.That(changes.Select(c => c.ToString()), Is.EquivalentTo(new[] { "wrote a.txt", "wrote sub/b.txt", "wrote sub/c.txt", "wrote d.txt", "removed gone.txt" }));
        });
    }

    [Test]
    public void AnAbandonedStageLeavesEveryFileAsItWasAndReleasesTheFolder()
    {
        var transaction = Staged();
        Assert.That(FileTransaction.Leftovers(Root, [""]), Does.Contain("a.txt" + FileTransaction.TemporarySuffix), "test setup: a temporary must have been staged");

        transaction.Abandon();

        Assert.Multiple(() =>
        {
            Assert.That(Contents(), Is.EqualTo(OldState()), "no temporary, no journal, every file as before");
            Assert.That(File.Exists(Path.Combine(Root, FileTransaction.LockName)), Is.False, "the lock goes with the abandoned transaction");
            Assert.That(() => new FileTransaction(Root).Write("a.txt", "next").Commit(), Throws.Nothing, "the next run may write at once");
        });
    }

    [Test]
    public void ARefusedStageRemovesWhatWasStagedAndExits3NamingTheFile()
    {
        var files = new FaultyFileSystem((op, path) => op == "create" && path == Path.Combine(Root, "d.txt" + FileTransaction.TemporarySuffix));

        var error = Assert.Throws<InfraException>(() => Staged(files));

        Assert.Multiple(() =>
        {
            Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.EnvironmentRefused));
            Assert.That(error.Message, Does.Contain("d.txt").And.Contain("No space left on device").And.Contain("Nothing was changed"), "names the file and the OS error, and says nothing changed");
            Assert.That(Contents(), Is.EqualTo(OldState()), "the temporaries staged before it are removed too");
        });
    }

    [Test]
    public void AKillAtAnyPointOfAStagedSetIsRolledBackOrFinishedByTheNextRunNeverMixed()
    {
        AssertEveryKillIsRolledBackOrFinished(fs => CommitRest(Staged(fs)));
    }

    [Test]
    public void FilesStagedFromSeveralThreadsAreAllSwappedIn()
    {
        var transaction = new FileTransaction(Root);
        Parallel.For(0, 64, i => transaction.Stage($"many/{i:D2}.txt", Text($"file {i}")));

        var changes = transaction.Commit();

        Assert.Multiple(() =>
        {
            Assert.That(changes, Has.Count.EqualTo(64), "every staged file is committed");
            Assert.That(Enumerable.Range(0, 64).Select(i => File.ReadAllText(Path.Combine(Root, $"many/{i:D2}.txt"))), Is.EqualTo(Enumerable.Range(0, 64).Select(i => $"file {i}")), "each holds its own content");
            Assert.That(FileTransaction.Leftovers(Root, [""]), Is.Empty, "no journal or temporary is left");
        });
    }
}
